// "What to do now" on an urgent or soon result: the steps as short sentences, the call first. The
// engine's long clot warning becomes three plain instructions here, so none of it hides in a link.
// The steps are planned as ids (doNowPlan) so the result page can word them in its language; the English
// words stay here, free of any catalog, because the offline questionnaire's script draws them too.
import type { CallChoice } from '../../core/call/who-to-call.js';
import type { TriageResult } from '../../core/triage/index.js';
import { NO_MASSAGE_WARNING } from '../../core/triage/self-care.js';

export const CLOT_STEPS: readonly string[] = [
  'Do not rub or massage the leg.',
  'Do not warm the leg: no heat pad, hot water bottle or hot bath.',
  'Do not stretch or exercise the leg until it has been checked.',
];

/** One step of "What to do now"; the call steps name whom to call when a name is known. */
export type DoNowStep =
  | 'call-maternity'
  | 'go-in'
  | 'call-urgent'
  | 'seen-today'
  | 'call-soon'
  | 'say-which'
  | 'no-rub'
  | 'no-warm'
  | 'no-stretch'
  | 'keep-open';

/** Whether the result carries the engine's "a clot is possible, leave the leg alone" warning. */
export function clotSuspected(result: Pick<TriageResult, 'watchFor'>): boolean {
  return result.watchFor.includes(NO_MASSAGE_WARNING);
}

/** The steps for an urgent or soon result, in order; none for the other levels. */
export function doNowPlan(result: Pick<TriageResult, 'level' | 'actionId' | 'watchFor'>): DoNowStep[] {
  if (result.level !== 'urgent' && result.level !== 'soon') return [];
  const steps: DoNowStep[] = [];
  if (result.actionId === 'maternity-unit-now') steps.push('call-maternity', 'go-in');
  else if (result.level === 'urgent') steps.push('call-urgent', 'seen-today');
  else steps.push('call-soon', 'say-which');
  if (clotSuspected(result)) steps.push('no-rub', 'no-warm', 'no-stretch');
  steps.push('keep-open');
  return steps;
}

/** The name a call step says: the unit or line, or none when only the emergency number is known. */
export function calledName(call: CallChoice): string | undefined {
  return call.kind === 'emergency' ? undefined : call.label.replace(/^Call /, '');
}

function englishStep(step: DoNowStep, name: string | undefined): string {
  const who = name ?? 'your midwife or maternity unit';
  switch (step) {
    case 'call-maternity':
      return `Call ${who} now and say what is happening.`;
    case 'go-in':
      return 'Go in if they ask you to.';
    case 'call-urgent':
      return `Call ${who} now.`;
    case 'seen-today':
      return 'Ask to be seen today.';
    case 'call-soon':
      return `Call ${who} today or tomorrow.`;
    case 'say-which':
      return 'Say which signs you ticked.';
    case 'no-rub':
      return CLOT_STEPS[0] ?? '';
    case 'no-warm':
      return CLOT_STEPS[1] ?? '';
    case 'no-stretch':
      return CLOT_STEPS[2] ?? '';
    case 'keep-open':
      return 'Keep this page open to show what you answered.';
    default: {
      const unreachable: never = step;
      throw new Error(`Unknown step: ${String(unreachable)}`);
    }
  }
}

/** The short steps for an urgent or soon result, in English; none for the other levels. */
export function doNowSteps(
  result: Pick<TriageResult, 'level' | 'actionId' | 'watchFor'>,
  call: CallChoice,
): string[] {
  const name = calledName(call);
  return doNowPlan(result).map((step) => englishStep(step, name));
}

/** The watch-for lines left once the clot warning has moved into "What to do now". */
export function watchForAfterSteps(result: Pick<TriageResult, 'level' | 'watchFor'>): string[] {
  if (result.level !== 'urgent' && result.level !== 'soon') return result.watchFor;
  return result.watchFor.filter((line) => line !== NO_MASSAGE_WARNING);
}
