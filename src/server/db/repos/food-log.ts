// The food check's daily log, stored in the day's check-in row (checkins.food_log). Saving a log on a day
// without a check-in starts that day's check-in with no other answers; the check-in's own PUT never
// touches the log, and deleting the check-in deletes it.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

export type StoredFoodLog = {
  items: { food: string; servings: number }[];
  supplements: { nutrient: string; amount: number; unit: string }[];
  diet: string[];
};
export type FoodLogRecord = StoredFoodLog & { date: string; updatedAt: string };

export async function putFoodLog(
  db: Kysely<Database>,
  userId: string,
  date: string,
  log: StoredFoodLog,
  now: Date,
): Promise<{ log: FoodLogRecord; created: boolean }> {
  const json = JSON.stringify(log);
  const row = await db
    .insertInto('checkins')
    .values({ user_id: userId, date, food_log: json, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'date']).doUpdateSet({ food_log: json, updated_at: now }))
    .returning(['date', 'food_log', 'updated_at'])
    // xmax is 0 only on a freshly inserted row version: the PostgreSQL way to tell insert from update.
    .returning(sql<boolean>`(xmax = 0)`.as('created'))
    .executeTakeFirstOrThrow();
  return { log: toRecord(row.date, row.food_log!, row.updated_at), created: row.created };
}

export async function findFoodLog(
  db: Kysely<Database>,
  userId: string,
  date: string,
): Promise<FoodLogRecord | undefined> {
  const row = await db
    .selectFrom('checkins')
    .select(['date', 'food_log', 'updated_at'])
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .where('food_log', 'is not', null)
    .executeTakeFirst();
  return row ? toRecord(row.date, row.food_log!, row.updated_at) : undefined;
}

/** Every saved log, oldest first (for the export). */
export async function listFoodLogs(db: Kysely<Database>, userId: string): Promise<FoodLogRecord[]> {
  const rows = await db
    .selectFrom('checkins')
    .select(['date', 'food_log', 'updated_at'])
    .where('user_id', '=', userId)
    .where('food_log', 'is not', null)
    .orderBy('date', 'asc')
    .execute();
  return rows.map((row) => toRecord(row.date, row.food_log!, row.updated_at));
}

/** Clears the day's log; the check-in and its other answers stay. False when there was none. */
export async function clearFoodLog(db: Kysely<Database>, userId: string, date: string): Promise<boolean> {
  const result = await db
    .updateTable('checkins')
    .set({ food_log: null })
    .where('user_id', '=', userId)
    .where('date', '=', date)
    .where('food_log', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

function toRecord(date: string, log: StoredFoodLog, updatedAt: Date): FoodLogRecord {
  return {
    date,
    items: log.items,
    supplements: log.supplements,
    diet: log.diet,
    updatedAt: updatedAt.toISOString(),
  };
}
