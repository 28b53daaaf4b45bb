/**
 * The five triage levels, their order, and the plain-language action shown with each.
 * The order is the single source of truth for "more urgent than".
 */

import { DEFAULT_REGION, type EmergencyNumber } from './emergency-numbers.js';

export const TRIAGE_LEVELS = ['self-care', 'routine', 'soon', 'urgent', 'emergency'] as const;

export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

const RANK: Readonly<Record<TriageLevel, number>> = {
  'self-care': 0,
  routine: 1,
  soon: 2,
  urgent: 3,
  emergency: 4,
};

export function isTriageLevel(value: unknown): value is TriageLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

/** 0 for self-care up to 4 for emergency. */
export function levelRank(level: TriageLevel): number {
  return RANK[level];
}

/** The more urgent of the given levels; self-care when none are given (nothing found, nothing to escalate). */
export function maxLevel(levels: Iterable<TriageLevel>): TriageLevel {
  let highest: TriageLevel = 'self-care';
  for (const level of levels) {
    if (RANK[level] > RANK[highest]) highest = level;
  }
  return highest;
}

function whereFrom(contact: EmergencyNumber): string {
  return contact.region === DEFAULT_REGION
    ? 'it reaches emergency services from most mobile phones; use your local number if it is different'
    : `emergency number, ${contact.label}`;
}

/**
 * The instruction shown with a level, in plain words for someone worried at night.
 * @example actionFor('emergency', emergencyNumberFor('GB')) // 'Call 999 now for an ambulance …'
 */
export function actionFor(level: TriageLevel, contact: EmergencyNumber): string {
  switch (level) {
    case 'emergency':
      return (
        `Call ${contact.number} now for an ambulance (${whereFrom(contact)}). ` +
        'Say that you are pregnant, how many weeks, and what is happening. Do not drive yourself.'
      );
    case 'urgent':
      return (
        'Contact your maternity unit, midwife or doctor now and ask to be seen today. ' +
        `If you cannot reach them, go to urgent care. If you get worse while waiting, call ${contact.number}.`
      );
    case 'soon':
      return 'Contact your midwife or doctor within the next day or two so they can check what is behind this.';
    case 'routine':
      return 'Mention this at your next prenatal appointment; it does not need a call before then.';
    case 'self-care':
      return 'This can be looked after at home with the relief and prevention steps below. Check again if anything changes.';
    default: {
      const unreachable: never = level;
      throw new Error(`Unknown triage level: ${String(unreachable)}`);
    }
  }
}
