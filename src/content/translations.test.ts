import { describe, expect, it } from 'vitest';
import { loadContent } from './loader.js';
import {
  loadTranslatedItems,
  TRANSLATION_LOCALES,
  type TranslationLocale,
  translationProblems,
} from './translations.js';

const english = new Map(loadContent().items.map((item) => [item.file, item]));

describe.each(TRANSLATION_LOCALES)('translated items in %s', (locale: TranslationLocale) => {
  const { items, problems } = loadTranslatedItems(locale);

  it('parse against the item schema', () => {
    expect(problems).toEqual([]);
  });

  it('each stand beside an English item at the same path, with the same facts and text in the language', () => {
    const found: Record<string, string[]> = {};
    for (const item of items) {
      const source = english.get(item.file);
      const why = source ? translationProblems(locale, source, item) : ['no English item at this path'];
      if (why.length > 0) found[item.file] = why;
    }
    expect(found).toEqual({});
  });
});

describe('translationProblems', () => {
  const item = [...english.values()].find((i) => i.safety && i.conflicts.length > 0);
  if (!item) throw new Error('the knowledge base has an item with a safety verdict and a conflict');
  const russian = {
    ...item,
    title: 'Судороги ночью',
    summary: 'Судороги в икрах чаще всего приходят ночью во второй половине беременности.',
    evidence: { ...item.evidence, summary: 'Все источники согласны, что судороги чаще бывают ночью.' },
    safety: item.safety && { ...item.safety, reason: 'Безопасно на любом сроке беременности.' },
    conflicts: item.conflicts.map((c) => ({
      ...c,
      topic: 'Причина судорог',
      resolution: 'Причина пока неизвестна; добавки не помогли в испытаниях.',
      positions: c.positions.map((p) => ({ ...p, claim: 'Источник считает иначе.' })),
    })),
    details: item.details ? 'Растяните икру и держите тридцать секунд.' : '',
    nutrients: item.nutrients && { ...item.nutrients, serving: 'одна порция' },
    acupoint: item.acupoint && { ...item.acupoint, location: 'На внутренней стороне голени, выше лодыжки.' },
  };

  it('accepts a translation that keeps the facts and writes the text in the language', () => {
    expect(translationProblems('ru', item, russian)).toEqual([]);
  });

  it('refuses a changed verdict, a changed source list and a safety status that moved', () => {
    expect(
      translationProblems('ru', item, {
        ...russian,
        evidence: { ...russian.evidence, verdict: 'established' },
      }),
    ).toContain('front matter differs from the English item apart from its text');
    expect(translationProblems('ru', item, { ...russian, sources: [...item.sources].reverse() })).toContain(
      'front matter differs from the English item apart from its text',
    );
  });

  it('finds English left in a translated text and a text in another script', () => {
    const leaked = {
      ...russian,
      summary: `${russian.summary} Stretch your calves for a few minutes before bed.`,
    };
    expect(translationProblems('ru', item, leaked).join(' ')).toMatch(/summary: untranslated English/);
    expect(translationProblems('ja', item, russian).join(' ')).toMatch(/title: not written in ja/);
  });
});
