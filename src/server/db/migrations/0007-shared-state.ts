// State that several instances on one PostgreSQL must share: attempt counts for the rate limits, and the
// session key when SESSION_SECRET is not set. (PGlite has one process per data folder; it uses the same
// tables so that there is one code path.)
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per (limiter, key) and its current window. A window starts at the first attempt and lasts the
  // limit's length, as the in-memory counter did, so a burst cannot straddle an aligned window boundary
  // and pass twice the limit. `key_hash` is a SHA-256 of the key: no address or email is kept in clear.
  await sql`
    create table rate_limit_counts (
      limiter text not null,
      key_hash text not null,
      count integer not null check (count >= 0),
      window_ends_at timestamptz not null,
      primary key (limiter, key_hash)
    )`.execute(db);
  await sql`create index rate_limit_counts_window_ends_at on rate_limit_counts (window_ends_at)`.execute(db);

  await sql`
    create table app_secrets (
      name text primary key,
      value text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table app_secrets`.execute(db);
  await sql`drop table rate_limit_counts`.execute(db);
}
