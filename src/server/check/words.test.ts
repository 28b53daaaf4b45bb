// The questionnaire's English comes from the check catalog, but the engine's findings, the step list and
// the form parser keep their own English: these tests keep the two the same, and show the other
// languages are really used.
import { describe, expect, it } from 'vitest';
import { FINDINGS } from '../../core/triage/index.js';
import { parseCheckForm, STEPS } from './form.js';
import { checkWords, FINDING_WORDS, questionIn, STEP_WORDS } from './words.js';

const en = checkWords('en');

describe('the check catalog in English', () => {
  it('words every finding as the engine does, question and why', () => {
    expect(Object.keys(FINDING_WORDS).sort()).toEqual(FINDINGS.map((f) => f.name).sort());
    for (const finding of FINDINGS) {
      expect(en.text(FINDING_WORDS[finding.name].question)).toBe(finding.question);
      expect(en.text(FINDING_WORDS[finding.name].why)).toBe(finding.why);
    }
  });

  it('names, heads and leads every step as the step list does', () => {
    for (const step of STEPS) {
      const ids = STEP_WORDS[step.number];
      expect([en.text(ids.name), en.text(ids.heading), en.text(ids.lead)]).toEqual([
        step.name,
        step.heading,
        step.lead,
      ]);
    }
  });

  it.each([
    'step=1&colour=red',
    'step=1&step=2',
    'go=next',
    'step=1&go=jump',
    'step=1&go=show',
    'step=1&go=show&to=6',
    `step=5&week=${'9'.repeat(30)}`,
    'step=1&stage=postnatal',
  ])('words the form problem of %s as the parser does', (body) => {
    const params = new URLSearchParams(body);
    const catalog = parseCheckForm(params, (id, _english, values) => en.text(id, values));
    expect(catalog).toEqual(parseCheckForm(params));
    expect(catalog.ok).toBe(false);
  });
});

describe('the check catalog in other languages', () => {
  it('asks the red flags in Russian, Chinese and Japanese, not English', () => {
    expect(checkWords('ru').text(FINDING_WORDS.sudden_breathlessness.question)).toBe(
      'У вас внезапно появилась одышка?',
    );
    expect(questionIn(checkWords('zh-Hans'), 'chest_pain')).toBe('您是否胸痛，尤其是在吸气时？');
    expect(questionIn(checkWords('ja'), 'cramp_over_10_min')).toBe('1回のこむら返りが10分以上続きましたか？');
    // A name outside the vocabulary is shown as it is.
    expect(questionIn(checkWords('ja'), 'not_a_finding')).toBe('not_a_finding');
  });

  it('keeps every number of the English question and why-line in each language', () => {
    for (const locale of ['zh-Hans', 'ru', 'ja'] as const) {
      const words = checkWords(locale);
      for (const finding of FINDINGS) {
        const numbers = (text: string) => text.match(/\d+(\.\d+)?/g) ?? [];
        for (const part of ['question', 'why'] as const) {
          const translated = numbers(words.text(FINDING_WORDS[finding.name][part]));
          for (const number of numbers(finding[part]))
            expect(translated, `${locale} ${finding.name} ${part}`).toContain(number);
        }
      }
    }
  });

  it('words a form problem in the page language', () => {
    const ru = checkWords('ru');
    const parsed = parseCheckForm(new URLSearchParams('step=1&colour=red'), (id, _e, values) =>
      ru.text(id, values),
    );
    expect(parsed).toEqual({
      ok: false,
      problems: ['В форме есть поле «colour», которое этот опросник не использует.'],
    });
  });
});
