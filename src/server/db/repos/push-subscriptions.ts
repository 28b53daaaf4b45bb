// Browsers' push subscriptions for plan reminders. The endpoint is the key: subscribing again from the
// same browser (or from another account on a shared phone) replaces the row.
import type { Kysely } from 'kysely';
import type { PushSubscriptionRecord } from '../../plan/web-push.js';
import type { Database } from '../schema.js';

export async function savePushSubscription(
  db: Kysely<Database>,
  userId: string,
  subscription: PushSubscriptionRecord,
  now: Date,
): Promise<void> {
  const values = {
    user_id: userId,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    created_at: now,
  };
  await db
    .insertInto('push_subscriptions')
    .values({ endpoint: subscription.endpoint, ...values })
    .onConflict((oc) => oc.column('endpoint').doUpdateSet(values))
    .execute();
}

/** Deletes the person's subscription with this endpoint; false when she had none. */
export async function deletePushSubscription(
  db: Kysely<Database>,
  userId: string,
  endpoint: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('push_subscriptions')
    .where('user_id', '=', userId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes a subscription the push service reported gone (404/410), whoever owns it. */
export async function deleteGoneSubscription(db: Kysely<Database>, endpoint: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
}

export async function listPushSubscriptions(
  db: Kysely<Database>,
  userId: string,
): Promise<PushSubscriptionRecord[]> {
  const rows = await db
    .selectFrom('push_subscriptions')
    .select(['endpoint', 'p256dh', 'auth'])
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => ({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }));
}
