// A person's plan steps, in her order. PUT replaces the whole plan, so a write is delete-then-insert in
// one transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export type StoredPlanStep = { id: string; time: string | null };

export async function listPlanSteps(db: Kysely<Database>, userId: string): Promise<StoredPlanStep[]> {
  const rows = await db
    .selectFrom('plan_steps')
    .select(['item_id', 'time'])
    .where('user_id', '=', userId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ id: row.item_id, time: row.time }));
}

export async function replacePlanSteps(
  db: Kysely<Database>,
  userId: string,
  steps: readonly StoredPlanStep[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('plan_steps').where('user_id', '=', userId).execute();
    if (steps.length === 0) return;
    await trx
      .insertInto('plan_steps')
      .values(
        steps.map((step, position) => ({ user_id: userId, item_id: step.id, time: step.time, position })),
      )
      .execute();
  });
}

/** Every timed step of every person with at least one push subscription, with the person's zone. */
export async function listTimedStepsWithPush(
  db: Kysely<Database>,
): Promise<{ userId: string; timezone: string | null; language: string | null; id: string; time: string }[]> {
  const rows = await db
    .selectFrom('plan_steps')
    .innerJoin('users', 'users.id', 'plan_steps.user_id')
    .select([
      'plan_steps.user_id',
      'users.timezone',
      'users.language',
      'plan_steps.item_id',
      'plan_steps.time',
    ])
    .where('plan_steps.time', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('push_subscriptions')
          .select('push_subscriptions.endpoint')
          .whereRef('push_subscriptions.user_id', '=', 'plan_steps.user_id'),
      ),
    )
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    timezone: row.timezone,
    language: row.language,
    id: row.item_id,
    time: row.time as string,
  }));
}

/**
 * Claims the reminder for one step on one local date: true for the one caller (of any instance) whose
 * insert went in, false when it was already sent.
 */
export async function claimReminder(
  db: Kysely<Database>,
  userId: string,
  itemId: string,
  localDate: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('plan_reminders_sent')
    .values({ user_id: userId, item_id: itemId, local_date: localDate, sent_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'item_id', 'local_date']).doNothing())
    .returning('item_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Drops the record of reminders sent before `before` (they can no longer be sent twice). */
export async function forgetRemindersBefore(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('plan_reminders_sent').where('sent_at', '<', before).execute();
}
