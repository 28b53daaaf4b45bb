import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { foldedTokens } from './text.js';

const variantsOf = (query: string, concept = 0) =>
  parseQuery(query).concepts[concept]?.variants.map((v) => v.text) ?? [];

describe('synonym table', () => {
  it('has groups of at least two forms, each of which folds to words', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(
        group.terms.length + (group.alsoMatches?.length ?? 0),
        group.terms.join('/'),
      ).toBeGreaterThanOrEqual(2);
      for (const term of [...group.terms, ...(group.alsoMatches ?? [])])
        expect(foldedTokens(term).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['charley horse', ['cramp', 'knot', 'spasm', 'seizing up']],
    ['pins and needles', ['tingling', 'numbness']],
    ['Tylenol', ['paracetamol', 'acetaminophen']],
    ['Advil', ['ibuprofen', 'motrin', 'nurofen', 'nsaid', 'naproxen', 'aspirin', 'painkiller']],
    ['blood clot', ['dvt', 'thrombosis']],
    ['licorice', ['liquorice']],
    ['pre-eclampsia', ['preeclampsia', 'toxemia']],
    ['Zusanli', ['st36', '足三里']],
    ['Sanyinjiao', ['sp6']],
    ['Taichong', ['lr3']],
    ['swollen', ['swelling', 'oedema', 'edema']],
    ['pyridoxine', ['b6']],
    ['third trimester', ['trimester3', 'trimester 3']],
  ])('%s is searched with its synonyms', (query, expected) => {
    const variants = variantsOf(query);
    for (const form of expected)
      expect(variants, `${query} → ${form}`).toContain(foldedTokens(form).join(' '));
  });

  it('reads ambiguous abbreviations one way only: "Mg" finds magnesium, "magnesium" does not search "mg"', () => {
    expect(variantsOf('Mg')).toContain('magnesium');
    expect(variantsOf('Mg')).not.toContain('mg');
    expect(variantsOf('magnesium')).not.toContain('mg');
  });

  it('matches the longest phrase: "bladder 57" is the acupoint, not the bladder', () => {
    expect(variantsOf('bladder 57')).toContain('bl57');
    expect(variantsOf('bladder 57')).not.toContain('incontinence');
  });
});

describe('parseQuery', () => {
  it('drops stop words and question words and keeps the subject', () => {
    const parsed = parseQuery('is it safe to take ibuprofen in the third trimester?');
    expect(parsed.concepts.map((c) => c.label)).toEqual(['ibuprofen', 'third trimester']);
    expect(parsed.intents.map((i) => i.name)).toEqual(['safety']);
  });

  it('recognises what a question asks for', () => {
    expect(parseQuery('stop a cramp now').intents.map((i) => i.name)).toEqual(['relief']);
    expect(parseQuery('when to call about my leg').intents.map((i) => i.name)).toEqual(['red-flag']);
    expect(parseQuery('how to stop getting cramps').intents.map((i) => i.name)).toEqual(['prevention']);
    expect(parseQuery('foods with potassium').intents.map((i) => i.name)).toEqual(['food']);
  });

  it('searches the intent words themselves when nothing else is asked', () => {
    const parsed = parseQuery('when should I call?');
    expect(parsed.onlyIntent).toBe(true);
    expect(parsed.concepts.map((c) => c.label)).toEqual(['call']);
    expect(parseQuery('the of and').concepts).toEqual([]);
  });

  it('folds plurals and accents and adds word stems', () => {
    expect(variantsOf('magnésium')).toContain('magnesium');
    expect(variantsOf('calves')).toEqual(['calf']);
    expect(variantsOf('walking')).toEqual(['walking', 'walk']);
  });

  it('corrects typos with the given speller but never table words', () => {
    const correct = (w: string) => (w === 'magnesim' ? 'magnesium' : `${w}!`);
    expect(variantsOf('magnesim')).toEqual(['magnesim']);
    expect(parseQuery('magnesim', correct).concepts[0]!.variants.map((v) => v.text)).toContain('magnesium');
    expect(parseQuery('tylenol', correct).concepts[0]!.variants.map((v) => v.text)).toContain('paracetamol');
  });
});
