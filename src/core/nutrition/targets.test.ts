import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  ageBandFor,
  dailyTarget,
  PREGNANCY_TARGETS,
  percentOfTarget,
  TARGET_NUTRIENTS,
  upperLimit,
} from './targets.js';

describe('pregnancy nutrient targets', () => {
  it('match the DRI table by age band', () => {
    expect(AGE_BANDS.map((b) => dailyTarget('calcium', b))).toEqual([1300, 1000, 1000]);
    expect(AGE_BANDS.map((b) => dailyTarget('magnesium', b))).toEqual([400, 350, 360]);
    expect(AGE_BANDS.map((b) => dailyTarget('potassium', b))).toEqual([2600, 2900, 2900]);
    expect(AGE_BANDS.map((b) => dailyTarget('vitaminB6', b))).toEqual([1.9, 1.9, 1.9]);
    expect(AGE_BANDS.map((b) => dailyTarget('vitaminD', b))).toEqual([15, 15, 15]);
  });

  it('carry the upper limits, with none for potassium', () => {
    expect(AGE_BANDS.map((b) => upperLimit('calcium', b))).toEqual([3000, 2500, 2500]);
    expect(AGE_BANDS.map((b) => upperLimit('magnesium', b))).toEqual([350, 350, 350]);
    expect(PREGNANCY_TARGETS.magnesium.upperLimitNote).toMatch(/supplements/);
    expect(AGE_BANDS.map((b) => upperLimit('vitaminB6', b))).toEqual([80, 100, 100]);
    expect(AGE_BANDS.map((b) => upperLimit('vitaminD', b))).toEqual([100, 100, 100]);
    expect(AGE_BANDS.map((b) => upperLimit('potassium', b))).toEqual([null, null, null]);
  });

  it('default to the 19–30 band', () => {
    expect(dailyTarget('calcium')).toBe(1000);
    expect(dailyTarget('magnesium')).toBe(350);
  });

  it('place ages in their band and refuse ages outside the tables', () => {
    expect(ageBandFor(14)).toBe('14-18');
    expect(ageBandFor(18)).toBe('14-18');
    expect(ageBandFor(19)).toBe('19-30');
    expect(ageBandFor(30)).toBe('19-30');
    expect(ageBandFor(31)).toBe('31-50');
    expect(ageBandFor(50)).toBe('31-50');
    expect(ageBandFor(13)).toBeNull();
    expect(ageBandFor(51)).toBeNull();
    expect(ageBandFor(Number.NaN)).toBeNull();
  });

  it('give percentages of the daily target', () => {
    expect(percentOfTarget(76, 'magnesium')).toBe(22);
    expect(percentOfTarget(300, 'calcium')).toBe(30);
    expect(percentOfTarget(300, 'calcium', '14-18')).toBe(23);
    expect(percentOfTarget(0, 'potassium')).toBe(0);
    expect(percentOfTarget(0.01, 'vitaminB6')).toBe(1);
  });

  it('never give a percentage below 1 for a real amount, and grow with the amount', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TARGET_NUTRIENTS),
        fc.constantFrom(...AGE_BANDS),
        fc.double({ min: 0.001, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (nutrient, band, amount, more) => {
          const p = percentOfTarget(amount, nutrient, band);
          expect(p).toBeGreaterThanOrEqual(1);
          expect(percentOfTarget(amount + more, nutrient, band)).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });
});
