// "Did you mean" must find the intended name for ordinary slips and stay quiet for noise.
import { describe, expect, it } from 'vitest';
import { FINDING_NAMES } from './findings.js';
import { didYouMean, editDistance, suggestNames } from './name-suggestions.js';

describe('editDistance', () => {
  it('counts edits, including a swap of neighbours as one', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('fever', 'fevr')).toBe(1);
    expect(editDistance('seizure', 'siezure')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggestNames', () => {
  it.each([
    ['one_leg_swolen', 'one_leg_swollen'],
    ['chest_pian', 'chest_pain'],
    ['Chest Pain', 'chest_pain'],
    ['oneLegSwollen', 'one_leg_swollen'],
    ['sudden-breathlessness', 'sudden_breathlessness'],
    ['cramp_over_10_mins', 'cramp_over_10_min'],
  ])('%s → %s', (typed, expected) => {
    expect(suggestNames(typed, FINDING_NAMES)[0]).toBe(expected);
  });

  it('offers names containing a typed fragment when no name is close', () => {
    expect(suggestNames('breathlessness', FINDING_NAMES)).toEqual(['sudden_breathlessness']);
  });

  it('suggests nothing for noise', () => {
    for (const typed of ['', 'x', 'zzz', 'banana', '!!!'])
      expect(suggestNames(typed, FINDING_NAMES)).toEqual([]);
    expect(didYouMean('banana', FINDING_NAMES)).toBe('');
  });

  it('phrases one or several suggestions', () => {
    expect(didYouMean('fevr', FINDING_NAMES)).toBe(" Did you mean 'fever'?");
    expect(didYouMean('swollen', FINDING_NAMES)).toMatch(/^ Did you mean one of '/);
  });
});
