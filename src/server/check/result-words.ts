// The result's level names and headlines, shared by the server's result page and the offline
// questionnaire's script, which draws the same answer in the page.
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
