// Daily check-ins: one per person per date, written whole by an idempotent upsert.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { CheckinRecord } from '../../../core/insights/records.js';
import type { CheckinsTable, Database } from '../schema.js';

export type { CheckinRecord };

export type CheckinAnswers = Omit<CheckinRecord, 'date' | 'createdAt' | 'updatedAt'>;

function toRecord(row: Selectable<CheckinsTable>): CheckinRecord {
  return {
    date: row.date,
    waterGlasses: row.water_glasses,
    walkedMinutes: row.walked_minutes,
    standingHours: row.standing_hours,
    stretchedBeforeBed: row.stretched_before_bed,
    warmBath: row.warm_bath,
    legsElevated: row.legs_elevated,
    compressionStockings: row.compression_stockings,
    sleptOnLeftSide: row.slept_on_left_side,
    supplements: row.supplements,
    swelling: row.swelling,
    notes: row.notes,
    planStepsDone: row.plan_steps_done,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Creates or replaces the check-in for `date`; `created` tells which. */
export async function upsertCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
  answers: CheckinAnswers,
  now: Date,
): Promise<{ checkin: CheckinRecord; created: boolean }> {
  const columns = {
    water_glasses: answers.waterGlasses,
    walked_minutes: answers.walkedMinutes,
    standing_hours: answers.standingHours,
    stretched_before_bed: answers.stretchedBeforeBed,
    warm_bath: answers.warmBath,
    legs_elevated: answers.legsElevated,
    compression_stockings: answers.compressionStockings,
    slept_on_left_side: answers.sleptOnLeftSide,
    supplements: answers.supplements,
    swelling: answers.swelling,
    notes: answers.notes,
    plan_steps_done: answers.planStepsDone,
  };
  const row = await db
    .insertInto('checkins')
    .values({ user_id: userId, date, ...columns, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'date']).doUpdateSet({ ...columns, updated_at: now }))
    .returningAll()
    // xmax is 0 only on a freshly inserted row version: the PostgreSQL way to tell insert from update.
    .returning(sql<boolean>`(xmax = 0)`.as('created'))
    .executeTakeFirstOrThrow();
  const { created, ...stored } = row;
  return { checkin: toRecord(stored), created };
}

export async function findCheckin(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<CheckinRecord | undefined> {
  const row = await db
    .selectFrom('checkins')
    .selectAll()
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Check-ins dated from–to (inclusive, either open), in date order. */
export async function listCheckins(
  db: Kysely<Database>,
  userId: string,
  range: { from?: string; to?: string; order?: 'asc' | 'desc' } = {},
): Promise<CheckinRecord[]> {
  let query = db
    .selectFrom('checkins')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date', range.order ?? 'asc');
  if (range.from !== undefined) query = query.where('date', '>=', range.from);
  if (range.to !== undefined) query = query.where('date', '<=', range.to);
  return (await query.execute()).map(toRecord);
}

export async function deleteCheckin(db: Kysely<Database>, userId: string, date: string): Promise<boolean> {
  const result = await db
    .deleteFrom('checkins')
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
