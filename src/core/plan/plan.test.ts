import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/loader.js';
import type { CheckinFact, EpisodeFact } from '../insights/index.js';
import {
  adherence,
  buildPlan,
  eligibility,
  formatWindow,
  type PlanItemFact,
  peakWindow,
  STEP_INFO,
  validatePlanChoice,
} from './index.js';

const contentItems: PlanItemFact[] = loadContent().items.map((item) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  evidence: item.evidence.verdict,
  safety: item.safety?.status ?? null,
}));

const checkin = (date: string, patch: Partial<CheckinFact>): CheckinFact => ({
  date,
  stretchedBeforeBed: null,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
  ...patch,
});
let n = 0;
const episode = (startedAt: string, patch: Partial<EpisodeFact> = {}): EpisodeFact => ({
  id: `e${++n}`,
  startedAt,
  intensity: 6,
  wokeFromSleep: true,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  ...patch,
});

// Eight nights in London (UTC+0 in November). Stretched before bed on the 1st, 3rd, 5th and 7th: one cramp
// over those four nights (0.25 a night); six over the other four (1.50 a night). Every cramp 01:00–03:59.
// A calf stretch was tried in six cramps and helped in five.
const stretchHelped = { reliefTried: ['calf-stretch'] as const, reliefHelped: ['calf-stretch'] as const };
const diary = {
  timeZone: 'Europe/London',
  checkins: [1, 2, 3, 4, 5, 6, 7, 8].map((d) =>
    checkin(`2026-11-0${d}`, { stretchedBeforeBed: d % 2 === 1 }),
  ),
  episodes: [
    episode('2026-11-04T02:30:00Z', stretchHelped),
    episode('2026-11-03T01:10:00Z', stretchHelped),
    episode('2026-11-03T03:40:00Z', stretchHelped),
    episode('2026-11-05T02:00:00Z', stretchHelped),
    episode('2026-11-05T02:50:00Z', stretchHelped),
    episode('2026-11-07T01:30:00Z', { reliefTried: ['calf-stretch'], reliefHelped: [] }),
    episode('2026-11-09T03:05:00Z'),
  ],
};
const week31 = { kind: 'pregnant', week: 31 } as const;

describe('building a plan from the diary and the evidence', () => {
  const plan = buildPlan({ items: contentItems, chosen: [], stage: week31, diary });

  it('worked example: stretching before bed comes first, with the diary’s reasons as data', () => {
    const first = plan.suggestions[0]!;
    expect(first.id).toBe('prevent.calf-stretches');
    // In words (src/server/plan/plan-words.test.ts): "Your cramps are mostly 1–4 a.m.; stretching before
    // bed went with fewer cramps on your nights (0.25 against 1.50 a night); cramps are most common in
    // the third trimester, and you are at week 31."
    expect(first.reasons).toEqual([
      { code: 'peak-window', startHour: 1, endHour: 4 },
      { code: 'habit-fewer', habit: 'stretchedBeforeBed', withRate: 0.25, withoutRate: 1.5 },
      { code: 'third-trimester', week: 31 },
    ]);
    expect(first).toMatchObject({ evidence: 'consensus', safety: 'recommended', suggestedTime: '21:30' });
  });

  it('suggests a relief step only when the diary says it helped', () => {
    const stretch = plan.suggestions.find((s) => s.id === 'relief.calf-stretch');
    expect(stretch?.reasons).toContainEqual({ code: 'relief-helped', helped: 5, tried: 6 });
    expect(plan.suggestions.find((s) => s.id === 'relief.heat')).toBeUndefined();
  });

  it('without a diary, says why from the evidence alone', () => {
    const bare = buildPlan({
      items: contentItems,
      chosen: [],
      stage: { kind: 'unknown' },
      diary: { timeZone: 'UTC', episodes: [], checkins: [] },
    });
    expect(bare.suggestions.length).toBeGreaterThan(0);
    const top = bare.suggestions[0]!;
    // No reasons: the evidence verdict alone speaks for it.
    expect(top.reasons).toEqual([]);
  });

  it('never suggests the avoided painkillers', () => {
    const nsaids = contentItems.find((i) => i.id === 'relief.nsaids')!;
    expect(nsaids.safety).toBe('avoid');
    expect(plan.suggestions.map((s) => s.id)).not.toContain('relief.nsaids');
  });

  it('shows the chosen steps with their times and leaves them out of the suggestions', () => {
    const chosen = buildPlan({
      items: contentItems,
      chosen: [{ id: 'prevent.calf-stretches', time: '21:45' }, { id: 'prevent.hydration' }],
      stage: week31,
      diary,
    });
    expect(chosen.steps.map((s) => [s.id, s.time])).toEqual([
      ['prevent.calf-stretches', '21:45'],
      ['prevent.hydration', null],
    ]);
    expect(chosen.steps[0]!.reasons[0]).toEqual({ code: 'peak-window', startHour: 1, endHour: 4 });
    expect(chosen.suggestions.map((s) => s.id)).not.toContain('prevent.calf-stretches');
  });

  it('withdraws a stored step whose item is now to be avoided, or gone', () => {
    const items = contentItems.map((i) =>
      i.id === 'prevent.hydration' ? { ...i, safety: 'avoid' as const } : i,
    );
    const result = buildPlan({
      items,
      chosen: [{ id: 'prevent.hydration', time: '10:00' }, { id: 'prevent.gone' }],
      stage: week31,
      diary,
    });
    expect(result.steps).toEqual([]);
    expect(result.withdrawn).toEqual([
      { id: 'prevent.hydration', reason: 'avoid' },
      { id: 'prevent.gone', reason: 'unknown-item' },
    ]);
  });
});

describe('when the cramps come', () => {
  it('finds the busiest three hours holding at least half the cramps', () => {
    expect(peakWindow([1, 2, 3, 2, 14])).toEqual({ startHour: 1, endHour: 4, episodes: 4, of: 5 });
    expect(peakWindow([23, 0, 1, 0])).toMatchObject({ startHour: 23, endHour: 2 });
    expect(peakWindow([1, 2])).toBeNull();
    expect(peakWindow([0, 6, 12, 18])).toBeNull();
  });

  it('names the window in plain words', () => {
    expect(formatWindow({ startHour: 1, endHour: 4 })).toBe('1–4 a.m.');
    expect(formatWindow({ startHour: 22, endHour: 1 })).toBe('10 p.m.–1 a.m.');
    expect(formatWindow({ startHour: 0, endHour: 3 })).toBe('midnight–3 a.m.');
    expect(formatWindow({ startHour: 21, endHour: 0 })).toBe('9 p.m.–midnight');
  });

  it('reads the hours on the person’s clock, not UTC', () => {
    // 06:00–08:59 UTC is 1–4 a.m. in New York (UTC−5 in November).
    const ny = buildPlan({
      items: contentItems,
      chosen: [],
      stage: { kind: 'unknown' },
      diary: {
        timeZone: 'America/New_York',
        checkins: [],
        episodes: ['2026-11-10T06:10:00Z', '2026-11-11T07:20:00Z', '2026-11-12T08:40:00Z'].map((t) =>
          episode(t),
        ),
      },
    });
    expect(ny.suggestions.find((s) => s.id === 'prevent.calf-stretches')?.reasons).toContainEqual({
      code: 'peak-window',
      startHour: 1,
      endHour: 4,
    });
  });
});

describe('validating a chosen plan', () => {
  it('accepts prevention, relief and lifestyle items with HH:MM times', () => {
    expect(
      validatePlanChoice(
        [
          { id: 'prevent.calf-stretches', time: '21:30' },
          { id: 'relief.heat' },
          { id: 'lifestyle.sleep-and-fatigue', time: '00:05' },
        ],
        contentItems,
      ),
    ).toEqual({
      ok: true,
      value: [
        { id: 'prevent.calf-stretches', time: '21:30' },
        { id: 'relief.heat', time: null },
        { id: 'lifestyle.sleep-and-fatigue', time: '00:05' },
      ],
    });
  });

  it('refuses, naming the field: an avoid item, another kind, an unknown id, a bad time, a repeat', () => {
    const result = validatePlanChoice(
      [
        { id: 'relief.nsaids' },
        { id: 'remedy.licorice' },
        { id: 'food.banana' },
        { id: 'prevent.nothing' },
        { id: 'prevent.hydration', time: '9:30' },
        { id: 'prevent.hydration', time: '24:00' },
      ],
      contentItems,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.code, e.field])).toEqual([
        ['avoid', 'steps.0.id'],
        ['not-a-plan-kind', 'steps.1.id'],
        ['not-a-plan-kind', 'steps.2.id'],
        ['unknown-item', 'steps.3.id'],
        ['bad-time', 'steps.4.time'],
        ['duplicate-step', 'steps.5.id'],
        ['bad-time', 'steps.5.time'],
      ]);
  });
});

describe('step information', () => {
  it('exists for every item that can be a step, and only for such items', () => {
    const byId = new Map(contentItems.map((i) => [i.id, i]));
    for (const id of Object.keys(STEP_INFO))
      expect(byId.get(id) && eligibility(byId.get(id)!), id).toBe('ok');
    const eligible = contentItems.filter((i) => eligibility(i) === 'ok').map((i) => i.id);
    expect(eligible.filter((id) => STEP_INFO[id] === undefined)).toEqual([]);
  });

  it('default times are HH:MM', () => {
    for (const info of Object.values(STEP_INFO))
      if (info.defaultTime !== null) expect(info.defaultTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  });
});

describe('adherence over the last 14 days', () => {
  const checkins = [
    { date: '2026-11-14', planStepsDone: ['prevent.hydration', 'prevent.calf-stretches'] },
    { date: '2026-11-13', planStepsDone: [] },
    // An older check-in without the plan question still answers for a step that is one of its habits.
    { date: '2026-11-10', planStepsDone: null, stretchedBeforeBed: true },
    { date: '2026-11-01', planStepsDone: ['prevent.hydration'] }, // 14 days ago would be 11-01 only with 15 days
  ];
  const result = adherence(
    [{ id: 'prevent.calf-stretches' }, { id: 'prevent.hydration' }],
    checkins,
    '2026-11-14',
  );

  it('gives 14 days, oldest first, ending today', () => {
    expect(result[0]!.days).toHaveLength(14);
    expect(result[0]!.days[0]!.date).toBe('2026-11-01');
    expect(result[0]!.days[13]!.date).toBe('2026-11-14');
  });

  it('counts done and answered days per step', () => {
    expect(result.map((r) => [r.id, r.done, r.answered])).toEqual([
      ['prevent.calf-stretches', 2, 4],
      ['prevent.hydration', 2, 3],
    ]);
    expect(result[1]!.days.find((d) => d.date === '2026-11-10')!.done).toBeNull();
  });
});
