// Checks a plan the person chose before it is stored: every id a known item that may be a step, times
// as "HH:MM", no step twice. Problems come back as data with a closed code and the field they concern.
import { eligibility, type PlanItemFact } from './items.js';
import type { PlanStepChoice } from './suggest.js';

export const MAX_PLAN_STEPS = 12;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export type PlanErrorCode =
  | 'unknown-item'
  | 'not-a-plan-kind'
  | 'avoid'
  | 'not-recommended'
  | 'bad-time'
  | 'duplicate-step'
  | 'too-many-steps';
export type PlanError = { code: PlanErrorCode; field: string; message: string };
export type ValidPlan =
  | { ok: true; value: { id: string; time: string | null }[] }
  | { ok: false; errors: PlanError[] };

const MESSAGES: Record<Exclude<PlanErrorCode, 'bad-time' | 'duplicate-step' | 'too-many-steps'>, string> = {
  'unknown-item': 'There is no such item in the knowledge base.',
  'not-a-plan-kind': 'Only prevention, relief and everyday-life items can be plan steps.',
  avoid: 'This is to be avoided in pregnancy, so it cannot be part of a plan.',
  'not-recommended': 'This is not recommended, so it cannot be part of a plan.',
};

export function validatePlanChoice(
  steps: readonly PlanStepChoice[],
  items: readonly PlanItemFact[],
): ValidPlan {
  const byId = new Map(items.map((item) => [item.id, item]));
  const errors: PlanError[] = [];
  if (steps.length > MAX_PLAN_STEPS)
    errors.push({
      code: 'too-many-steps',
      field: 'steps',
      message: `A plan holds at most ${MAX_PLAN_STEPS} steps.`,
    });
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const item = byId.get(step.id);
    const verdict = item === undefined ? 'unknown-item' : eligibility(item);
    if (verdict !== 'ok')
      errors.push({ code: verdict, field: `steps.${index}.id`, message: MESSAGES[verdict] });
    else if (seen.has(step.id))
      errors.push({
        code: 'duplicate-step',
        field: `steps.${index}.id`,
        message: 'This step is already in the plan.',
      });
    seen.add(step.id);
    if (step.time !== undefined && step.time !== null && !TIME_PATTERN.test(step.time))
      errors.push({
        code: 'bad-time',
        field: `steps.${index}.time`,
        message: 'Give the time as HH:MM, e.g. 21:30.',
      });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: steps.map((step) => ({ id: step.id, time: step.time ?? null })) };
}
