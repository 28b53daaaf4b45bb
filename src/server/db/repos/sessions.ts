// Server-side sessions keyed by a hash of the cookie token, with a sliding expiry.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Extend at most once a day, so reads do not turn into a write on every request. */
const EXTEND_AFTER_MS = DAY_MS;

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_DAYS * DAY_MS);
}

export async function insertSession(
  db: Kysely<Database>,
  id: string,
  userId: string,
  now: Date,
): Promise<Date> {
  const expiresAt = sessionExpiry(now);
  await db
    .insertInto('sessions')
    .values({ id, user_id: userId, created_at: now, expires_at: expiresAt })
    .execute();
  return expiresAt;
}

/** The session's user id and expiry, extended when due; undefined when unknown or expired. */
export async function touchSession(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<{ userId: string; expiresAt: Date; extended: boolean } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at'])
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const fresh = sessionExpiry(now);
  if (fresh.getTime() - row.expires_at.getTime() < EXTEND_AFTER_MS) {
    return { userId: row.user_id, expiresAt: row.expires_at, extended: false };
  }
  await db.updateTable('sessions').set({ expires_at: fresh }).where('id', '=', id).execute();
  return { userId: row.user_id, expiresAt: fresh, extended: true };
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
