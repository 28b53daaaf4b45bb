// Attempt counts in the store, so that every instance on one PostgreSQL counts against the same limit.
// Each operation is one statement: the row lock that `on conflict do update` takes makes simultaneous
// takes for one key queue behind each other, so a burst split over several instances is capped exactly.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Counts one attempt unless the key's window is full. A window that has ended starts again at this
 * attempt. Answers 0, or the milliseconds until the full window ends (counting nothing).
 */
export async function takeAttempt(
  db: Kysely<Database>,
  limiter: string,
  keyHash: string,
  limit: { max: number; windowMs: number },
  now: Date,
): Promise<number> {
  const windowEnds = new Date(now.getTime() + limit.windowMs);
  const taken = await sql<{ count: number }>`
    insert into rate_limit_counts as r (limiter, key_hash, count, window_ends_at)
    values (${limiter}, ${keyHash}, 1, ${windowEnds})
    on conflict (limiter, key_hash) do update set
      count = case when r.window_ends_at <= ${now} then 1 else r.count + 1 end,
      window_ends_at = case when r.window_ends_at <= ${now} then excluded.window_ends_at else r.window_ends_at end
    where r.window_ends_at <= ${now} or r.count < ${limit.max}
    returning r.count`.execute(db);
  if (taken.rows.length > 0) return 0;
  const full = await db
    .selectFrom('rate_limit_counts')
    .select('window_ends_at')
    .where('limiter', '=', limiter)
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
  // The window may have ended between the two statements: then the caller may simply try again.
  return Math.max(1, (full?.window_ends_at.getTime() ?? now.getTime()) - now.getTime());
}

/** Gives back one attempt counted in the key's current window. */
export async function giveBackAttempt(
  db: Kysely<Database>,
  limiter: string,
  keyHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('rate_limit_counts')
    .set({ count: sql`count - 1` })
    .where('limiter', '=', limiter)
    .where('key_hash', '=', keyHash)
    .where('window_ends_at', '>', now)
    .where('count', '>', 0)
    .execute();
}

export async function countAttempts(
  db: Kysely<Database>,
  limiter: string,
  keyHash: string,
  now: Date,
): Promise<number> {
  const row = await db
    .selectFrom('rate_limit_counts')
    .select('count')
    .where('limiter', '=', limiter)
    .where('key_hash', '=', keyHash)
    .where('window_ends_at', '>', now)
    .executeTakeFirst();
  return row?.count ?? 0;
}

export async function resetAttempts(db: Kysely<Database>, limiter: string, keyHash: string): Promise<void> {
  await db
    .deleteFrom('rate_limit_counts')
    .where('limiter', '=', limiter)
    .where('key_hash', '=', keyHash)
    .execute();
}

/** Deletes the windows that have ended, and counts given back to zero. */
export async function deleteEndedWindows(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('rate_limit_counts')
    .where((eb) => eb.or([eb('window_ends_at', '<=', now), eb('count', '<=', 0)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
