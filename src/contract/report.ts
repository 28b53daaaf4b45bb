// The clinician report's wire shape (GET /api/report), checked against the core's Report type at
// compile time so the two cannot drift apart, and the queries of the report, its PDF and the FHIR export.
import { z } from 'zod';
import { FACTOR_KEYS, type FactorKey, RELIEF_METHODS, SUPPLEMENTS } from '../core/insights/index.js';
import type { Report } from '../core/report/index.js';
import { FINDING_NAMES, type FindingName, TRIAGE_LEVELS } from '../core/triage/index.js';
import { DateRangeQuery } from './checkins.js';

const selfReported = z.literal('self-reported').describe('Entered by the person; not a clinical measurement');
const date = z.iso.date();
const interval = z.object({ low: z.number(), high: z.number() });
const level = z.enum(TRIAGE_LEVELS);
const finding = z.enum(FINDING_NAMES as [FindingName, ...FindingName[]]);
const bloodPressure = z.object({ systolic: z.number().int(), diastolic: z.number().int() });
const factorKey = z.enum(FACTOR_KEYS as [FactorKey, ...FactorKey[]]);
const factorSide = z.object({
  nights: z.number().int(),
  episodes: z.number().int(),
  rate: z.number().nullable(),
});

const stage = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['pregnant', 'post-term']),
    dueDate: date,
    weeks: z.number().int(),
    days: z.number().int(),
  }),
  z.object({
    status: z.literal('after-birth'),
    birthDate: date,
    weeksSinceBirth: z.number().int(),
    daysSinceBirth: z.number().int(),
  }),
  z.object({ status: z.literal('past-due-date'), dueDate: date, weeksSinceDueDate: z.number().int() }),
  z.object({ status: z.literal('not-yet'), dueDate: date }),
  z.object({ status: z.literal('unknown') }),
]);

const trendHalf = z.object({
  from: date,
  to: date,
  days: z.number().int(),
  episodes: z.number().int(),
  perWeek: z.number(),
  medianIntensity: z.number().nullable(),
});

const weekCount = z.object({
  start: date,
  end: date,
  pregnancyWeek: z.number().int().nullable(),
  isoWeek: z.string().nullable(),
  weeksSinceBirth: z.number().int().nullable(),
  episodes: z.number().int(),
  nightEpisodes: z.number().int(),
});

const reliefRank = z.object({
  method: z.enum(RELIEF_METHODS),
  rank: z.number().int(),
  tried: z.number().int(),
  helped: z.number().int(),
  helpedShare: z.number(),
  interval,
  medianMinutesToRelief: z.number().nullable(),
  minutesRecorded: z.number().int(),
});

export const reportSchema = z
  .object({
    kind: z.literal('crampwise-report'),
    version: z.literal(1),
    generatedAt: z.iso.datetime(),
    dataSource: selfReported,
    person: z.object({
      name: z.string().nullable(),
      birthYear: z.number().int().nullable(),
      locale: z.string().nullable(),
    }),
    stage,
    period: z.object({ from: date, to: date, days: z.number().int().positive(), timeZone: z.string() }),
    cramps: z.object({
      dataSource: selfReported,
      episodes: z.number().int(),
      nightEpisodes: z.number().int(),
      nightShare: z.number().min(0).max(1).nullable(),
      perWeek: z.object({
        basis: z.enum(['pregnancy', 'calendar']),
        weeks: z.array(weekCount),
        outsidePregnancy: z.number().int(),
      }),
      intensity: z.object({ median: z.number().nullable(), rated: z.number().int() }),
      durationSeconds: z.object({ median: z.number().nullable(), recorded: z.number().int() }),
      trend: z.object({
        direction: z.enum(['more', 'fewer', 'no-clear-change', 'not-enough-data']),
        firstHalf: trendHalf.nullable(),
        secondHalf: trendHalf.nullable(),
        rateRatio: z.number().nullable(),
        interval: interval.nullable(),
      }),
    }),
    relief: z.object({ dataSource: selfReported, methods: z.array(reliefRank) }),
    habits: z.object({
      dataSource: selfReported,
      compared: z.array(
        z.object({
          factor: factorKey,
          label: z.string(),
          with: factorSide,
          without: factorSide,
          rateRatio: z.number(),
          interval,
          intervalIncludesOne: z.boolean(),
        }),
      ),
      minNightsPerSide: z.number().int(),
      leftOut: z.number().int(),
    }),
    triageChecks: z.object({
      dataSource: selfReported,
      checks: z.array(
        z.object({
          id: z.string(),
          createdAt: z.iso.datetime(),
          date,
          level,
          findings: z.array(finding),
          bloodPressure: bloodPressure.nullable(),
          reasons: z.array(z.object({ rule: z.string(), level, explanation: z.string() })),
        }),
      ),
    }),
    redFlags: z.object({
      dataSource: selfReported,
      seen: z.array(
        z.object({
          date,
          kind: z.enum(['one-leg-swelling', 'red-warm-or-swollen-leg-in-notes', 'triage-finding']),
          source: z.enum(['checkin', 'episode', 'triage']),
          finding: finding.nullable(),
          episodeId: z.string().nullable(),
        }),
      ),
    }),
    supplements: z.object({
      dataSource: selfReported,
      daysAnswered: z.number().int(),
      taken: z.array(z.object({ supplement: z.enum(SUPPLEMENTS), daysTaken: z.number().int() })),
    }),
    checkins: z.object({ dataSource: selfReported, days: z.number().int() }),
  })
  .meta({ id: 'Report' })
  .describe(
    'A one-page summary of the diary and checks for a midwife or doctor; every figure is self-reported.',
  );

export type ReportView = z.infer<typeof reportSchema>;

// Compile-time: the schema and the core type describe the same object, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesCore: Same<ReportView, Report> = true;
void schemaMatchesCore;

/** `from` and `to` (local dates, inclusive) of GET /api/report and GET /api/fhir; both may be left out. */
/** `?lang=` (in DateRangeQuery) picks the language of a download's words. */
export const ReportQuery = DateRangeQuery;

export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const ReportPdfQuery = DateRangeQuery.extend({
  paper: z.enum(PAPER_SIZES, 'must be A4 or LETTER').default('A4').describe('The page size.'),
});
