import { describe, expect, it } from 'vitest';
import { median, poissonRateRatio, wilsonInterval, Z_95 } from './intervals.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7, 7, 1, 100])).toBe(7);
  });
});

describe('Wilson interval', () => {
  it('is centred on one half for 2 of 4', () => {
    // z² = 3.841459; denominator 1 + z²/4 = 1.960365; centre (0.5 + z²/8) / 1.960365 = 0.5;
    // half-width z·sqrt(0.25/4 + z²/64) / 1.960365 = 1.959964 · 0.350033 / 1.960365 = 0.349961.
    const interval = wilsonInterval(2, 4)!;
    expect(interval.low).toBeCloseTo(0.150039, 5);
    expect(interval.high).toBeCloseTo(0.849961, 5);
  });

  it('keeps 1 of 1 well short of certain', () => {
    // centre (1 + z²/2) / (1 + z²) = 2.920730 / 4.841459 = 0.603275; half z·sqrt(z²/4) / 4.841459 = 0.396725.
    const interval = wilsonInterval(1, 1)!;
    expect(interval.low).toBeCloseTo(0.206549, 5);
    expect(interval.high).toBe(1);
  });

  it('starts at 0 for no successes and is null without trials', () => {
    // 0 of 2: centre = (z²/4) / (1 + z²/2) = 0.960365 / 2.920730 = 0.328810 = half-width, so 0 to 0.657620.
    expect(wilsonInterval(0, 2)!.low).toBe(0);
    expect(wilsonInterval(0, 2)!.high).toBeCloseTo(0.65762, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('Poisson rate ratio', () => {
  it('uses the log-scale Wald interval', () => {
    // 2 cramps in 5 nights against 8 in 8: RR = 0.4 / 1 = 0.4. SE = sqrt(1/2 + 1/8) = 0.790569.
    // ln 0.4 = -0.916291; ± 1.959964 · 0.790569 = ± 1.549487 → exp(-2.465778) = 0.084943, exp(0.633196) = 1.883623.
    const result = poissonRateRatio(2, 5, 8, 8)!;
    expect(result.ratio).toBeCloseTo(0.4, 10);
    expect(result.interval.low).toBeCloseTo(0.084943, 5);
    expect(result.interval.high).toBeCloseTo(1.883623, 5);
    expect(result.continuityCorrected).toBe(false);
  });

  it('is 1 for equal rates, with an interval symmetric on the log scale', () => {
    // 3 in 3 against 3 in 3: SE = sqrt(2/3) = 0.816497; exp(±1.600321) = 0.201835 and 4.954538.
    const result = poissonRateRatio(3, 3, 3, 3)!;
    expect(result.ratio).toBe(1);
    expect(result.interval.low).toBeCloseTo(0.201835, 5);
    expect(result.interval.high).toBeCloseTo(4.954538, 5);
    expect(result.interval.low * result.interval.high).toBeCloseTo(1, 10);
  });

  it('adds 0.5 to both counts when one is zero', () => {
    // 0 in 4 against 6 in 5 → 0.5 in 4 against 6.5 in 5: RR = 0.125 / 1.3 = 0.096154.
    // SE = sqrt(1/0.5 + 1/6.5) = 1.467599; ln RR = -2.341806 ± 2.876418 → 0.005417 to 1.706825.
    const result = poissonRateRatio(0, 4, 6, 5)!;
    expect(result.ratio).toBeCloseTo(0.096154, 5);
    expect(result.interval.low).toBeCloseTo(0.005417, 5);
    expect(result.interval.high).toBeCloseTo(1.706825, 5);
    expect(result.continuityCorrected).toBe(true);
  });

  it('has nothing to compare without nights or without any event', () => {
    expect(poissonRateRatio(0, 4, 0, 5)).toBeNull();
    expect(poissonRateRatio(2, 0, 1, 5)).toBeNull();
    expect(poissonRateRatio(2, 4, 1, 0)).toBeNull();
  });

  it('uses the 97.5th percentile of the normal distribution', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
  });
});
