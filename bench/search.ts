// Search speed and quality: builds the index, runs every tuning-set question many times, and prints
// per-query latency percentiles and the top-3 hit rate, against plain MiniSearch on the same items as the
// baseline. The bar: p95 under 5 ms per query.
//   npx tsx bench/search.ts [rounds]
import MiniSearch from 'minisearch';
import { loadContent } from '../src/content/loader.js';
import { markdownToText } from '../src/content/markdown.js';
import { buildSearchIndex } from '../src/content/search/search-index.js';
import { TUNING_SET } from '../src/content/search/tuning-set.js';

const rounds = Number(process.argv[2] ?? 40);
const P95_BAR_MS = 5;

const { items, problems } = loadContent();
if (problems.length > 0)
  throw new Error(`content has ${problems.length} problems; run crampwise content check`);
const searchable = items.map((item) => ({ ...item, detailsText: markdownToText(item.details) }));

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Engine = { name: string; search: (q: string) => string[] };

function measure(engine: Engine) {
  for (const c of TUNING_SET) engine.search(c.query); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const c of TUNING_SET) times.push(time(() => engine.search(c.query))[1]);
  }
  times.sort((a, b) => a - b);
  const hits = TUNING_SET.filter((c) =>
    engine
      .search(c.query)
      .slice(0, 3)
      .some((id) => c.expect.includes(id)),
  ).length;
  return {
    queries: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    hitRate: hits / TUNING_SET.length,
  };
}

const [ours, buildMs] = time(() => buildSearchIndex(searchable));
const [plain, plainBuildMs] = time(() => {
  const mini = new MiniSearch({ fields: ['title', 'aliases', 'summary', 'details'] });
  mini.addAll(
    searchable.map((i) => ({
      id: i.id,
      title: i.title,
      aliases: i.aliases.join(' '),
      summary: i.summary,
      details: i.detailsText,
    })),
  );
  return mini;
});

const results = [
  {
    name: 'Crampwise search',
    build: buildMs,
    ...measure({ name: 'ours', search: (q) => ours.search(q, 10).map((h) => h.id) }),
  },
  {
    name: 'plain MiniSearch (baseline)',
    build: plainBuildMs,
    ...measure({
      name: 'plain',
      search: (q) =>
        plain
          .search(q, { prefix: true, fuzzy: 0.2, boost: { title: 3, aliases: 2.5 } })
          .slice(0, 10)
          .map((r) => String(r.id)),
    }),
  },
];

console.log(`${items.length} items, ${TUNING_SET.length} tuning questions × ${rounds} rounds`);
console.log('engine                       build ms  queries  p50 ms  p95 ms  p99 ms  top-3 hit rate');
for (const r of results) {
  console.log(
    `${r.name.padEnd(28)} ${r.build.toFixed(1).padStart(8)} ${String(r.queries).padStart(8)} ${r.p50.toFixed(3).padStart(7)} ${r.p95.toFixed(3).padStart(7)} ${r.p99.toFixed(3).padStart(7)} ${(r.hitRate * 100).toFixed(1).padStart(14)}%`,
  );
}
const [mine, base] = results as [(typeof results)[0], (typeof results)[0]];
console.log(
  `p95 vs baseline: ${(mine.p95 / base.p95).toFixed(2)}× · hit rate vs baseline: +${((mine.hitRate - base.hitRate) * 100).toFixed(1)} points`,
);
console.log(
  mine.p95 < P95_BAR_MS
    ? `p95 ${mine.p95.toFixed(3)} ms is under the ${P95_BAR_MS} ms bar`
    : `p95 ${mine.p95.toFixed(3)} ms MISSES the ${P95_BAR_MS} ms bar`,
);
if (mine.p95 >= P95_BAR_MS) process.exitCode = 1;
