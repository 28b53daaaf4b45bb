// Builds the triage answers and saved checks that src/contract/triage.ts declares.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { TriageEngineResult, TriageHistoryItem, TriageResponse } from '../../contract/triage.js';
import { findingsAnsweredYes, type TriageResult } from '../../core/triage/index.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import type { Assessment } from './assess.js';
import { itemLink, sourceLink } from './knowledge-links.js';

function engineView(result: TriageResult): TriageEngineResult {
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

export function historyItem(record: TriageRecord): TriageHistoryItem {
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
