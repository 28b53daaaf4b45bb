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

  it('leaves known words, half-typed words, short words and far-off words alone', () => {
    expect(speller.correct('magnetic')).toBe('magnetic');
    expect(speller.correct('magn')).toBe('magn');
    expect(speller.correct('cal')).toBe('cal');
    expect(speller.correct('zebra')).toBe('zebra');
    expect(speller.correct('b12')).toBe('b12');
  });
});
