// Times the pure diary insights on a heavy diary: 3,000 episodes and 280 check-ins over 40 weeks.
// Usage: npx tsx bench/insights.ts   The bar: median and p95 under 20 ms.
import { computeInsights } from '../src/core/insights/insights.js';
import type { CheckinFact, EpisodeFact } from '../src/core/insights/types.js';
import { RELIEF_METHODS, SUPPLEMENTS, SWELLING } from '../src/core/insights/vocabulary.js';

const RUNS = 100;
const WARM_UP = 10;
const BAR_MS = 20;

/** mulberry32: a small seeded generator, so every run times the same diary. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20_260_301);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const subset = <T>(items: readonly T[], p: number): T[] => items.filter(() => random() < p);
const maybe = <T>(value: T): T | null => (random() < 0.2 ? null : value);

const START = Date.parse('2026-03-01T00:00:00Z');
const DAY = 86_400_000;
const NOTES = [
  'calf cramp at night',
  'left calf is red and warm',
  'stretched, better',
  'warm bath helped my legs',
  null,
];

const episodes: EpisodeFact[] = Array.from({ length: 3000 }, (_, i) => {
  const reliefTried = subset(RELIEF_METHODS, 0.3);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    startedAt: new Date(START + Math.floor(random() * 280 * DAY)).toISOString(),
    intensity: random() < 0.15 ? null : Math.floor(random() * 11),
    wokeFromSleep: random() < 0.4,
    reliefTried,
    reliefHelped: reliefTried.filter(() => random() < 0.5),
    minutesToRelief: random() < 0.3 ? null : Math.floor(random() * 60),
    notes: pick(NOTES),
  };
});

const checkins: CheckinFact[] = Array.from({ length: 280 }, (_, day) => ({
  date: new Date(START + day * DAY).toISOString().slice(0, 10),
  stretchedBeforeBed: maybe(random() < 0.5),
  warmBath: maybe(random() < 0.3),
  legsElevated: maybe(random() < 0.5),
  compressionStockings: maybe(random() < 0.2),
  sleptOnLeftSide: maybe(random() < 0.6),
  supplements: maybe(subset(SUPPLEMENTS, 0.4)),
  swelling: maybe(pick(SWELLING)),
  notes: random() < 0.1 ? 'legs heavy today' : null,
}));

const options = { timeZone: 'Europe/London', dueDate: '2026-12-01', from: null, to: null };

for (let i = 0; i < WARM_UP; i++) computeInsights(episodes, checkins, options);
const times: number[] = [];
let result = computeInsights(episodes, checkins, options);
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  result = computeInsights(episodes, checkins, options);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
const medianMs = at(0.5);
const p95Ms = at(0.95);

console.log(`insights over ${episodes.length} episodes and ${checkins.length} check-ins, ${RUNS} runs`);
console.log(
  `  result: ${result.totals.episodes} episodes, ${result.perWeek.weeks.length} weeks, ${result.redFlags.length} red flags`,
);
console.log(`  median ${medianMs.toFixed(2)} ms   p95 ${p95Ms.toFixed(2)} ms   bar < ${BAR_MS} ms`);
console.log(
  `  median / bar = ${(medianMs / BAR_MS).toFixed(3)}   p95 / bar = ${(p95Ms / BAR_MS).toFixed(3)}`,
);
console.log(p95Ms < BAR_MS ? '  PASS' : '  OVER THE BAR');
