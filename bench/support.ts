// Shared by the benchmarks: a real server on a loopback port over a temp-dir PGlite store, and autocannon runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openStore, type Store } from '../src/server/db/connect.js';

export type BenchServer = { url: string; app: FastifyInstance; store: Store; close: () => Promise<void> };

/** PostgreSQL for benchmarks, when one is configured (BENCH_DATABASE_URL, else TEST_DATABASE_URL). */
export const benchPostgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/**
 * The production app (logs at warn) on 127.0.0.1 and a free port, over PGlite in a temp data folder
 * or over PostgreSQL (tables are created by the migrations; rows are left behind in that database).
 */
export async function startBenchServer(kind: 'pglite' | 'postgres' = 'pglite'): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const store =
    kind === 'postgres' && benchPostgresUrl
      ? await openStore({ kind: 'postgres', url: benchPostgresUrl })
      : await openStore({ kind: 'pglite', dataDir });
  const app = await buildApp({ config, store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type LoadResult = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** A bounded load on loopback: `seconds` long, `connections` at once. */
export async function load(
  label: string,
  options: autocannon.Options & { seconds?: number },
): Promise<LoadResult> {
  // The load runs in a worker thread so it does not share the server's event loop.
  const result = await autocannon({
    connections: 10,
    duration: options.seconds ?? 5,
    workers: 1,
    ...options,
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function printLoad(results: LoadResult[], baseline: LoadResult): void {
  console.log('| endpoint | req/s | p50 ms | p99 ms | non-2xx | vs baseline |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ratio = r.requestsPerSecond / baseline.requestsPerSecond;
    console.log(
      `| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.non2xx + r.errors} | ${ratio.toFixed(2)}× |`,
    );
  }
}
