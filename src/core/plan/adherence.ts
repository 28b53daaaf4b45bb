// How often each step was done over the last 14 days, from the daily check-in. The check-in records
// the plan steps done that day (`planStepsDone`); for a step that matches one of the check-in's
// habits (stretching before bed, a warm bath…), an older check-in without that list still counts.
import type { Habit } from '../insights/index.js';
import { dateOfEpochDay, epochDayOf } from '../insights/index.js';
import { stepInfo } from './step-info.js';

export const ADHERENCE_DAYS = 14;

/** The part of a daily check-in adherence reads. `planStepsDone` null: the question was not answered. */
export type PlanCheckin = {
  date: string;
  planStepsDone: readonly string[] | null;
} & Partial<Record<Habit, boolean | null>>;

export type StepAdherence = {
  id: string;
  /** Oldest first, ending today; done is null on a day with no answer. */
  days: { date: string; done: boolean | null }[];
  done: number;
  answered: number;
};

export function adherence(
  steps: readonly { id: string }[],
  checkins: readonly PlanCheckin[],
  today: string,
  days = ADHERENCE_DAYS,
): StepAdherence[] {
  const byDate = new Map(checkins.map((checkin) => [checkin.date, checkin]));
  const last = epochDayOf(today);
  const dates = Array.from({ length: days }, (_, k) => dateOfEpochDay(last - days + 1 + k));
  return steps.map(({ id }) => {
    const habit = stepInfo(id).habit;
    const series = dates.map((date) => {
      const checkin = byDate.get(date);
      let done: boolean | null = null;
      if (checkin?.planStepsDone != null) done = checkin.planStepsDone.includes(id);
      else if (checkin && habit) done = checkin[habit] ?? null;
      return { date, done };
    });
    return {
      id,
      days: series,
      done: series.filter((day) => day.done === true).length,
      answered: series.filter((day) => day.done !== null).length,
    };
  });
}
