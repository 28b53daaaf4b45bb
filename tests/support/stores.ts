// The stores an integration suite runs against: embedded PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/server/db/connect.js';

export type StoreTarget = { name: 'pglite' | 'postgres'; open: () => Promise<Store> };

const testUrl = process.env.TEST_DATABASE_URL;

/** A fresh database per suite on the shared server, dropped when the suite closes the store. */
async function openFreshPostgres(url: string): Promise<Store> {
  const name = `crampwise_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: target.toString(), poolSize: 5 });
  return {
    ...store,
    close: async () => {
      await store.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export const storeTargets: StoreTarget[] = [
  { name: 'pglite', open: () => openStore({ kind: 'pglite-memory' }) },
  ...(testUrl ? [{ name: 'postgres' as const, open: () => openFreshPostgres(testUrl) }] : []),
];
