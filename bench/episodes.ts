// Throughput of logging an episode against the cheapest route, in the same run on the same machine:
// the real app on a loopback port, driven by autocannon (in this process). Three routes are measured:
// GET /healthz (no store), GET /readyz (one `select 1`: the store's round-trip floor) and
// POST /api/episodes (one insert; the session lookup is cached), so the ratios show where time goes.
// Usage: npx tsx bench/episodes.ts [seconds per route, default 5] [--postgres]
//   --postgres uses a throw-away database on the server named by DATABASE_URL (or TEST_DATABASE_URL);
//   the default is an in-memory PGlite store.   The bar: POST ≥ 0.5 × /healthz.
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import type { Config } from '../src/server/config.js';
import { openStore, type Store } from '../src/server/db/connect.js';

const args = process.argv.slice(2);
const SECONDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const POSTGRES = args.includes('--postgres');
const CONNECTIONS = 10;
const BAR = 0.5;

const config: Config = {
  port: 0,
  host: '127.0.0.1',
  databaseUrl: undefined,
  dataDir: '/nonexistent',
  sessionSecret: 'bench-secret-bench-secret-bench-secret',
  publicUrl: undefined,
  secureCookies: false,
  region: 'GB',
  defaultTimeZone: 'Europe/London',
  logLevel: 'silent',
  production: true,
  trustProxy: false,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  maxConnections: 1000,
  pushSubject: undefined,
};

type Figures = { name: string; requestsPerSecond: number; p99Ms: number; ok: number; failed: number };

async function measure(
  name: string,
  url: string,
  request: Omit<autocannon.Request, 'path'> & { path: string },
): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: [request] });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** A fresh database on the PostgreSQL server, dropped again on close. */
async function throwAwayPostgres(url: string): Promise<Store> {
  const name = `crampwise_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: target.toString() });
  return {
    ...store,
    close: async () => {
      await store.close();
      // pg's pool.end() resolves before its sockets close, and WITH (FORCE) would kill those
      // backends mid-goodbye (an unhandled 57P01 on the pool). Wait for them to leave instead.
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await dropper.end();
      }
    },
  };
}

const postgresUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (POSTGRES && !postgresUrl) throw new Error('--postgres needs DATABASE_URL or TEST_DATABASE_URL');
const store = POSTGRES ? await throwAwayPostgres(postgresUrl!) : await openStore({ kind: 'pglite-memory' });
const app = await buildApp({
  config,
  store,
  logger: false,
  // The bench measures the store, not the per-person write ceiling.
  rateLimits: {
    signupsPerIp: { max: 1000, windowMs: 60_000 },
    writesPerAccount: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
  },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

try {
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: 'a long bench password' }),
  });
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status} ${await signup.text()}`);
  const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;

  const start = Date.now() - 30 * 86_400_000;
  let n = 0;
  const healthz = await measure('GET /healthz', base, { method: 'GET', path: '/healthz' });
  const readyz = await measure('GET /readyz', base, { method: 'GET', path: '/readyz' });
  const post = await measure('POST /api/episodes', base, {
    method: 'POST',
    path: '/api/episodes',
    headers: { cookie, 'content-type': 'application/json' },
    // A new UUID and body per request: every one is a real insert, never an idempotent replay.
    setupRequest: (request) => {
      n++;
      return {
        ...request,
        body: JSON.stringify({
          id: randomUUID(),
          startedAt: new Date(start + n * 1000).toISOString(),
          intensity: n % 11,
          reliefTried: ['calf-stretch', 'heat'],
          reliefHelped: ['heat'],
          notes: `bench ${n}`,
        }),
      };
    },
  });
  const stored = await store.db
    .selectFrom('episodes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();

  const storeName = POSTGRES ? 'PostgreSQL (throw-away database)' : 'in-memory PGlite';
  console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s per route, loopback, ${storeName}`);
  for (const f of [healthz, readyz, post]) {
    console.log(
      `  ${f.name.padEnd(20)} ${f.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${String(f.p99Ms).padStart(4)} ms   2xx ${f.ok}   failed ${f.failed}`,
    );
  }
  console.log(`  episodes stored: ${stored.n}`);
  const ratio = post.requestsPerSecond / healthz.requestsPerSecond;
  console.log(
    `  POST / readyz  = ${(post.requestsPerSecond / readyz.requestsPerSecond).toFixed(3)}   (against one trivial store round trip)`,
  );
  console.log(
    `  POST / healthz = ${ratio.toFixed(3)}   bar ≥ ${BAR}   ${ratio >= BAR ? 'PASS' : 'UNDER THE BAR'}`,
  );
} finally {
  await app.close();
  await store.close();
}
