// What durability costs on the embedded store, and what an account deletion's purge costs.
//
// PGlite starts PostgreSQL with -F (fsync off). Its Node file layer (Emscripten NODEFS) has no fsync at all:
// fsync and fdatasync return success without touching the disk. So "fsync on" inside PGlite changes what
// PostgreSQL believes, not what reaches the disk; real durability would need the app to fsync the WAL
// itself after each commit. This script measures all three, one committed insert per write, sequentially:
//   1. PGlite as shipped (fsync off)
//   2. PGlite with fsync on (without -F)
//   3. PGlite with fsync off plus an fsync of the WAL segment from Node after every commit
// and then the purge that follows DELETE /api/me (VACUUM FULL, WAL switch, checkpoint) on a store with
// some accounts in it.
//
//   npx tsx bench/durability.ts [writes=400] [accounts=50]
import { closeSync, fsyncSync, mkdtempSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { purgeDeletedRows } from '../src/server/db/purge.js';

const args = process.argv.slice(2).map(Number);
const WRITES = args[0] || 400;
const ACCOUNTS = args[1] || 50;

type Mode = 'fsync off (as shipped)' | 'fsync on (PostgreSQL setting)' | 'fsync off + WAL fsync from Node';

async function openAt(dir: string, fsyncOn: boolean) {
  const startParams = fsyncOn ? PGlite.defaultStartParams.filter((p) => p !== '-F') : undefined;
  const client = await PGlite.create({
    dataDir: join(dir, 'pglite'),
    ...(startParams ? { startParams } : {}),
  });
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  return db;
}

/** The newest WAL segment: where the commit record of the last write is. */
function newestWalSegment(dir: string): string {
  const wal = join(dir, 'pglite', 'pg_wal');
  const segments = readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f));
  segments.sort(
    (a, b) => statSync(join(wal, b)).mtimeMs - statSync(join(wal, a)).mtimeMs || b.localeCompare(a),
  );
  return join(wal, segments[0]!);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function writeCost(mode: Mode): Promise<{ mode: Mode; perSecond: number; p50: number; p99: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'crampwise-durability-'));
  const db = await openAt(dir, mode === 'fsync on (PostgreSQL setting)');
  const user = await sql<{ id: string }>`
    insert into users (email, email_normalized, password_hash) values ('bench@example.com', 'bench@example.com', 'x')
    returning id`.execute(db);
  const userId = user.rows[0]!.id;
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    await sql`
      insert into episodes (user_id, started_at, muscles, notes)
      values (${userId}, ${new Date(Date.UTC(2026, 0, 1, 0, i))}, ${sql`array['calf']`}, ${`note ${i}`})`.execute(
      db,
    );
    if (mode === 'fsync off + WAL fsync from Node') {
      const fd = openSync(newestWalSegment(dir), 'r+');
      fsyncSync(fd);
      closeSync(fd);
    }
    times.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return {
    mode,
    perSecond: (WRITES / elapsed) * 1000,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}

async function purgeCost(): Promise<{ ms: number; accounts: number; episodes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'crampwise-purge-'));
  const db = await openAt(dir, false);
  let episodes = 0;
  for (let a = 0; a < ACCOUNTS; a++) {
    const user = await sql<{ id: string }>`
      insert into users (email, email_normalized, password_hash, name)
      values (${`p${a}@example.com`}, ${`p${a}@example.com`}, 'x', ${`Person ${a}`}) returning id`.execute(
      db,
    );
    const userId = user.rows[0]!.id;
    await sql`
      insert into episodes (user_id, started_at, muscles, notes)
      select ${userId}, timestamptz '2026-01-01' + n * interval '1 day', array['calf'], 'a note of some length ' || n
      from generate_series(1, 100) as n`.execute(db);
    episodes += 100;
  }
  await sql`delete from users where email = 'p0@example.com'`.execute(db);
  const t0 = performance.now();
  await purgeDeletedRows(db, 'pglite');
  const ms = performance.now() - t0;
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  return { ms, accounts: ACCOUNTS, episodes };
}

console.log(`${WRITES} sequential committed inserts into episodes, PGlite in a temp folder on ${tmpdir()}`);
console.log('| mode | writes/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const mode of [
  'fsync off (as shipped)',
  'fsync on (PostgreSQL setting)',
  'fsync off + WAL fsync from Node',
] as const) {
  const r = await writeCost(mode);
  console.log(`| ${r.mode} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
}
const purge = await purgeCost();
console.log(
  `\nPurge after an account deletion (VACUUM FULL + WAL switch + checkpoint), ${purge.accounts} accounts, ` +
    `${purge.episodes.toLocaleString('en')} episodes: ${purge.ms.toFixed(0)} ms`,
);
