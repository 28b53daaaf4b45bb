// Week of pregnancy, or weeks since the birth, on the day the report is made.

import { epochDayOf } from '../insights/local-time.js';
import { calendarDateIn, gestationalAgeOn } from '../pregnancy/gestational-age.js';
import type { ReportPerson, ReportStage } from './types.js';

export function stageOf(person: ReportPerson, now: Date): ReportStage {
  const today = calendarDateIn(person.timeZone, now);
  if (person.birthDate !== null && epochDayOf(person.birthDate) <= epochDayOf(today)) {
    const days = epochDayOf(today) - epochDayOf(person.birthDate);
    return {
      status: 'after-birth',
      birthDate: person.birthDate,
      weeksSinceBirth: Math.floor(days / 7),
      daysSinceBirth: days,
    };
  }
  if (person.dueDate === null) return { status: 'unknown' };
  const age = gestationalAgeOn(person.dueDate, today);
  switch (age.status) {
    case 'pregnant':
    case 'post-term':
      return { status: age.status, dueDate: person.dueDate, weeks: age.weeks, days: age.days };
    case 'not-yet':
      return { status: 'not-yet', dueDate: person.dueDate };
    case 'ended':
      // No birth date recorded: say how long ago the due date was, not when the baby came.
      return {
        status: 'past-due-date',
        dueDate: person.dueDate,
        weeksSinceDueDate: Math.floor(age.daysSinceDue / 7),
      };
    default: {
      const unreachable: never = age;
      return unreachable;
    }
  }
}
