import { describe, expect, it } from 'vitest';
import { PRODUCT_NAMES } from './products.js';
import { completeTableWord, parseQuery } from './query.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { foldedTokens } from './text.js';

const first = (query: string) => parseQuery(query).concepts[0];
const variantsOf = (query: string) => first(query)?.variants.map((v) => v.text) ?? [];

describe('product names', () => {
  it('each maps at least one name to words that fold to something', () => {
    for (const product of PRODUCT_NAMES) {
      expect(product.names.length, product.means.join('/')).toBeGreaterThan(0);
      expect(product.means.length, product.names.join('/')).toBeGreaterThan(0);
      for (const text of [...product.names, ...product.means])
        expect(foldedTokens(text).length, text).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Slow-Mag', 'magnesium'],
    ['Caltrate', 'calcium'],
    ['Schweppes', 'quinine'],
    ['Voltarol gel', 'diclofenac'],
    ['Berocca', 'multivitamin'],
    ['apple cider vinegar', 'folk remedy'],
    ['pickle juice', 'folk remedy'],
    ['a bar of soap under the sheets', 'folk remedy'],
  ])('%s is searched as typed and as %s, and is a product', (query, means) => {
    expect(variantsOf(query)).toContain(foldedTokens(means).join(' '));
    expect(first(query)?.role).toBe('product');
  });

  it('reads a medicine or remedy named by its own name as a product, a nutrient as plain', () => {
    for (const query of ['naproxen', 'paracetamol', 'quinine', 'liquorice', 'epsom salt', 'datura'])
      expect(first(query)?.role, query).toBe('product');
    for (const query of ['magnesium', 'calcium', 'cramp']) expect(first(query)?.role, query).toBe('plain');
  });

  it('maps one way only: "magnesium" does not look for "Slow-Mag", "folk remedy" not for "vinegar"', () => {
    expect(variantsOf('magnesium')).not.toContain('slow mag');
    expect(variantsOf('folk remedy')).not.toContain('vinegar');
    expect(first('magnesium')?.role).toBe('plain');
  });

  it('weighs what a name means a little below the name as typed', () => {
    const weights = new Map(first('Slow-Mag')!.variants.map((v) => [v.text, v.weight]));
    expect(weights.get('slow mag')).toBe(1);
    expect(weights.get('magnesium')).toBeLessThan(1);
    expect(weights.get('magnesium')).toBeGreaterThan(0.8);
  });

  it('never maps a name that is also a synonym-group term to a different medicine than its group', () => {
    // A brand in both tables would search two medicines at once.
    const groupOf = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, index) => {
      for (const term of group.terms) groupOf.set(foldedTokens(term).join(' '), index);
    });
    for (const product of PRODUCT_NAMES) {
      for (const name of product.names) {
        const group = groupOf.get(foldedTokens(name).join(' '));
        if (group === undefined) continue;
        const groupTerms = SYNONYM_GROUPS[group]!.terms.map((t) => foldedTokens(t).join(' '));
        expect(
          product.means.some((m) => groupTerms.includes(foldedTokens(m).join(' '))),
          `${name}: ${product.means.join('/')} vs ${groupTerms.join('/')}`,
        ).toBe(true);
      }
    }
  });
});

describe('completing a half-typed table word', () => {
  it('completes to the one table word it starts, from four letters on', () => {
    expect(completeTableWord('caltr')).toBe('caltrate');
    expect(completeTableWord('schwep')).toBe('schweppe'); // folded, as every word is
    expect(completeTableWord('cal')).toBeUndefined(); // too short
    expect(completeTableWord('magn')).toBeUndefined(); // magnesium, magnet…: more than one
    expect(completeTableWord('caltrate')).toBeUndefined(); // already whole
    expect(completeTableWord('zzzz')).toBeUndefined();
  });
});

describe('roles and phrases in a question', () => {
  it('reads the form a thing comes in as its form, and the thing named with its form as a product', () => {
    const parsed = parseQuery('are b6 tablets safe');
    expect(parsed.concepts.map((c) => [c.label, c.role])).toEqual([
      ['b6', 'product'],
      ['tablet', 'form'],
    ]);
    expect(parseQuery('tablets').concepts[0]!.role).toBe('form');
    expect(parseQuery('nettle tea').concepts[0]!.role).toBe('product');
  });

  it('marks words searched only because the question had nothing else, so they never count as its subject', () => {
    const parsed = parseQuery('is it safe?');
    expect(parsed.onlyIntent).toBe(true);
    expect(parsed.concepts.map((c) => [c.label, c.start])).toEqual([['safe', -1]]);
    expect(parsed.adjacent).toEqual([]);
  });

  it('pairs concepts that stand side by side, across stop words but not across other words', () => {
    expect(parseQuery('swollen calf').adjacent).toEqual([[0, 1]]);
    expect(parseQuery('cramps at night').adjacent).toEqual([[0, 1]]);
    expect(parseQuery('swollen and sore calf').adjacent).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(parseQuery('calf is safe swollen').adjacent).toEqual([]);
  });

  it('drops filler words people type, but keeps "way" (a leg that gives way)', () => {
    expect(parseQuery('best way to sleep so i dont get cramps').concepts.map((c) => c.label)).toEqual([
      'way',
      'sleep',
      'cramp',
    ]);
    expect(parseQuery('throwing up all the time').concepts.map((c) => c.label)).toEqual(['throwing up']);
  });

  it('knows lay words for vomiting and for breathlessness', () => {
    expect(variantsOf('throwing up')).toContain('vomiting');
    expect(variantsOf('puking')).toContain('vomit');
    expect(variantsOf("can't breathe")).toContain('shortness of breath');
    expect(variantsOf('out of breath')).toContain('breathless');
  });

  it('reads "is it normal" as asking for the overview pages, and still searches "normal"', () => {
    const parsed = parseQuery('is it normal to get cramps every night');
    expect(parsed.intents.map((i) => i.name)).toEqual(['reassurance']);
    expect(parsed.concepts.map((c) => c.label)).toEqual(['normal', 'cramp', 'night']);
  });

  it('reads "what do I do" as asking for relief', () => {
    expect(parseQuery('calf cramp what do i do').intents.map((i) => i.name)).toEqual(['relief']);
  });
});
