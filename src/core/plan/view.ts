// Everything the plan page shows apart from the feed URL: the plan with its reasons and 14 days of
// adherence per step. GET and PUT /api/plan answer with this plus `icsUrl`.
import { ADHERENCE_DAYS, adherence, type PlanCheckin, type StepAdherence } from './adherence.js';
import { buildPlan, type Plan, type PlanInput } from './suggest.js';

export type PlanView = Plan & { adherence: StepAdherence[] };

export function planView(
  input: PlanInput & { planCheckins: readonly PlanCheckin[]; today: string },
): PlanView {
  const plan = buildPlan(input);
  return { ...plan, adherence: adherence(plan.steps, input.planCheckins, input.today, ADHERENCE_DAYS) };
}
