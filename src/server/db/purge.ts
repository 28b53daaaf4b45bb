// After an account is deleted, its rows must leave the files too, not only the tables: PostgreSQL keeps a
// deleted row's bytes in the table's pages and in the write-ahead log until they are rewritten.
import { type Kysely, sql } from 'kysely';
import type { StoreKind } from './connect.js';

/**
 * Embedded store: rewrites every table of the app (VACUUM FULL, which also rebuilds the indexes), then moves to a
 * fresh WAL segment and checkpoints with recycling off, so the old segments are deleted, not reused with
 * their contents. The store is one person's or a household's, so the rewrite takes well under a second.
 *
 * PostgreSQL: a plain VACUUM of the tables that hold a person's rows (VACUUM FULL would lock every table
 * of a shared server); the bytes then leave with page reuse, WAL recycling and the operator's backup
 * retention, as the README says.
 */
export async function purgeDeletedRows(db: Kysely<unknown>, kind: StoreKind): Promise<void> {
  if (kind === 'pglite') {
    // Every table of the app's schema, so a table added later (by any migration) is covered too.
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    for (const { name } of rows) await sql`VACUUM FULL ${sql.table(name)}`.execute(db);
    await sql`SET wal_recycle = off`.execute(db);
    await sql`SELECT pg_switch_wal()`.execute(db);
    await sql`CHECKPOINT`.execute(db);
    return;
  }
  await sql`VACUUM users, sessions`.execute(db);
}
