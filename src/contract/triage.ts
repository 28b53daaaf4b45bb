// The triage resource: POST /api/triage and the signed-in person's saved checks. The request schema is the
// engine's own (src/core/triage/input.ts), with the field messages in it, so the API, the CLI and /check
// refuse a body with the same words; the answers are declared here for the server, OpenAPI and the web app.
import { z } from 'zod';
import {
  ACTION_IDS,
  FINDING_NAMES,
  type FindingName,
  TRIAGE_LEVELS,
  triageInputSchema,
} from '../core/triage/index.js';
import { langQuery } from './language.js';

// Left without a component id: the operation documents this body inline (every finding name in one
// place), as tests/integration/triage-api.test.ts reads it.
export const TriageRequest = triageInputSchema.describe(
  'Findings by name (true = yes; false or left out = no), and the week of pregnancy or the weeks since the ' +
    'birth, and a blood pressure, when known.',
);
export type TriageRequest = z.input<typeof TriageRequest>;

const findingName = z.enum(FINDING_NAMES as [FindingName, ...FindingName[]]);
const level = z.enum(TRIAGE_LEVELS);
const bloodPressure = z.object({ systolic: z.number().int(), diastolic: z.number().int() });
const weekSource = z
  .enum(['answer', 'profile', 'unknown'])
  .describe('answer: sent in the request; profile: counted from the due date; unknown: neither');

const emergencyNumber = z.object({
  number: z.string().describe('The number to dial, e.g. 999'),
  region: z.string().describe("ISO region code, 'EU', or 'INTL' when the region is unknown (112)"),
  label: z.string(),
});

const engineReason = z.object({
  rule: z.string(),
  level,
  findings: z.array(findingName).describe('The true findings that made the rule fire'),
  explanation: z.string(),
  sources: z.array(z.string()).describe('Keys of the source registry (see /learn/sources)'),
});

/** The engine's answer exactly as it is saved with a check. */
export const TriageEngineResult = z
  .object({
    level,
    actionId: z
      .enum(ACTION_IDS)
      .optional()
      .describe(
        'Where to go: call-emergency, maternity-unit-now (obstetric urgent signs), seen-today (other urgent), ' +
          'within-2-days, next-appointment or self-care. Absent only on checks saved before v2.',
      ),
    action: z.string(),
    emergencyNumber,
    reasons: z.array(engineReason),
    selfCare: z.array(z.string()).describe('Knowledge item ids, most relevant first'),
    watchFor: z.array(z.string()),
  })
  .meta({ id: 'TriageEngineResult' });
export type TriageEngineResult = z.infer<typeof TriageEngineResult>;

const sourceLink = z.object({
  key: z.string(),
  title: z.string(),
  publisher: z.string(),
  href: z.string(),
});
const itemLink = z.object({ id: z.string(), title: z.string(), href: z.string() });

export const TriageResponse = TriageEngineResult.extend({
  reasons: z.array(engineReason.extend({ citations: z.array(sourceLink) })),
  selfCareItems: z.array(itemLink).describe('The selfCare ids with their titles and pages'),
  region: z.object({ code: z.string(), source: z.enum(['profile', 'language', 'default']) }),
  gestationalWeek: z.number().int().nullable(),
  gestationalWeekSource: weekSource,
  postpartumWeeks: z.number().int().nullable().describe('Weeks since the birth, when after the birth'),
  postpartumWeeksSource: weekSource,
  bloodPressure: bloodPressure.nullable(),
  saved: z
    .object({ id: z.string(), createdAt: z.string() })
    .nullable()
    .describe('The saved check when signed in, else null'),
}).meta({ id: 'TriageResponse' });
export type TriageResponse = z.infer<typeof TriageResponse>;

export const TriageHistoryItem = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    level,
    findings: z.array(findingName).describe('The findings answered yes'),
    gestationalWeek: z.number().int().nullable(),
    gestationalWeekSource: weekSource,
    postpartumWeeks: z.number().int().nullable(),
    bloodPressure: bloodPressure.nullable(),
    result: TriageEngineResult,
  })
  .meta({ id: 'TriageHistoryItem' });
export type TriageHistoryItem = z.infer<typeof TriageHistoryItem>;

export const TriageHistory = z
  .object({ items: z.array(TriageHistoryItem).describe('Newest first.') })
  .meta({ id: 'TriageHistory' });
export type TriageHistory = z.infer<typeof TriageHistory>;

export const TriageHistoryQuery = z.strictObject({
  lang: langQuery,
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be from 1 to 100')
    .max(100, 'must be from 1 to 100')
    .default(50),
  before: z.iso
    .datetime({ offset: true, error: 'must be an ISO date-time such as 2025-01-31T22:00:00Z' })
    .optional(),
});
export type TriageHistoryQuery = z.input<typeof TriageHistoryQuery>;

export const TriageCheckIdParams = z.strictObject({ id: z.uuid('must be the id of a saved check') });
