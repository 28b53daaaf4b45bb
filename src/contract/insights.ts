// The insights answer, GET /api/insights: what went with what in the diary. The core computes it
// (src/core/insights/insights.ts); its type is checked to be this schema's at compile time.
import { z } from 'zod';
import { FACTOR_KEYS, type FactorKey } from '../core/insights/factors.js';
import type { Insights as CoreInsights } from '../core/insights/insights.js';
import { RELIEF_METHODS } from '../core/insights/vocabulary.js';
import type { Same } from './same.js';

const interval = z.object({ low: z.number(), high: z.number() });
const factorSide = z.object({
  nights: z.number().int(),
  episodes: z.number().int(),
  rate: z.number().nullable().describe('Episodes per night; null without nights.'),
});

export const Insights = z
  .object({
    range: z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      timeZone: z.string(),
      dueDate: z.string().nullable(),
    }),
    totals: z.object({
      episodes: z.number().int().describe('Episodes whose local start date is in the range.'),
      nightEpisodes: z
        .number()
        .int()
        .describe("Night-time episodes: started 22:00–06:00 in the person's time zone, or woke them."),
      nights: z
        .number()
        .int()
        .describe('Distinct nights (noon to noon) with at least one night-time episode.'),
      checkins: z.number().int(),
      withIntensity: z.number().int().describe('Episodes whose intensity was filled in.'),
    }),
    nightShare: z.number().nullable().describe('nightEpisodes / episodes; null without episodes.'),
    perWeek: z
      .object({
        basis: z.enum(['pregnancy', 'calendar']),
        weeks: z.array(
          z.object({
            start: z.string(),
            end: z.string(),
            pregnancyWeek: z.number().int().nullable(),
            isoWeek: z.string().nullable(),
            weeksSinceBirth: z
              .number()
              .int()
              .nullable()
              .describe('Completed weeks since the birth, for weeks from the profile birth date on'),
            episodes: z.number().int(),
            nightEpisodes: z.number().int(),
          }),
        ),
        outsidePregnancy: z.number().int(),
      })
      .describe(
        'Episodes per week of pregnancy (completed weeks from the due date) or, without a due date, per ISO ' +
          'calendar week starting Monday; weeks between the first and last with an episode are included as zero.',
      ),
    intensityOverTime: z
      .object({
        bucket: z.enum(['day', 'week']),
        points: z.array(
          z.object({
            start: z.string(),
            end: z.string(),
            meanIntensity: z.number(),
            episodes: z.number().int(),
          }),
        ),
      })
      .describe(
        'Mean intensity of episodes with a known intensity: per day up to 56 days of data, else per ISO week.',
      ),
    relief: z
      .array(
        z.object({
          method: z.enum(RELIEF_METHODS),
          rank: z.number().int(),
          tried: z.number().int(),
          helped: z.number().int(),
          helpedShare: z.number(),
          interval: interval.describe('95% Wilson interval for helpedShare.'),
          medianMinutesToRelief: z.number().nullable(),
          minutesRecorded: z.number().int(),
        }),
      )
      .describe('Methods ranked by how often they helped when tried; equal shares share a rank.'),
    factors: z
      .array(
        z.object({
          factor: z
            .enum(FACTOR_KEYS as [FactorKey, ...FactorKey[]])
            .describe('The habit or supplement compared, as in the check-in.'),
          label: z.string(),
          with: factorSide,
          without: factorSide,
          comparison: z
            .object({
              rateRatio: z.number(),
              interval: interval.describe('95% interval, log-scale Wald for a ratio of Poisson rates.'),
              continuityCorrected: z.boolean(),
              intervalIncludesOne: z.boolean(),
            })
            .nullable()
            .describe('Shown only with at least 3 nights on each side and a cramp on at least one night.'),
          summary: z.string().describe('Plain words; says "went with", never claims a cause.'),
        }),
      )
      .describe(
        'Cramp rate (episodes per night) on nights after a check-in with a habit against nights after one without it. ' +
          'The night after check-in date D holds the episodes from D 12:00 to D+1 12:00 local time.',
      ),
    redFlags: z
      .array(
        z.object({
          date: z.string(),
          reason: z.enum(['one-leg-swelling', 'red-warm-or-swollen-leg-in-notes']),
          source: z.enum(['checkin', 'episode']),
          episodeId: z.string().nullable(),
          message: z.string(),
        }),
      )
      .describe('Entries in the range that should lead to the triage questions (show a banner).'),
  })
  .describe("What went with what in the diary, on the person's own clock and calendar.")
  .meta({ id: 'Insights' });

export type Insights = z.infer<typeof Insights>;

export const insightsMatchCore: Same<Insights, CoreInsights> = true;
