// The JSON shapes of triage answers and saved checks, as zod schemas (they feed the OpenAPI
// document) and the functions that build them.
import { z } from 'zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import {
  ACTION_IDS,
  FINDING_NAMES,
  type FindingName,
  findingsAnsweredYes,
  TRIAGE_LEVELS,
  type TriageResult,
} from '../../core/triage/index.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import type { Assessment } from './assess.js';
import { itemLink, sourceLink } from './knowledge-links.js';

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
export const engineResultSchema = z.object({
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
});

const sourceLinkSchema = z.object({
  key: z.string(),
  title: z.string(),
  publisher: z.string(),
  href: z.string(),
});
const itemLinkSchema = z.object({ id: z.string(), title: z.string(), href: z.string() });

export const triageResponseSchema = engineResultSchema.extend({
  reasons: z.array(engineReason.extend({ citations: z.array(sourceLinkSchema) })),
  selfCareItems: z.array(itemLinkSchema).describe('The selfCare ids with their titles and pages'),
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
});
export type TriageResponse = z.infer<typeof triageResponseSchema>;

export const historyItemSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  level,
  findings: z.array(findingName).describe('The findings answered yes'),
  gestationalWeek: z.number().int().nullable(),
  gestationalWeekSource: weekSource,
  postpartumWeeks: z.number().int().nullable(),
  bloodPressure: bloodPressure.nullable(),
  result: engineResultSchema,
});
export type HistoryItem = z.infer<typeof historyItemSchema>;

function engineView(result: TriageResult): z.infer<typeof engineResultSchema> {
  return {
    level: result.level,
    ...(result.actionId !== undefined ? { actionId: result.actionId } : {}),
    action: result.action,
    emergencyNumber: result.emergencyNumber,
    reasons: result.reasons.map((r) => ({ ...r, findings: [...r.findings], sources: [...r.sources] })),
    selfCare: [...result.selfCare],
    watchFor: [...result.watchFor],
  };
}

export function triageResponse(
  knowledge: KnowledgeBase,
  assessment: Assessment,
  saved: TriageRecord | undefined,
): TriageResponse {
  const engine = engineView(assessment.result);
  return {
    ...engine,
    reasons: engine.reasons.map((reason) => ({
      ...reason,
      citations: reason.sources.map((key) => sourceLink(knowledge, key)),
    })),
    selfCareItems: engine.selfCare.map((id) => itemLink(knowledge, id)),
    region: { code: assessment.region.region, source: assessment.region.source },
    gestationalWeek: assessment.input.gestationalWeek,
    gestationalWeekSource: assessment.input.gestationalWeekSource,
    postpartumWeeks: assessment.input.postpartumWeeks ?? null,
    postpartumWeeksSource: assessment.input.postpartumWeeksSource ?? 'unknown',
    bloodPressure: assessment.input.bloodPressure,
    saved: saved ? { id: saved.id, createdAt: saved.createdAt } : null,
  };
}

export function historyItem(record: TriageRecord): HistoryItem {
  return {
    id: record.id,
    createdAt: record.createdAt,
    level: record.level,
    findings: findingsAnsweredYes(record.input.findings),
    gestationalWeek: record.input.gestationalWeek,
    gestationalWeekSource: record.input.gestationalWeekSource,
    postpartumWeeks: record.input.postpartumWeeks ?? null,
    bloodPressure: record.input.bloodPressure,
    result: engineView(record.result),
  };
}
