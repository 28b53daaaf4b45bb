// The food check's optional daily log, kept in the day's check-in: the foods, servings, supplements and
// diet as the person entered them (the figures are computed again when read, so they follow the table).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').addColumn('food_log', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('food_log').execute();
}
