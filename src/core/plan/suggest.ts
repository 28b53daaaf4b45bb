// Builds a person's plan: the steps she chose, each with why it is there, and suggestions ranked by
// safety, evidence, her diary and where she is in pregnancy. Items whose safety verdict bars them are
// never suggested, and a stored step whose item has since been barred is withdrawn, not shown.
import type { EvidenceVerdict, ItemKind, SafetyStatus } from '../../content/schema.js';
import type { Stage } from '../pregnancy/stage.js';
import { type DiaryInput, type DiarySignals, formatWindow, readDiary } from './diary-signals.js';
import { eligibility, type PlanItemFact } from './items.js';
import { stepInfo } from './step-info.js';

export type PlanStepChoice = { id: string; time?: string | null };

type Shown = {
  id: string;
  title: string;
  kind: ItemKind;
  why: string;
  evidence: EvidenceVerdict;
  safety: SafetyStatus | null;
  reminderTitle: string;
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
const EVIDENCE_WHY: Record<EvidenceVerdict, string> = {
  established: 'Guidelines and data agree on this',
  consensus: 'Standard self-care advice, though trials have not tested it',
  limited: 'Small or mixed trials support it',
  unproven: 'Unlikely to do harm, though not shown to prevent cramps',
  contradicted: 'The evidence does not support it',
};

type Reasoned = { score: number; reasons: string[] };

function assess(item: PlanItemFact, signals: DiarySignals, stage: Stage): Reasoned {
  const info = stepInfo(item.id);
  let score = SAFETY_SCORE[item.safety ?? 'ok'] + EVIDENCE_SCORE[item.evidence];
  // Relief steps are for during a cramp; they earn a place only when the diary says they help.
  if (item.kind === 'relief') score -= 2;
  const reasons: string[] = [];

  if (info.bedtime && signals.peak !== null && (signals.nightShare ?? 0) >= 0.5) {
    score += 1;
    reasons.push(`your cramps are mostly ${formatWindow(signals.peak)}`);
  } else if (info.bedtime && signals.episodes >= 3 && (signals.nightShare ?? 0) >= 0.5) {
    score += 1;
    reasons.push('most of your cramps come at night');
  }
  const factor = info.habit && signals.factors.find((f) => f.factor === info.habit);
  if (factor?.comparison && factor.with.rate !== null && factor.without.rate !== null) {
    const rates = `${factor.with.rate.toFixed(2)} against ${factor.without.rate.toFixed(2)} a night`;
    if (factor.comparison.rateRatio < 1) {
      score += 3;
      reasons.push(`${factor.label.toLowerCase()} went with fewer cramps on your nights (${rates})`);
    } else if (factor.comparison.rateRatio > 1 && !factor.comparison.intervalIncludesOne) {
      score -= 3;
      reasons.push(`${factor.label.toLowerCase()} went with more cramps on your nights (${rates})`);
    }
  }
  const relief = info.relief && signals.relief.find((r) => r.method === info.relief);
  if (relief && relief.tried >= 2 && relief.helpedShare >= 0.5) {
    // Outweighs the relief-step discount: her own cramps are the best evidence she has.
    score += 3;
    reasons.push(`it helped ${relief.helped} of the ${relief.tried} times you tried it during a cramp`);
  }
  if (stage.kind === 'pregnant' && stage.week >= 28) {
    if (item.id === 'prevent.left-side-sleeping') {
      score += 1;
      reasons.push(
        `from 28 weeks the advice is to go to sleep on your side, and you are at week ${stage.week}`,
      );
    } else if (item.id === 'prevent.calf-stretches') {
      score += 0.5;
      reasons.push(`cramps are most common in the third trimester, and you are at week ${stage.week}`);
    }
  }
  if (stage.kind === 'postpartum' && stage.weeksSinceBirth <= 6 && item.id === 'prevent.daily-walk') {
    score += 1;
    reasons.push('in the weeks after birth, moving about keeps the blood flowing in your legs');
  }
  return { score, reasons };
}

function whyText(item: PlanItemFact, reasons: string[]): string {
  const text = reasons.length > 0 ? reasons.join('; ') : EVIDENCE_WHY[item.evidence];
  const ask = item.safety === 'ask-first' ? ' Ask your midwife before you start.' : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${ask}`;
}

function shown(item: PlanItemFact, reasons: string[]): Shown {
  return {
    id: item.id,
    title: item.title,
    kind: item.kind,
    why: whyText(item, reasons),
    evidence: item.evidence,
    safety: item.safety,
    reminderTitle: stepInfo(item.id).reminder,
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
