// The result's level names and headlines in English, for the offline questionnaire's script, which draws
// the same answer in the page; the server's result page words them from the triage catalog by
// headlineMessage(). Free of any catalog, so the script's bundle stays small.
import type { ActionId, TriageLevel } from '../../core/triage/index.js';

export const LEVEL_NAMES: Readonly<Record<TriageLevel, string>> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  soon: 'Soon',
  routine: 'Routine',
  'self-care': 'Self-care',
};

export function headline(level: TriageLevel, actionId: ActionId | undefined, number: string): string {
  switch (level) {
    case 'emergency':
      return `Call ${number} now`;
    case 'urgent':
      return actionId === 'maternity-unit-now' ? 'Go to your maternity unit now' : 'Get seen today';
    case 'soon':
      return 'Contact your midwife or doctor in the next day or two';
    case 'routine':
      return 'Mention it at your next appointment';
    case 'self-care':
      return 'You can look after this at home';
    default: {
      const unreachable: never = level;
      throw new Error(`Unknown triage level: ${String(unreachable)}`);
    }
  }
}

/** The catalog id of the headline, for the server's result page in the reader's language. */
export function headlineMessage(level: TriageLevel, actionId: ActionId | undefined): string {
  switch (level) {
    case 'emergency':
      return 'triage.headline.emergency';
    case 'urgent':
      return actionId === 'maternity-unit-now'
        ? 'triage.headline.maternity-unit-now'
        : 'triage.headline.urgent';
    case 'soon':
      return 'triage.headline.soon';
    case 'routine':
      return 'triage.headline.routine';
    case 'self-care':
      return 'triage.headline.self-care';
    default: {
      const unreachable: never = level;
      throw new Error(`Unknown triage level: ${String(unreachable)}`);
    }
  }
}
