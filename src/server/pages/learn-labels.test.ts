import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '../../content/schema.js';
import { serverIntl } from '../../i18n/server-intl.js';
import {
  firstSentence,
  formatDate,
  KIND_GROUP_HEADINGS,
  LEARN_SECTIONS,
  safetyLabelIn,
  sectionHeading,
  sectionOf,
  VERDICT_LABELS,
  verdictWords,
} from './learn-labels.js';

const en = serverIntl('en', ['learn']);
const zh = serverIntl('zh-Hans', ['learn']);
const ru = serverIntl('ru', ['learn']);
const ja = serverIntl('ja', ['learn']);

describe('Learn sections', () => {
  it('hold every kind exactly once', () => {
    const kinds = LEARN_SECTIONS.flatMap((s) => s.kinds);
    expect([...kinds].sort()).toEqual([...ITEM_KINDS].sort());
    expect(sectionHeading(en, sectionOf('food'))).toBe('Food and nutrients');
  });

  it('name each kind of a two-kind section', () => {
    for (const section of LEARN_SECTIONS.filter((s) => s.kinds.length > 1)) {
      for (const kind of section.kinds) expect(KIND_GROUP_HEADINGS[kind], kind).toBeTruthy();
    }
  });
});

describe('formatDate', () => {
  it('writes the day, month and year whatever the time zone, and says when there is no date', () => {
    expect(formatDate(en, '2026-11-22')).toBe('22 November 2026');
    expect(formatDate(en, '2014-06-01')).toBe('1 June 2014');
    expect(formatDate(en, null)).toBe('Undated');
  });

  it('writes the date in each language’s own order and words', () => {
    expect(formatDate(zh, '2026-11-22')).toBe('2026年11月22日');
    expect(formatDate(ja, '2026-11-22')).toBe('2026年11月22日');
    expect(formatDate(ru, '2026-11-22')).toBe('22 ноября 2026 г.');
    expect(formatDate(ru, null)).toBe('Без даты');
  });
});

describe('safetyLabelIn', () => {
  it('says the status with one trimester, a range or a list, as the English safetyLabel() does', () => {
    expect(safetyLabelIn(en, { status: 'avoid', trimesters: [3, 2] })).toBe('Avoid in trimesters 2–3');
    expect(safetyLabelIn(en, { status: 'ask-first', trimesters: [1] })).toBe('Ask first in trimester 1');
    expect(safetyLabelIn(en, { status: 'avoid', trimesters: [1, 3] })).toBe('Avoid in trimesters 1 and 3');
    expect(safetyLabelIn(en, { status: 'ok' })).toBe('OK');
  });

  it('keeps the trimesters in every language, in its words', () => {
    expect(safetyLabelIn(ru, { status: 'avoid', trimesters: [2, 3] })).toBe('Избегать во 2–3-м триместрах');
    expect(safetyLabelIn(zh, { status: 'avoid', trimesters: [2, 3] })).toBe('孕中期至孕晚期避免');
    expect(safetyLabelIn(ja, { status: 'avoid', trimesters: [2, 3] })).toBe('妊娠中期〜後期は避ける');
    expect(safetyLabelIn(ja, { status: 'not-recommended' })).toBe('おすすめしない');
    expect(safetyLabelIn(ru, { status: 'ask-first', trimesters: [1] })).toBe(
      'Сначала посоветуйтесь с врачом в 1-м триместре',
    );
  });
});

describe('firstSentence', () => {
  it('ends a Chinese or Japanese sentence at 。 and joins the next one without a space', () => {
    const second = '拉伸并按摩小腿肚，慢慢把脚尖朝自己的方向拉，然后告诉您的助产士。';
    const text = `这很常见。${second}之后再说别的事情，这一句不会出现在列表里面。`;
    expect(firstSentence(text)).toBe(`这很常见。${second}`);
    expect(
      firstSentence(
        'こむら返りは妊娠後期に多く、特に夜中や明け方に突然ふくらはぎが強く痛む症状です。詳しくは本文を読んでください。',
      ),
    ).toBe('こむら返りは妊娠後期に多く、特に夜中や明け方に突然ふくらはぎが強く痛む症状です。');
  });

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

describe('VERDICT_LABELS (English, for the web app)', () => {
  it('says what the English catalog says', () => {
    for (const verdict of ['established', 'consensus', 'limited', 'unproven', 'contradicted'] as const) {
      expect(verdictWords(en, verdict)).toEqual(VERDICT_LABELS[verdict]);
    }
  });
});
