// "What to do now" on an urgent or soon result: the steps as short sentences, the call first. The
// engine's long clot warning becomes three plain instructions here, so none of it hides in a link.
import type { CallChoice } from '../../core/call/who-to-call.js';
import type { TriageResult } from '../../core/triage/index.js';
import { NO_MASSAGE_WARNING } from '../../core/triage/self-care.js';

export const CLOT_STEPS: readonly string[] = [
  'Do not rub or massage the leg.',
  'Do not warm the leg: no heat pad, hot water bottle or hot bath.',
  'Do not stretch or exercise the leg until it has been checked.',
];

/** Whether the result carries the engine's "a clot is possible, leave the leg alone" warning. */
export function clotSuspected(result: Pick<TriageResult, 'watchFor'>): boolean {
  return result.watchFor.includes(NO_MASSAGE_WARNING);
}

/** The short steps for an urgent or soon result; none for the other levels. */
export function doNowSteps(
  result: Pick<TriageResult, 'level' | 'actionId' | 'watchFor'>,
  call: CallChoice,
): string[] {
  if (result.level !== 'urgent' && result.level !== 'soon') return [];
  const who = call.kind === 'emergency' ? 'your midwife or maternity unit' : call.label.replace(/^Call /, '');
  const steps: string[] = [];
  if (result.actionId === 'maternity-unit-now') {
    steps.push(`Call ${who} now and say what is happening.`, 'Go in if they ask you to.');
  } else if (result.level === 'urgent') {
    steps.push(`Call ${who} now.`, 'Ask to be seen today.');
  } else {
    steps.push(`Call ${who} today or tomorrow.`, 'Say which signs you ticked.');
  }
  if (clotSuspected(result)) steps.push(...CLOT_STEPS);
  steps.push('Keep this page open to show what you answered.');
  return steps;
}

/** The watch-for lines left once the clot warning has moved into "What to do now". */
export function watchForAfterSteps(result: Pick<TriageResult, 'level' | 'watchFor'>): string[] {
  if (result.level !== 'urgent' && result.level !== 'soon') return result.watchFor;
  return result.watchFor.filter((line) => line !== NO_MASSAGE_WARNING);
}
