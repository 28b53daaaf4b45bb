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

/** Where to go, which says more than the level: an obstetric `urgent` needs a unit that can monitor the baby. */
export const ACTION_IDS = [
  'call-emergency',
  'maternity-unit-now',
  'seen-today',
  'within-2-days',
  'next-appointment',
  'self-care',
] as const;

export type ActionId = (typeof ACTION_IDS)[number];

/** The level each action belongs to (docs/triage.md, "Where to go"). */
export const ACTION_LEVEL: Readonly<Record<ActionId, TriageLevel>> = {
  'call-emergency': 'emergency',
  'maternity-unit-now': 'urgent',
  'seen-today': 'urgent',
  'within-2-days': 'soon',
  'next-appointment': 'routine',
  'self-care': 'self-care',
};

const DEFAULT_ACTION: Readonly<Record<TriageLevel, ActionId>> = {
  emergency: 'call-emergency',
  urgent: 'seen-today',
  soon: 'within-2-days',
  routine: 'next-appointment',
  'self-care': 'self-care',
};

/** The action of a level when nothing obstetric decides the destination. */
export function defaultActionId(level: TriageLevel): ActionId {
  return DEFAULT_ACTION[level];
}

/**
 * The instruction for an action, in plain words for someone worried at night.
 * @example actionText('call-emergency', emergencyNumberFor('GB')) // 'Call 999 now for an ambulance …'
 */
export function actionText(action: ActionId, contact: EmergencyNumber, afterBirth = false): string {
  switch (action) {
    case 'call-emergency':
      return (
        `Call ${contact.number} now for an ambulance (${whereFrom(contact)}). ` +
        (afterBirth
          ? 'Say that you had a baby recently, how many weeks ago, and what is happening. '
          : 'Say that you are pregnant, how many weeks, and what is happening. ') +
        'Do not drive yourself.'
      );
    case 'maternity-unit-now':
      return (
        'Call or go to your maternity unit (labour ward) now. ' +
        'If you cannot reach it, go to the emergency department (A&E, ER), not a general urgent-care centre: ' +
        `it cannot monitor you${afterBirth ? '' : ' and the baby'}. ` +
        `If you cannot get there, or you get worse, call ${contact.number}.`
      );
    case 'seen-today':
      return (
        'Contact your midwife, doctor or maternity unit now and ask to be seen today. ' +
        'If you cannot reach them, go to the emergency department or urgent care. ' +
        `If you get worse while waiting, call ${contact.number}.`
      );
    case 'within-2-days':
      return 'Contact your midwife or doctor within the next day or two so they can check what is behind this.';
    case 'next-appointment':
      return afterBirth
        ? 'Mention this at your next postnatal check or doctor visit; it does not need a call before then.'
        : 'Mention this at your next prenatal appointment; it does not need a call before then.';
    case 'self-care':
      return 'This can be looked after at home with the relief and prevention steps below. Check again if anything changes.';
    default: {
      const unreachable: never = action;
      throw new Error(`Unknown action: ${String(unreachable)}`);
    }
  }
}

/**
 * The default instruction shown with a level.
 * @example actionFor('emergency', emergencyNumberFor('GB')) // 'Call 999 now for an ambulance …'
 */
export function actionFor(level: TriageLevel, contact: EmergencyNumber): string {
  if (!isTriageLevel(level)) throw new Error(`Unknown triage level: ${String(level)}`);
  return actionText(DEFAULT_ACTION[level], contact);
}
