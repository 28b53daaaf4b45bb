// A seeded, realistic diary for tests and bench/report.ts: cramps mostly at night, check-ins on
// most days, a few triage checks. The same seed always gives the same diary.
import type { CheckinRecord, EpisodeRecord } from '../insights/records.js';
import { MUSCLES, RELIEF_METHODS, SIDES, SUPPLEMENTS } from '../insights/vocabulary.js';
import type { TriageLevel } from '../triage/index.js';
import type { ReportInput, ReportPerson, TriageCheckFact } from './types.js';

/** mulberry32: a small seeded generator. */
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

const DAY = 86_400_000;
const uuid = (kind: number, i: number) => `00000000-0000-4000-8${kind}00-${String(i).padStart(12, '0')}`;

export const SAMPLE_PERSON: ReportPerson = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Anna Petrova',
  birthYear: 1993,
  dueDate: '2026-08-20',
  birthDate: null,
  locale: 'en-GB',
  timeZone: 'Europe/London',
};

/** `days` of diary ending on the day before `end` (YYYY-MM-DD), about `perWeek` cramps a week. */
export function sampleDiary(
  options: { seed?: number; end?: string; days?: number; perWeek?: number; person?: ReportPerson } = {},
): ReportInput {
  const { seed = 20_260_501, end = '2026-06-01', days = 91, perWeek = 5, person = SAMPLE_PERSON } = options;
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const start = Date.parse(`${end}T00:00:00Z`) - days * DAY;
  const episodes: EpisodeRecord[] = [];
  const checkins: CheckinRecord[] = [];
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    // Cramps grow a little more common through the period.
    const expected = (perWeek / 7) * (0.6 + (0.8 * day) / days);
    const count = Math.floor(expected + random());
    for (let k = 0; k < count; k++) {
      const night = random() < 0.75;
      const hour = night ? (22 + Math.floor(random() * 8)) % 24 : 8 + Math.floor(random() * 13);
      const startedAt = new Date(
        dayStart + hour * 3_600_000 + Math.floor(random() * 60) * 60_000,
      ).toISOString();
      const tried = RELIEF_METHODS.filter(() => random() < 0.25);
      const stamp = new Date(Date.parse(startedAt) + 600_000).toISOString();
      episodes.push({
        id: uuid(1, episodes.length),
        startedAt,
        durationSeconds: random() < 0.15 ? null : 20 + Math.floor(random() * 280),
        muscles: random() < 0.8 ? ['calf'] : [pick(MUSCLES), 'foot'],
        side: random() < 0.1 ? null : pick(SIDES),
        intensity: random() < 0.1 ? null : 2 + Math.floor(random() * 8),
        wokeFromSleep: night && random() < 0.6,
        reliefTried: tried,
        reliefHelped: tried.filter(() => random() < 0.55),
        minutesToRelief: random() < 0.3 ? null : 1 + Math.floor(random() * 20),
        notes: random() < 0.1 ? pick(['calf sore after', 'stretched, better', 'woke twice']) : null,
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
    if (random() < 0.85) {
      const date = new Date(dayStart).toISOString().slice(0, 10);
      const maybe = <T>(value: T): T | null => (random() < 0.1 ? null : value);
      const stamp = new Date(dayStart + 21 * 3_600_000).toISOString();
      checkins.push({
        date,
        waterGlasses: maybe(4 + Math.floor(random() * 6)),
        walkedMinutes: maybe(Math.floor(random() * 60)),
        standingHours: maybe(Math.floor(random() * 8)),
        stretchedBeforeBed: maybe(random() < 0.5),
        warmBath: maybe(random() < 0.3),
        legsElevated: maybe(random() < 0.4),
        compressionStockings: maybe(random() < 0.2),
        sleptOnLeftSide: maybe(random() < 0.6),
        supplements: maybe(SUPPLEMENTS.filter((s) => s !== 'other' && random() < 0.4)),
        swelling: maybe(random() < 0.03 ? 'one-leg' : random() < 0.3 ? 'both-ankles' : 'none'),
        notes: random() < 0.05 ? 'long day on my feet' : null,
        planStepsDone: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  const levels: TriageLevel[] = ['self-care', 'routine', 'soon', 'urgent', 'routine', 'self-care'];
  const triageChecks: TriageCheckFact[] = levels.map((level, i) => ({
    id: uuid(3, i),
    createdAt: new Date(
      start + Math.floor(((i + 0.5) * days) / levels.length) * DAY + 20 * 3_600_000,
    ).toISOString(),
    level,
    findings: level === 'urgent' ? ['one_leg_swollen'] : level === 'soon' ? ['both_legs_swollen'] : [],
    gestationalWeek: null,
    bloodPressure: level === 'soon' ? { systolic: 128, diastolic: 82 } : null,
    reasons:
      level === 'urgent'
        ? [{ rule: 'one-leg-swollen', level, explanation: 'Swelling of one leg can be a sign of a clot.' }]
        : level === 'soon'
          ? [
              {
                rule: 'both-legs-swollen-late',
                level,
                explanation: 'Swelling of both legs later in pregnancy.',
              },
            ]
          : [],
  }));
  return { person, episodes, checkins, triageChecks };
}
