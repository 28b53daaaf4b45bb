// Counts attempts per key in a fixed window. An attempt is taken *before* the slow work it guards
// (a password hash), so a burst of simultaneous requests cannot all pass a check made before any of
// them was counted; a success gives its attempt back.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { countAttempts, giveBackAttempt, resetAttempts, takeAttempt } from '../db/repos/rate-limits.js';
import type { Database } from '../db/schema.js';

export type AttemptLimit = { max: number; windowMs: number };

/** The counting seam: each operation is atomic per key, across every instance sharing the store. */
export interface AttemptCounter {
  /** Counts one attempt and answers 0, or answers the milliseconds to wait (counting nothing) when full. */
  take(key: string): Promise<number>;
  /** Returns one attempt taken earlier (the guarded work succeeded). */
  giveBack(key: string): Promise<void>;
  /** Attempts counted for the key in its current window. */
  count(key: string): Promise<number>;
  /** Forgets the key. */
  reset(key: string): Promise<void>;
}

/**
 * Counts in the database (table rate_limit_counts), so that N instances on one PostgreSQL share one limit.
 * The same code runs on PGlite, where one process owns the store: one code path, and a restart does not
 * forget the counts. Keys are stored as SHA-256 hashes, never as addresses or emails in clear.
 */
export class StoreAttemptCounter implements AttemptCounter {
  constructor(
    private readonly db: Kysely<Database>,
    /** Names the limit in the table; two limits must not share a name. */
    private readonly limiter: string,
    private readonly limit: AttemptLimit,
    private readonly now: () => Date,
  ) {}

  take(key: string): Promise<number> {
    return takeAttempt(this.db, this.limiter, hashKey(key), this.limit, this.now());
  }

  giveBack(key: string): Promise<void> {
    return giveBackAttempt(this.db, this.limiter, hashKey(key), this.now());
  }

  count(key: string): Promise<number> {
    return countAttempts(this.db, this.limiter, hashKey(key), this.now());
  }

  reset(key: string): Promise<void> {
    return resetAttempts(this.db, this.limiter, hashKey(key));
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/**
 * The delay before checking a password for an account that has had `failures` recent failures from
 * anywhere: none for the first few, then doubling up to a cap. It slows a guesser spread over many
 * addresses without ever refusing the account's owner.
 */
export function slowdownMs(failures: number, { free = 5, baseMs = 250, capMs = 4000 } = {}): number {
  if (failures <= free) return 0;
  return Math.min(capMs, baseMs * 2 ** (failures - free - 1));
}
