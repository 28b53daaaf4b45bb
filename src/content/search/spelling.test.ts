import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpeller, editDistance } from './spelling.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('calff', 'calf', 3)).toBe(1);
    expect(editDistance('magnesim', 'magnesium', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('same', 'same', 2)).toBe(0);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('crmap', 'cramp', 3)).toBe(1);
    expect(editDistance('calcuim', 'calcium', 3)).toBe(1);
    expect(editDistance('pian', 'pain', 3)).toBe(1);
    expect(editDistance('preganncy', 'pregnancy', 3)).toBe(1);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    // Not a free reordering: two separate swaps are two edits.
    expect(editDistance('bacd', 'abdc', 3)).toBe(2);
  });

  it('gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric and agrees with the unbounded distance within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30);
        expect(editDistance(b, a, 30)).toBe(d);
        expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
      }),
    );
  });
});

describe('speller', () => {
  const speller = createSpeller(
    new Map([
      ['magnesium', 5],
      ['magnetic', 1],
      ['calf', 9],
      ['call', 3],
      ['ibuprofen', 2],
    ]),
  );

  it('corrects to the closest known word, the commonest on a tie', () => {
    expect(speller.correct('magnesim')).toBe('magnesium');
    expect(speller.correct('ibuprofin')).toBe('ibuprofen');
    expect(speller.correct('calff')).toBe('calf');
  });

  it('corrects doubled misspellings of short words (swapped letters), which it used to leave alone', () => {
    const swaps = createSpeller(
      new Map([
        ['cramp', 40],
        ['calcium', 12],
        ['pain', 30],
        ['pregnancy', 90],
      ]),
    );
    expect(swaps.correct('crmap')).toBe('cramp');
    expect(swaps.correct('calcuim')).toBe('calcium');
    expect(swaps.correct('pian')).toBe('pain');
    expect(swaps.correct('preganncy')).toBe('pregnancy');
  });

  it('allows a second edit only from 10 letters on, so a real but unknown word keeps its meaning', () => {
    const words = createSpeller(
      new Map([
        ['spreading', 3],
        ['preeclampsia', 8],
      ]),
    );
    expect(words.correct('screaming')).toBe('screaming'); // 9 letters, 2 edits from "spreading"
    expect(words.correct('preclamspia')).toBe('preeclampsia'); // 11 letters: a missing letter and a swap
  });

  it('leaves known words, half-typed words, short words and far-off words alone', () => {
    expect(speller.correct('magnetic')).toBe('magnetic');
    expect(speller.correct('magn')).toBe('magn');
    expect(speller.correct('cal')).toBe('cal');
    expect(speller.correct('zebra')).toBe('zebra');
    expect(speller.correct('b12')).toBe('b12');
  });
});
