// The stores an integration suite runs against: embedded PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/server/db/connect.js';

export type StoreTarget = { name: 'pglite' | 'postgres'; open: () => Promise<Store> };

const testUrl = process.env.TEST_DATABASE_URL;

async function createDatabase(url: string): Promise<{ name: string; url: string }> {
  const name = `crampwise_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { name, url: target.toString() };
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: url });
  await dropper.connect();
  // The pool's connections may still be closing on the server side: wait for them rather than
  // FORCE-terminating them (which can surface as an error on a client that is mid-close).
  for (let attempt = 0; ; attempt++) {
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await dropper.end();
}

/** A fresh database per suite on the shared server, dropped when the suite closes the store. */
async function openFreshPostgres(url: string): Promise<Store> {
  const database = await createDatabase(url);
  const store = await openStore({ kind: 'postgres', url: database.url, poolSize: 5 });
  return {
    ...store,
    close: async () => {
      await store.close();
      await dropDatabase(url, database.name);
    },
  };
}

/**
 * Several stores (as several app instances would open them) on one fresh database, opened at the same
 * time so their migrations race as at a real simultaneous start; `close` closes them all and drops it.
 */
export async function openSharedPostgres(
  url: string,
  count: number,
): Promise<{ stores: Store[]; close: () => Promise<void> }> {
  const database = await createDatabase(url);
  const opened = await Promise.allSettled(
    Array.from({ length: count }, () => openStore({ kind: 'postgres', url: database.url, poolSize: 5 })),
  );
  const stores = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const close = async () => {
    for (const store of stores) await store.close();
    await dropDatabase(url, database.name);
  };
  const failed = opened.find((o) => o.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  return { stores, close };
}

export const storeTargets: StoreTarget[] = [
  { name: 'pglite', open: () => openStore({ kind: 'pglite-memory' }) },
  ...(testUrl ? [{ name: 'postgres' as const, open: () => openFreshPostgres(testUrl) }] : []),
];
