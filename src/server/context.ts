// What every route plugin receives: the store, the config, the clock and the limiters.
import type { Kysely } from 'kysely';
import type { KnowledgeBase } from '../content/knowledge-base.js';
import type { AttemptLimit } from './auth/attempt-limiter.js';
import type { SessionCache } from './auth/session-cache.js';
import type { Config } from './config.js';
import type { StoreKind } from './db/connect.js';
import type { Database } from './db/schema.js';

export type RateLimits = {
  /** Log-in attempts that fail, from one address across accounts. */
  loginFailuresPerIp: AttemptLimit;
  /** Log-in attempts that fail, from one address against one account (never the account alone). */
  loginFailuresPerAddressAndAccount: AttemptLimit;
  /** Sign-up attempts from one address, successful or not. */
  signupsPerIp: AttemptLimit;
  /** Changes (POST, PUT, PATCH, DELETE under /api/) by one signed-in person. */
  writesPerAccount: AttemptLimit;
  /** Wrong passcodes for one share link, from anywhere. */
  sharePasscodeFailures: AttemptLimit;
};

const MINUTE = 60_000;
export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginFailuresPerIp: { max: 20, windowMs: 15 * MINUTE },
  loginFailuresPerAddressAndAccount: { max: 5, windowMs: 15 * MINUTE },
  signupsPerIp: { max: 30, windowMs: 60 * MINUTE },
  // An offline diary replays its queue at once; 600 changes in 10 minutes is far above any person's pace.
  writesPerAccount: { max: 600, windowMs: 10 * MINUTE },
  // Per link, not per address: a guesser with many addresses gets no more tries. The link's 256-bit
  // token is the real secret; the passcode guards a link that reached the wrong person.
  sharePasscodeFailures: { max: 10, windowMs: 15 * MINUTE },
};

export type AppContext = {
  db: Kysely<Database>;
  storeKind: StoreKind;
  config: Config;
  now: () => Date;
  rateLimits: RateLimits;
  /** The knowledge base, loaded and checked once per process. */
  knowledge: KnowledgeBase;
  sessions: SessionCache;
  /** The key that turns a session cookie into its stored id (SESSION_SECRET, a DATA_DIR file, or the database). */
  sessionKey: string;
};
