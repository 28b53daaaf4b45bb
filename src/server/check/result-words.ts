// The headline of a result by its level and action, as catalog ids: the server's result page and the
// offline questionnaire's script (which gets the words from its page, already in the language) share them.
import type { ActionId, TriageLevel } from '../../core/triage/index.js';

/** Every headline's catalog id (the offline page words them all for its script). */
export const HEADLINE_MESSAGES: readonly string[] = [
  'triage.headline.emergency',
  'triage.headline.maternity-unit-now',
  'triage.headline.urgent',
  'triage.headline.soon',
  'triage.headline.routine',
  'triage.headline.self-care',
];

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
