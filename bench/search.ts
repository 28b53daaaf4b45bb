// Search speed and quality on three question sets: the tuning set (questions the search was tuned against),
// the fresh set (messy lay questions written blind, the bar for the safety-first work) and the late set
// (written after that work and never tuned against: how far it carries). For each it prints hit@1, hit@3, the
// safety-first rate (share of "is X safe?" questions whose own verdict page ranks first) and per-query latency
// percentiles, against plain MiniSearch on the same items as the baseline. The bars: p95 under 5 ms per query
// on the tuning and fresh sets; on the fresh set hit@3 at least 90% and every safety question's own page
// first. It also prints the CPU time per query (p95), which, unlike wall-clock time, does not grow when other
// processes hold the cores.
//   npx tsx bench/search.ts [rounds] [--misses]
import { availableParallelism, loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import { loadContent } from '../src/content/loader.js';
import { markdownToText } from '../src/content/markdown.js';
import { describeMiss, type EvalCase, evaluate } from '../src/content/search/evaluate.js';
import { FRESH_SET } from '../src/content/search/fresh-set.js';
import { LATE_SET } from '../src/content/search/late-set.js';
import { buildSearchIndex } from '../src/content/search/search-index.js';
import { TUNING_SET } from '../src/content/search/tuning-set.js';
import { timeSearches } from './search-timing.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const rounds = Number(args.find((a) => !a.startsWith('--')) ?? 40);
const P95_BAR_MS = 5;
const FRESH_HIT3_BAR = 0.9;
const SAFETY_FIRST_BAR = 1;

const { items, problems } = loadContent();
if (problems.length > 0)
  throw new Error(`content has ${problems.length} problems; run crampwise content check`);
const searchable = items.map((item) => ({ ...item, detailsText: markdownToText(item.details) }));

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

type Engine = { name: string; build: number; search: (q: string) => string[] };

function measure(engine: Engine, set: readonly EvalCase[]) {
  return { ...timeSearches(engine.search, set, rounds), ...evaluate(engine.search, set) };
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

const engines: Engine[] = [
  { name: 'Crampwise search', build: buildMs, search: (q) => ours.search(q, 10).map((h) => h.id) },
  {
    name: 'plain MiniSearch (baseline)',
    build: plainBuildMs,
    search: (q) =>
      plain
        .search(q, { prefix: true, fuzzy: 0.2, boost: { title: 3, aliases: 2.5 } })
        .slice(0, 10)
        .map((r) => String(r.id)),
  },
];
const sets = [
  { name: 'tuning', cases: TUNING_SET },
  { name: 'fresh', cases: FRESH_SET },
  { name: 'late', cases: LATE_SET },
];

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const safetyCount = (set: readonly EvalCase[]) => set.filter((c) => c.own).length;
console.log(
  `${items.length} items · ${rounds} rounds · tuning set ${TUNING_SET.length} questions · fresh set ${FRESH_SET.length} questions (${safetyCount(FRESH_SET)} "is X safe?") · late set ${LATE_SET.length} (${safetyCount(LATE_SET)}), held out, no bar`,
);
// Wall-clock latency over all runs is what a person feels, so the bar is on it. On a machine busy with other
// work (load average above the cores) its tail is mostly time spent waiting for a core, so there the bar is
// judged on the 95th percentile of per-question medians instead, and the output says so. The CPU time each
// query used is printed too.
const [load1] = loadavg();
const busy = load1! > availableParallelism();
console.log(
  `load average ${load1!.toFixed(2)} on ${availableParallelism()} cores${busy ? ': busy, so the p95 bar is judged on per-question medians (med p95)' : ''}`,
);
console.log(
  'engine                       set     build ms  queries  p50 ms  p95 ms  p99 ms  med p95  cpu p95   hit@1   hit@3  safety-first',
);
const ourResults = new Map<string, ReturnType<typeof measure>>();
for (const engine of engines) {
  for (const set of sets) {
    const r = measure(engine, set.cases);
    if (engine === engines[0]) ourResults.set(set.name, r);
    const safety = r.safetyQuestions > 0 ? pct(r.safetyFirst) : '—';
    console.log(
      `${engine.name.padEnd(28)} ${set.name.padEnd(7)} ${engine.build.toFixed(1).padStart(8)} ${String(r.queries).padStart(8)} ${r.p50.toFixed(3).padStart(7)} ${r.p95.toFixed(3).padStart(7)} ${r.p99.toFixed(3).padStart(7)} ${r.medianP95.toFixed(3).padStart(8)} ${r.cpuP95.toFixed(3).padStart(8)} ${pct(r.hitAt1).padStart(7)} ${pct(r.hitAt3).padStart(7)} ${safety.padStart(13)}`,
    );
    if (showMisses && engine === engines[0]) for (const m of r.misses) console.log(`    ${describeMiss(m)}`);
  }
}

const failures: string[] = [];
for (const [name, r] of ourResults) {
  if (name === 'late') continue;
  const [judged, label] = busy ? [r.medianP95, 'med p95'] : [r.p95, 'p95'];
  if (judged >= P95_BAR_MS) failures.push(`${name} ${label} ${judged.toFixed(3)} ms ≥ ${P95_BAR_MS} ms`);
}
const fresh = ourResults.get('fresh')!;
if (fresh.hitAt3 < FRESH_HIT3_BAR) failures.push(`fresh hit@3 ${pct(fresh.hitAt3)} < ${pct(FRESH_HIT3_BAR)}`);
if (fresh.safetyFirst < SAFETY_FIRST_BAR)
  failures.push(`fresh safety-first ${pct(fresh.safetyFirst)} < ${pct(SAFETY_FIRST_BAR)}`);
if (failures.length === 0) {
  console.log(
    `bars met: ${busy ? 'med p95' : 'p95'} < ${P95_BAR_MS} ms on the tuning and fresh sets, fresh hit@3 ≥ ${pct(FRESH_HIT3_BAR)}, safety-first ${pct(SAFETY_FIRST_BAR)}`,
  );
} else {
  for (const f of failures) console.log(`MISSES the bar: ${f}`);
  process.exitCode = 1;
}
