// Builds a person's plan: the steps she chose, each with why it is there, and suggestions ranked by
// safety, evidence, her diary and where she is in pregnancy. Items whose safety verdict bars them are
// never suggested, and a stored step whose item has since been barred is withdrawn, not shown.
// The reasons are data (a code and its numbers), not words: the server says them in the reader's
// language (src/server/plan/plan-words.ts).
import type { EvidenceVerdict, ItemKind, SafetyStatus } from '../../content/schema.js';
import type { Habit } from '../insights/index.js';
import type { Stage } from '../pregnancy/stage.js';
import { type DiaryInput, type DiarySignals, readDiary } from './diary-signals.js';
import { eligibility, type PlanItemFact } from './items.js';
import { stepInfo } from './step-info.js';

export type PlanStepChoice = { id: string; time?: string | null };

/** Why a step is suggested, from her diary and her week; none means the evidence alone. */
export type PlanReason =
  | { code: 'peak-window'; startHour: number; endHour: number }
  | { code: 'night' }
  | { code: 'habit-fewer' | 'habit-more'; habit: Habit; withRate: number; withoutRate: number }
  | { code: 'relief-helped'; helped: number; tried: number }
  | { code: 'side-sleep'; week: number }
  | { code: 'third-trimester'; week: number }
  | { code: 'postpartum-walk' };

type Shown = {
  id: string;
  title: string;
  kind: ItemKind;
  /** In order of weight as found; empty when only the evidence speaks for it. */
  reasons: PlanReason[];
  evidence: EvidenceVerdict;
  safety: SafetyStatus | null;
};
export type PlanStep = Shown & { time: string | null };
export type PlanSuggestion = Shown & { suggestedTime: string | null };
export type WithdrawnStep = {
  id: string;
  reason: 'avoid' | 'not-recommended' | 'not-a-plan-kind' | 'unknown-item';
};
export type Plan = { steps: PlanStep[]; suggestions: PlanSuggestion[]; withdrawn: WithdrawnStep[] };

export type PlanInput = {
  items: readonly PlanItemFact[];
  chosen: readonly PlanStepChoice[];
  stage: Stage;
  diary: DiaryInput;
};

export const MAX_SUGGESTIONS = 6;

const SAFETY_SCORE: Record<SafetyStatus, number> = {
  recommended: 2,
  ok: 1,
  'ask-first': 0,
  'not-recommended': Number.NEGATIVE_INFINITY,
  avoid: Number.NEGATIVE_INFINITY,
};
const EVIDENCE_SCORE: Record<EvidenceVerdict, number> = {
  established: 2,
  consensus: 1,
  limited: 0.5,
  unproven: 0,
  contradicted: Number.NEGATIVE_INFINITY,
};
type Reasoned = { score: number; reasons: PlanReason[] };

function assess(item: PlanItemFact, signals: DiarySignals, stage: Stage): Reasoned {
  const info = stepInfo(item.id);
  let score = SAFETY_SCORE[item.safety ?? 'ok'] + EVIDENCE_SCORE[item.evidence];
  // Relief steps are for during a cramp; they earn a place only when the diary says they help.
  if (item.kind === 'relief') score -= 2;
  const reasons: PlanReason[] = [];

  if (info.bedtime && signals.peak !== null && (signals.nightShare ?? 0) >= 0.5) {
    score += 1;
    reasons.push({ code: 'peak-window', startHour: signals.peak.startHour, endHour: signals.peak.endHour });
  } else if (info.bedtime && signals.episodes >= 3 && (signals.nightShare ?? 0) >= 0.5) {
    score += 1;
    reasons.push({ code: 'night' });
  }
  const factor = info.habit && signals.factors.find((f) => f.factor === info.habit);
  if (info.habit && factor?.comparison && factor.with.rate !== null && factor.without.rate !== null) {
    const rates = { habit: info.habit, withRate: factor.with.rate, withoutRate: factor.without.rate };
    if (factor.comparison.rateRatio < 1) {
      score += 3;
      reasons.push({ code: 'habit-fewer', ...rates });
    } else if (factor.comparison.rateRatio > 1 && !factor.comparison.intervalIncludesOne) {
      score -= 3;
      reasons.push({ code: 'habit-more', ...rates });
    }
  }
  const relief = info.relief && signals.relief.find((r) => r.method === info.relief);
  if (relief && relief.tried >= 2 && relief.helpedShare >= 0.5) {
    // Outweighs the relief-step discount: her own cramps are the best evidence she has.
    score += 3;
    reasons.push({ code: 'relief-helped', helped: relief.helped, tried: relief.tried });
  }
  if (stage.kind === 'pregnant' && stage.week >= 28) {
    if (item.id === 'prevent.left-side-sleeping') {
      score += 1;
      reasons.push({ code: 'side-sleep', week: stage.week });
    } else if (item.id === 'prevent.calf-stretches') {
      score += 0.5;
      reasons.push({ code: 'third-trimester', week: stage.week });
    }
  }
  if (stage.kind === 'postpartum' && stage.weeksSinceBirth <= 6 && item.id === 'prevent.daily-walk') {
    score += 1;
    reasons.push({ code: 'postpartum-walk' });
  }
  return { score, reasons };
}

function shown(item: PlanItemFact, reasons: PlanReason[]): Shown {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind,
    reasons,
    evidence: item.evidence,
    safety: item.safety,
  };
}

/**
 * @example buildPlan({ items, chosen: [{ id: 'prevent.calf-stretches', time: '21:30' }], stage: { kind: 'pregnant', week: 31 }, diary })
 */
export function buildPlan(input: PlanInput): Plan {
  const byId = new Map(input.items.map((item) => [item.id, item]));
  const signals = readDiary(input.diary);
  const steps: PlanStep[] = [];
  const withdrawn: WithdrawnStep[] = [];
  const chosenIds = new Set<string>();
  for (const choice of input.chosen) {
    const item = byId.get(choice.id);
    const verdict = item === undefined ? 'unknown-item' : eligibility(item);
    if (item === undefined || verdict !== 'ok') {
      withdrawn.push({ id: choice.id, reason: verdict === 'ok' ? 'unknown-item' : verdict });
      continue;
    }
    if (chosenIds.has(item.id)) continue;
    chosenIds.add(item.id);
    steps.push({ ...shown(item, assess(item, signals, input.stage).reasons), time: choice.time ?? null });
  }

  const suggestions = input.items
    .filter(
      (item) => !chosenIds.has(item.id) && eligibility(item) === 'ok' && item.evidence !== 'contradicted',
    )
    .map((item) => ({ item, ...assess(item, signals, input.stage) }))
    .filter(({ score }) => Number.isFinite(score) && score > 0)
    .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ item, reasons }) => ({ ...shown(item, reasons), suggestedTime: stepInfo(item.id).defaultTime }));

  return { steps, suggestions, withdrawn };
}
