// The Learn pages in each language: how long the first request takes (it loads that language's translated
// items and builds its search, once per process), how long a later one takes (p50/p95 over many), and the
// page's size, raw and gzipped. Run: npx tsx bench/learn-languages.ts [rounds]
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../src/i18n/locales.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openStore } from '../src/server/db/connect.js';

const rounds = Number(process.argv[2] ?? 50);
const PAGES = ['/learn', '/learn/sources', '/learn/remedy.licorice', '/search?q=%E7%94%98%E8%8D%89'];

const store = await openStore({ kind: 'pglite-memory' });
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent' });
const app = await buildApp({ config, store, logger: false });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function timed(url: string): Promise<{ ms: number; body: string; status: number }> {
  const start = performance.now();
  const response = await app.inject({ method: 'GET', url });
  return { ms: performance.now() - start, body: response.body, status: response.statusCode };
}

console.log(`rounds per page: ${rounds}`);
console.log('locale   page                      first ms   p50 ms   p95 ms   bytes    gzip');
for (const locale of LOCALES) {
  for (const page of PAGES) {
    const url = `${page}${page.includes('?') ? '&' : '?'}lang=${locale}`;
    const first = await timed(url);
    if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push((await timed(url)).ms);
    times.sort((a, b) => a - b);
    const raw = Buffer.byteLength(first.body);
    const gz = gzipSync(first.body).length;
    console.log(
      `${locale.padEnd(8)} ${page.slice(0, 25).padEnd(25)} ${first.ms.toFixed(0).padStart(8)} ${percentile(
        times,
        0.5,
      )
        .toFixed(1)
        .padStart(
          8,
        )} ${percentile(times, 0.95).toFixed(1).padStart(8)} ${String(raw).padStart(7)} ${String(gz).padStart(7)}`,
    );
  }
}
await app.close();
await store.close();
