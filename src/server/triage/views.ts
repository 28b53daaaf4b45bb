// Builds the triage answers and saved checks that src/contract/triage.ts declares.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { TriageEngineResult, TriageHistoryItem, TriageResponse } from '../../contract/triage.js';
import { findingsAnsweredYes, type TriageResult } from '../../core/triage/index.js';
import type { Locale } from '../../i18n/locales.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import { knowledgeIn } from '../localized-knowledge.js';
import type { Assessment } from './assess.js';
import { itemLink, sourceLink } from './knowledge-links.js';
import { localizeEngineResult } from './localize.js';

/** The engine's answer as the contract declares it, in the reader's language (English as the engine wrote it). */
function engineView(result: TriageResult, locale: Locale): TriageEngineResult {
  return localizeEngineResult(plainView(result), locale);
}

function plainView(result: TriageResult): TriageEngineResult {
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
  locale: Locale,
): TriageResponse {
  const engine = engineView(assessment.result, locale);
  // Item titles in the reader's language; a source keeps its own title (the page it names is in that language).
  const items = knowledgeIn(knowledge, locale);
  return {
    ...engine,
    reasons: engine.reasons.map((reason) => ({
      ...reason,
      citations: reason.sources.map((key) => sourceLink(knowledge, key)),
    })),
    selfCareItems: engine.selfCare.map((id) => itemLink(items, id)),
    region: { code: assessment.region.region, source: assessment.region.source },
    gestationalWeek: assessment.input.gestationalWeek,
    gestationalWeekSource: assessment.input.gestationalWeekSource,
    postpartumWeeks: assessment.input.postpartumWeeks ?? null,
    postpartumWeeksSource: assessment.input.postpartumWeeksSource ?? 'unknown',
    bloodPressure: assessment.input.bloodPressure,
    saved: saved ? { id: saved.id, createdAt: saved.createdAt } : null,
  };
}

/** A saved check read back in the reader's language: stored as the engine wrote it, worded again by ids. */
export function historyItem(record: TriageRecord, locale: Locale): TriageHistoryItem {
  return {
    id: record.id,
    createdAt: record.createdAt,
    level: record.level,
    findings: findingsAnsweredYes(record.input.findings),
    gestationalWeek: record.input.gestationalWeek,
    gestationalWeekSource: record.input.gestationalWeekSource,
    postpartumWeeks: record.input.postpartumWeeks ?? null,
    bloodPressure: record.input.bloodPressure,
    result: engineView(record.result, locale),
  };
}
