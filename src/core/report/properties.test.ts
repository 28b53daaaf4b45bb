// Properties of the report that must hold for any diary: counts add up, comparisons appear only
// with enough nights, nothing outside the period leaks in, and every figure is marked self-reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../contract/report.js';
import { buildReport } from './build-report.js';
import { SAMPLE_PERSON, sampleDiary } from './sample-diary.test-support.js';

const diaries = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  days: fc.integer({ min: 1, max: 120 }),
  perWeek: fc.integer({ min: 0, max: 30 }),
  dueDate: fc.option(fc.constantFrom('2026-04-01', '2026-08-20', '2026-12-24'), { nil: null }),
  timeZone: fc.constantFrom('Europe/London', 'Asia/Tokyo', 'America/New_York', 'Pacific/Auckland'),
});

describe('report properties', () => {
  it('holds for any diary', () => {
    fc.assert(
      fc.property(diaries, ({ seed, days, perWeek, dueDate, timeZone }) => {
        const input = sampleDiary({ seed, days, perWeek, person: { ...SAMPLE_PERSON, dueDate, timeZone } });
        const result = buildReport(input, {
          now: new Date('2026-06-01T09:00:00Z'),
          from: null,
          to: '2026-05-31',
        });
        if (!result.ok) throw new Error(result.error.message);
        const r = result.report;
        const c = r.cramps;
        expect(c.nightEpisodes).toBeLessThanOrEqual(c.episodes);
        const weekly = c.perWeek.weeks.reduce((sum, w) => sum + w.episodes, 0);
        expect(weekly + c.perWeek.outsidePregnancy).toBe(c.episodes);
        expect(c.intensity.rated).toBeLessThanOrEqual(c.episodes);
        if (c.trend.firstHalf && c.trend.secondHalf)
          expect(c.trend.firstHalf.episodes + c.trend.secondHalf.episodes).toBe(c.episodes);
        for (const habit of r.habits.compared) {
          expect(habit.with.nights).toBeGreaterThanOrEqual(r.habits.minNightsPerSide);
          expect(habit.without.nights).toBeGreaterThanOrEqual(r.habits.minNightsPerSide);
          expect(habit.interval.low).toBeLessThanOrEqual(habit.rateRatio);
          expect(habit.interval.high).toBeGreaterThanOrEqual(habit.rateRatio);
        }
        for (const check of r.triageChecks.checks) {
          expect(check.date >= r.period.from && check.date <= r.period.to).toBe(true);
        }
        for (const flag of r.redFlags.seen)
          expect(flag.date >= r.period.from && flag.date <= r.period.to).toBe(true);
        expect(r.supplements.taken.every((s) => s.daysTaken <= r.supplements.daysAnswered)).toBe(true);
        expect(reportSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
