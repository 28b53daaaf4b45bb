// The diary's check-in rules: a day may be recorded up to tomorrow on the person's own calendar (time
// zones ahead of the server), and each date has at most one check-in, replaced whole by the next.
import { Temporal } from 'temporal-polyfill';
import type { DateRangeQuery } from '../../contract/checkins.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import type { AppContext } from '../context.js';
import {
  type CheckinAnswers,
  type CheckinRecord,
  deleteCheckin,
  findCheckin,
  listCheckins,
  upsertCheckin,
} from '../db/repos/checkins.js';
import { invalidFields, notFound } from '../errors.js';
import type { Person } from '../person.js';

const checkinNotFound = () => notFound('A check-in for that date');

/** Creates or replaces the check-in for `date`; a date after tomorrow in the person's zone is a 400. */
export async function recordCheckin(
  ctx: AppContext,
  { user, zone, now }: Person,
  date: string,
  answers: CheckinAnswers,
): Promise<{ checkin: CheckinRecord; created: boolean }> {
  const latest = Temporal.PlainDate.from(calendarDateIn(zone, now)).add({ days: 1 }).toString();
  if (date > latest) {
    throw invalidFields({ date: `must not be after ${latest} (tomorrow in your time zone)` });
  }
  return upsertCheckin(ctx.db, user.id, date, answers, now);
}

/** Check-ins dated from–to (inclusive, either open), newest first. */
export async function checkinsBetween(
  ctx: AppContext,
  userId: string,
  { from, to }: DateRangeQuery,
): Promise<{ items: CheckinRecord[] }> {
  const items = await listCheckins(ctx.db, userId, {
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    order: 'desc',
  });
  return { items };
}

export async function getCheckin(ctx: AppContext, userId: string, date: string): Promise<CheckinRecord> {
  const checkin = await findCheckin(ctx.db, userId, date);
  if (!checkin) throw checkinNotFound();
  return checkin;
}

export async function removeCheckin(ctx: AppContext, userId: string, date: string): Promise<void> {
  if (!(await deleteCheckin(ctx.db, userId, date))) throw checkinNotFound();
}
