// Times issue 12's pure parts on heavy inputs: the plan (3,000 episodes, 280 check-ins), a food day of
// 20 foods, a lab interpretation (cold: importing loads the UCUM tables; then warm), and the calendar feed.
// Usage: npx tsx bench/prevent.ts   Prints median and p95 per part.
import { loadContent } from '../src/content/loader.js';
import type { CheckinFact, EpisodeFact } from '../src/core/insights/index.js';
import { RELIEF_METHODS } from '../src/core/insights/index.js';
import { computeNutritionDay } from '../src/core/nutrition/day.js';
import { type PlanItemFact, planView } from '../src/core/plan/index.js';
import { buildPlanCalendar } from '../src/server/plan/ics.js';

const RUNS = 200;
const DAY = 86_400_000;
const START = Date.parse('2026-03-01T00:00:00Z');

let seed = 20_261_201;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const content = loadContent();
const items: PlanItemFact[] = content.items.map((item) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  evidence: item.evidence.verdict,
  safety: item.safety?.status ?? null,
}));
const foods = content.items
  .filter((item) => item.nutrients !== undefined)
  .map((item) => ({ id: item.id, title: item.title, nutrients: item.nutrients! }));

const episodes: EpisodeFact[] = Array.from({ length: 3000 }, (_, i) => {
  const reliefTried = RELIEF_METHODS.filter(() => random() < 0.3);
  return {
    id: `e${i}`,
    startedAt: new Date(START + Math.floor(random() * 280 * DAY)).toISOString(),
    intensity: Math.floor(random() * 11),
    wokeFromSleep: random() < 0.4,
    reliefTried,
    reliefHelped: reliefTried.filter(() => random() < 0.5),
    minutesToRelief: Math.floor(random() * 60),
    notes: null,
  };
});
const checkins: CheckinFact[] = Array.from({ length: 280 }, (_, day) => ({
  date: new Date(START + day * DAY).toISOString().slice(0, 10),
  stretchedBeforeBed: random() < 0.5,
  warmBath: random() < 0.3,
  legsElevated: random() < 0.5,
  compressionStockings: null,
  sleptOnLeftSide: random() < 0.6,
  supplements: null,
  swelling: null,
  notes: null,
}));
const chosen = [
  { id: 'prevent.calf-stretches', time: '21:30' },
  { id: 'prevent.hydration', time: '10:00' },
  { id: 'prevent.daily-walk', time: '17:30' },
];

function time(label: string, fn: () => unknown) {
  const samples: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`${label.padEnd(44)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (${RUNS} runs)`);
}

// UCUM's unit tables load when the labs module is first imported.
const cold0 = performance.now();
const { interpretLab } = await import('../src/core/labs/interpret.js');
interpretLab({ analyte: 'calcium-total', value: 9, unit: 'mg/dL' }, { kind: 'pregnant', week: 30 });
console.log(`${'labs import + first interpretLab'.padEnd(44)} ${(performance.now() - cold0).toFixed(1)} ms`);

time('planView (3,000 episodes, 280 check-ins)', () =>
  planView({
    items,
    chosen,
    stage: { kind: 'pregnant', week: 31 },
    diary: { episodes, checkins, timeZone: 'Europe/London' },
    planCheckins: [],
    today: '2026-12-01',
  }),
);
time('computeNutritionDay (20 foods, 2 supplements)', () =>
  computeNutritionDay(
    {
      items: foods.slice(0, 20).map((f) => ({ food: f.id, servings: 1 })),
      supplements: [
        { nutrient: 'magnesium', amount: 200, unit: 'mg' },
        { nutrient: 'vitaminD', amount: 400, unit: 'IU' },
      ],
    },
    foods,
    { ageBand: '19-30', diet: ['vegetarian'] },
  ),
);
time('interpretLab, warm (calcium with albumin)', () =>
  interpretLab(
    { analyte: 'calcium-total', value: 9, unit: 'mg/dL', albumin: { value: 30, unit: 'g/L' } },
    { kind: 'pregnant', week: 30 },
  ),
);
time('buildPlanCalendar (3 timed steps)', () =>
  buildPlanCalendar({
    timeZone: 'America/New_York',
    steps: chosen.map((s) => ({ ...s, title: 'Reminder' })),
    startDate: '2026-12-01',
    uidDomain: 'crampwise.local',
    now: new Date(),
  }),
);
