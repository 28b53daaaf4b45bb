// The private calendar feed's tokens. The token is an HMAC of the row's id under the server key, so the
// plan page can show the URL again without the store holding the token: the store keeps only its SHA-256,
// and a stolen database alone does not open anyone's feed.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export const feedTokenOf = (key: string, rowId: string): string =>
  createHmac('sha256', key).update(`plan-feed:${rowId}`).digest('base64url');

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The person's live feed token, made on first use. */
export async function liveFeedToken(
  db: Kysely<Database>,
  key: string,
  userId: string,
  now: Date,
): Promise<string> {
  const live = await db
    .selectFrom('plan_feed_tokens')
    .select('id')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (live) return feedTokenOf(key, live.id);
  return issue(db, key, userId, now);
}

async function issue(db: Kysely<Database>, key: string, userId: string, now: Date): Promise<string> {
  const id = randomUUID();
  const token = feedTokenOf(key, id);
  // Two first visits at once: the partial unique index keeps one live token; the loser reads it back.
  const inserted = await db
    .insertInto('plan_feed_tokens')
    .values({ id, user_id: userId, token_hash: hashOf(token), created_at: now })
    .onConflict((oc) => oc.column('user_id').where('revoked_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? token : liveFeedToken(db, key, userId, now);
}

/** Revokes the live token (its URL then answers 404) and issues a new one. */
export async function rotateFeedToken(
  db: Kysely<Database>,
  key: string,
  userId: string,
  now: Date,
): Promise<string> {
  await db
    .updateTable('plan_feed_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  return issue(db, key, userId, now);
}

/** The person a live token belongs to, or undefined for an unknown or revoked token. */
export async function personOfFeedToken(db: Kysely<Database>, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('plan_feed_tokens')
    .select('user_id')
    .where('token_hash', '=', hashOf(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.user_id;
}
