// Opens the store: PostgreSQL through a pg pool when a URL is given, else embedded PGlite in the data folder.
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

const DATE_OID = 1082;
const INT8_OID = 20;
const keepDateText = (value: string) => value;
const int8AsNumber = (value: string) => Number(value);

export type StoreKind = 'pglite' | 'postgres';

export type Store = {
  db: Kysely<Database>;
  kind: StoreKind;
  close: () => Promise<void>;
};

export type StoreOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

export async function openStore(options: StoreOptions, { migrate = true } = {}): Promise<Store> {
  const store =
    options.kind === 'postgres' ? openPostgres(options.url, options.poolSize) : await openPglite(options);
  try {
    if (migrate) await migrateToLatest(store.db as Kysely<unknown>);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

function openPostgres(url: string, poolSize = 10): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        if (oid === DATE_OID) return keepDateText;
        if (oid === INT8_OID) return int8AsNumber;
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client can be cut off by the server (restart, failover, pg_terminate_backend). Without a
  // listener the pool's 'error' event would crash the process; the pool drops that client and reconnects.
  pool.on('error', (error) =>
    console.error(`PostgreSQL connection lost (${error.message}); reconnecting on next use.`),
  );
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPglite(
  options: { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' },
): Promise<Store> {
  const unlock = options.kind === 'pglite' ? await lockDataDir(options.dataDir) : async () => {};
  try {
    const client = await PGlite.create({
      ...(options.kind === 'pglite' ? { dataDir: join(options.dataDir, 'pglite') } : {}),
      parsers: { [DATE_OID]: keepDateText, [INT8_OID]: int8AsNumber },
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    let closed = false;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        if (closed) return;
        closed = true;
        await db.destroy();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
