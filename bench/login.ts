// Log-in latency (sequential, one at a time, so the figure is the cost of one log-in and not queueing) and
// the latency of an authenticated change (PATCH /api/me, which passes the per-account write limit), on PGlite
// and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on PostgreSQL. Run before and after a change to
// the limiters: `npx tsx bench/login.ts`.
import { StoreAttemptCounter } from '../src/server/auth/attempt-limiter.js';
import type { Store } from '../src/server/db/connect.js';
import { benchPostgresUrl, startBenchServer } from './support.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeSequential(n: number, run: () => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const response = await run();
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  }
  return times.sort((a, b) => a - b);
}

function line(kind: string, label: string, times: number[]): string {
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return `| ${kind} | ${label} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${mean.toFixed(1)} |`;
}

/**
 * The rate-limit work a successful log-in adds, alone (the scrypt hash makes the whole log-in too noisy
 * to show it): three takes and a count before the hash, two give-backs and a reset after it.
 */
async function limiterCost(store: Store): Promise<number[]> {
  const limit = { max: 1_000_000, windowMs: 60_000 };
  const make = (name: string) => new StoreAttemptCounter(store.db, `bench-${name}`, limit, () => new Date());
  const [ip, pair, account] = [make('ip'), make('pair'), make('account')];
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    await ip.take('192.0.2.1');
    await pair.take('192.0.2.1 bench@example.com');
    await account.take('bench@example.com');
    await account.count('bench@example.com');
    await Promise.all([
      ip.giveBack('192.0.2.1'),
      pair.reset('192.0.2.1 bench@example.com'),
      account.giveBack('bench@example.com'),
    ]);
    times.push(performance.now() - start);
  }
  return times.slice(50).sort((a, b) => a - b);
}

async function run(kind: 'pglite' | 'postgres'): Promise<string[]> {
  const server = await startBenchServer(kind);
  try {
    const email = `bench.login.${Date.now()}@example.com`;
    const password = 'benchmark password';
    const json = { 'content-type': 'application/json' };
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password }),
    });
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const login = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, password }),
      });
    const change = () =>
      fetch(`${server.url}/api/me`, {
        method: 'PATCH',
        headers: { ...json, cookie },
        body: JSON.stringify({ timezone: 'Europe/London' }),
      });
    await timeSequential(5, login); // warm-up
    await timeSequential(20, change);
    return [
      line(kind, 'POST /api/auth/login', await timeSequential(40, login)),
      line(kind, 'PATCH /api/me', await timeSequential(200, change)),
      line(kind, 'limiter statements of one good login', await limiterCost(server.store)),
    ];
  } finally {
    await server.close();
  }
}

const rows = await run('pglite');
if (benchPostgresUrl) rows.push(...(await run('postgres')));
console.log('| store | request | n | p50 ms | p95 ms | mean ms |');
console.log('|---|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
if (!benchPostgresUrl) console.log('\n(Set BENCH_DATABASE_URL to also measure on PostgreSQL.)');
