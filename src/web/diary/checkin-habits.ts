// The daily check-in's answers: which are habits (copied forward from the last check-in, so a
// usual day takes seconds) and which belong to the day alone (swelling, notes).
import type { IntlShape } from 'react-intl';
import type { Checkin, CheckinFields } from './diary-api';

export const YES_NO_HABITS = [
  'stretchedBeforeBed',
  'warmBath',
  'legsElevated',
  'compressionStockings',
  'sleptOnLeftSide',
] as const;
export type YesNoHabit = (typeof YES_NO_HABITS)[number];

const HABIT_IDS: Record<YesNoHabit, string> = {
  stretchedBeforeBed: 'diary.habit.stretchedBeforeBed',
  warmBath: 'diary.habit.warmBath',
  legsElevated: 'diary.habit.legsElevated',
  compressionStockings: 'diary.habit.compressionStockings',
  sleptOnLeftSide: 'diary.habit.sleptOnLeftSide',
};

/** "Stretched before bed", in the page's language. */
export const habitLabel = (intl: IntlShape, habit: YesNoHabit) =>
  intl.formatMessage({ id: HABIT_IDS[habit] });

export const EMPTY_CHECKIN: CheckinFields = {
  waterGlasses: null,
  walkedMinutes: null,
  standingHours: null,
  stretchedBeforeBed: null,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
  planStepsDone: null,
};

/** The answers of a stored check-in, to edit it. */
export function answersOf(checkin: Checkin): CheckinFields {
  const { date: _date, createdAt: _created, updatedAt: _updated, ...answers } = checkin;
  return {
    ...answers,
    supplements: answers.supplements && [...answers.supplements],
    planStepsDone: answers.planStepsDone && [...answers.planStepsDone],
  };
}

/** A new day's answers pre-filled from an earlier check-in: its habits, not its swelling, notes or plan steps done. */
export function habitsFrom(previous: Checkin): CheckinFields {
  return { ...answersOf(previous), swelling: null, notes: null, planStepsDone: null };
}

/**
 * The check-in form asks "tick what you did today", so on saving an unticked habit is a no and
 * no supplement ticked means none; amounts left empty and swelling left unchosen stay unanswered.
 */
export function answersToSave(answers: CheckinFields): CheckinFields {
  const saved: CheckinFields = { ...answers, supplements: answers.supplements ?? [] };
  for (const habit of YES_NO_HABITS) saved[habit] = answers[habit] === true;
  const notes = answers.notes?.trim();
  saved.notes = notes ? notes : null;
  return saved;
}

/** A stepper's next value, kept inside its range; from empty, + gives one step and − gives the minimum. */
export function clampStep(value: number | null, step: number, min: number, max: number): number {
  const next = value === null ? (step > 0 ? min + step : min) : value + step;
  return Math.min(max, Math.max(min, next));
}
