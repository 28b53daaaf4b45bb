/** Public API of the personal plan: suggestions with reasons, validation of a chosen plan, adherence. */
export { ADHERENCE_DAYS, adherence, type PlanCheckin, type StepAdherence } from './adherence.js';
export { type DiaryInput, formatWindow, peakWindow } from './diary-signals.js';
export { BARRED_SAFETY, eligibility, PLAN_KINDS, type PlanItemFact } from './items.js';
export { STEP_INFO, type StepInfo, stepInfo } from './step-info.js';
export {
  buildPlan,
  MAX_SUGGESTIONS,
  type Plan,
  type PlanInput,
  type PlanReason,
  type PlanStep,
  type PlanStepChoice,
  type PlanSuggestion,
} from './suggest.js';
export { MAX_PLAN_STEPS, type PlanError, TIME_PATTERN, validatePlanChoice } from './validate.js';
export { type PlanView, planView } from './view.js';
