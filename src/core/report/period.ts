// The dates a report (and its FHIR export) covers: as asked, else from the first entry up to today.
import { dateOfEpochDay, epochDayOf, ZoneClock } from '../insights/local-time.js';
import { calendarDateIn } from '../pregnancy/gestational-age.js';
import type { ReportInput, ReportOptions } from './types.js';

export type ReportError = { code: 'invalid_range'; message: string };

export type ReportPeriod = { ok: true; from: string; to: string; firstDay: number; lastDay: number };

export function reportPeriod(
  input: ReportInput,
  options: ReportOptions,
): ReportPeriod | { ok: false; error: ReportError } {
  const clock = new ZoneClock(input.person.timeZone);
  const to = options.to ?? calendarDateIn(input.person.timeZone, options.now);
  let from = options.from;
  if (from === null) {
    const days = [
      ...input.episodes.map((e) => clock.localTime(Date.parse(e.startedAt)).epochDay),
      ...input.checkins.map((c) => epochDayOf(c.date)),
      ...input.triageChecks.map((t) => clock.localTime(Date.parse(t.createdAt)).epochDay),
    ];
    from = dateOfEpochDay(Math.min(epochDayOf(to), ...days));
  }
  const firstDay = epochDayOf(from);
  const lastDay = epochDayOf(to);
  if (firstDay > lastDay) {
    return { ok: false, error: { code: 'invalid_range', message: `from (${from}) is after to (${to})` } };
  }
  return { ok: true, from, to, firstDay, lastDay };
}
