// Search quality and speed per language (zh-Hans, ru, ja) on each language's held-out fresh set (written before
// its tables were tuned, never tuned against) and its tuning set. For each it prints hit@1, hit@3, the
// safety-first rate (share of "is X safe?" questions whose own verdict page ranks first) and per-query latency
// percentiles, like bench/search.ts does for English. The bars, on the fresh sets: hit@3 at least 90% and p95
// under 5 ms (judged on per-question medians when the machine is busy, as bench/search.ts explains). It also
// prints the CPU time per query (p95), which does not grow when other processes hold the cores.
//   npx tsx bench/search-languages.ts [rounds] [--misses]
import { availableParallelism, loadavg } from 'node:os';
import { loadContent } from '../src/content/loader.js';
import { markdownToText } from '../src/content/markdown.js';
import { describeMiss, type EvalCase, evaluate } from '../src/content/search/evaluate.js';
import { JA_FRESH_SET } from '../src/content/search/ja/fresh-set.js';
import { JA_TUNING_SET } from '../src/content/search/ja/tuning-set.js';
import { createLocalizedSearch } from '../src/content/search/languages.js';
import { RU_FRESH_SET } from '../src/content/search/ru/fresh-set.js';
import { RU_TUNING_SET } from '../src/content/search/ru/tuning-set.js';
import { ZH_FRESH_SET } from '../src/content/search/zh-Hans/fresh-set.js';
import { ZH_TUNING_SET } from '../src/content/search/zh-Hans/tuning-set.js';
import { loadTranslatedItems, type TranslationLocale } from '../src/content/translations.js';
import { timeSearches } from './search-timing.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const rounds = Number(args.find((a) => !a.startsWith('--')) ?? 40);
const P95_BAR_MS = 5;
const FRESH_HIT3_BAR = 0.9;

const LANGUAGES: Array<{
  locale: TranslationLocale;
  fresh: readonly EvalCase[];
  tuning: readonly EvalCase[];
}> = [
  { locale: 'zh-Hans', fresh: ZH_FRESH_SET, tuning: ZH_TUNING_SET },
  { locale: 'ru', fresh: RU_FRESH_SET, tuning: RU_TUNING_SET },
  { locale: 'ja', fresh: JA_FRESH_SET, tuning: JA_TUNING_SET },
];

function measure(search: (q: string) => string[], set: readonly EvalCase[]) {
  return { ...timeSearches(search, set, rounds), ...evaluate(search, set) };
}

const englishCount = loadContent().items.length;
const [load1] = loadavg();
const busy = load1! > availableParallelism();
console.log(
  `${rounds} rounds · load average ${load1!.toFixed(2)} on ${availableParallelism()} cores${busy ? ': busy, so the p95 bar is judged on per-question medians (med p95)' : ''}`,
);
console.log(
  'lang     items      set     questions  build ms  p50 ms  p95 ms  med p95  cpu p95   hit@1   hit@3  safety-first',
);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const failures: string[] = [];
for (const { locale, fresh, tuning } of LANGUAGES) {
  const { items, problems } = loadTranslatedItems(locale);
  if (problems.length > 0) console.log(`  ${locale}: ${problems.length} files do not parse and are left out`);
  const start = performance.now();
  const search = createLocalizedSearch(
    locale,
    items.map((item) => ({ ...item, detailsText: markdownToText(item.details) })),
  );
  const buildMs = performance.now() - start;
  const ids = (q: string) => search.search(q, 10).map((h) => h.id);
  for (const [name, set] of [
    ['fresh', fresh],
    ['tuning', tuning],
  ] as const) {
    const r = measure(ids, set);
    const safety = r.safetyQuestions > 0 ? pct(r.safetyFirst) : '—';
    console.log(
      `${locale.padEnd(8)} ${`${items.length}/${englishCount}`.padStart(7)}  ${name.padEnd(7)} ${String(set.length).padStart(9)} ${buildMs.toFixed(1).padStart(9)} ${r.p50.toFixed(3).padStart(7)} ${r.p95.toFixed(3).padStart(7)} ${r.medianP95.toFixed(3).padStart(8)} ${r.cpuP95.toFixed(3).padStart(8)} ${pct(r.hitAt1).padStart(7)} ${pct(r.hitAt3).padStart(7)} ${safety.padStart(13)}`,
    );
    if (showMisses) for (const m of r.misses) console.log(`    ${describeMiss(m)}`);
    if (name !== 'fresh') continue;
    const [judged, label] = busy ? [r.medianP95, 'med p95'] : [r.p95, 'p95'];
    if (judged >= P95_BAR_MS)
      failures.push(`${locale} fresh ${label} ${judged.toFixed(3)} ms ≥ ${P95_BAR_MS} ms`);
    if (r.hitAt3 < FRESH_HIT3_BAR)
      failures.push(`${locale} fresh hit@3 ${pct(r.hitAt3)} < ${pct(FRESH_HIT3_BAR)}`);
  }
}
if (failures.length === 0) {
  console.log(
    `bars met: fresh hit@3 ≥ ${pct(FRESH_HIT3_BAR)} and ${busy ? 'med p95' : 'p95'} < ${P95_BAR_MS} ms in every language`,
  );
} else {
  for (const f of failures) console.log(`MISSES the bar: ${f}`);
  process.exitCode = 1;
}
