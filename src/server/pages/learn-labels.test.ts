import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../content/schema.js';
import { firstSentence, formatDate, KIND_GROUP_HEADINGS, LEARN_SECTIONS, sectionOf } from './learn-labels.js';

describe('Learn sections', () => {
  it('hold every kind exactly once', () => {
    const kinds = LEARN_SECTIONS.flatMap((s) => s.kinds);
    expect([...kinds].sort()).toEqual([...ITEM_KINDS].sort());
    expect(sectionOf('food').heading).toBe('Food and nutrients');
  });

  it('name each kind of a two-kind section', () => {
    for (const section of LEARN_SECTIONS.filter((s) => s.kinds.length > 1)) {
      for (const kind of section.kinds) expect(KIND_GROUP_HEADINGS[kind], kind).toBeTruthy();
    }
  });
});

describe('formatDate', () => {
  it('writes the day, month and year whatever the time zone, and says when there is no date', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('2014-06-01')).toBe('1 June 2014');
    expect(formatDate(null)).toBe('Undated');
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence, adding the next when the first is short, and cuts a long one at a word', () => {
    const first = 'Most women need about 1.9 mg of vitamin B6 a day in pregnancy, at any age.';
    expect(firstSentence(`${first} They pass.`)).toBe(first);
    expect(firstSentence('This is common. Stretch and rub the calf, and tell your midwife.')).toBe(
      'This is common. Stretch and rub the calf, and tell your midwife.',
    );
    expect(firstSentence('Pain at 20 weeks. Ends')).toBe('Pain at 20 weeks. Ends');
    const long = `${'word '.repeat(80)}end.`;
    const cut = firstSentence(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
