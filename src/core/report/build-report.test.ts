import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../contract/report.js';
import type { CheckinRecord, EpisodeRecord } from '../insights/records.js';
import { buildReport } from './build-report.js';
import type { Report, ReportInput, ReportOptions, ReportPerson, TriageCheckFact } from './types.js';

const stamp = '2026-07-15T00:00:00.000Z';
let n = 0;
const episode = (startedAt: string, more: Partial<EpisodeRecord> = {}): EpisodeRecord => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  startedAt,
  durationSeconds: null,
  muscles: ['calf'],
  side: 'left',
  intensity: null,
  wokeFromSleep: false,
  reliefTried: [],
  reliefHelped: [],
  minutesToRelief: null,
  notes: null,
  createdAt: stamp,
  updatedAt: stamp,
  ...more,
});
const checkin = (date: string, more: Partial<CheckinRecord> = {}): CheckinRecord => ({
  date,
  waterGlasses: null,
  walkedMinutes: null,
  standingHours: null,
  stretchedBeforeBed: null,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
  planStepsDone: null,
  createdAt: stamp,
  updatedAt: stamp,
  ...more,
});
const check = (id: string, createdAt: string, more: Partial<TriageCheckFact>): TriageCheckFact => ({
  id,
  createdAt,
  level: 'routine',
  findings: [],
  gestationalWeek: null,
  bloodPressure: null,
  reasons: [],
  ...more,
});

const person: ReportPerson = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Anna',
  birthYear: 1992,
  dueDate: '2026-10-01',
  birthDate: null,
  locale: 'en-GB',
  timeZone: 'Europe/London',
};

// London is on BST (UTC+1) throughout: local times are given in the comments.
const input: ReportInput = {
  person,
  episodes: [
    episode('2026-06-30T10:00:00Z', { intensity: 10 }), // 30 June: before the period
    episode('2026-07-01T22:00:00Z', {
      // 23:00 on 1 July: night
      intensity: 4,
      durationSeconds: 60,
      reliefTried: ['calf-stretch'],
      reliefHelped: ['calf-stretch'],
      minutesToRelief: 5,
    }),
    episode('2026-07-03T02:00:00Z', {
      // 03:00 on 3 July: night, belongs to the night of 2 July
      intensity: 6,
      durationSeconds: 120,
      reliefTried: ['calf-stretch', 'massage'],
      reliefHelped: ['massage'],
      minutesToRelief: 10,
    }),
    episode('2026-07-09T14:00:00Z', { intensity: 8, reliefTried: ['walk'] }), // 15:00: daytime
    episode('2026-07-10T23:30:00Z', { durationSeconds: 30 }), // 00:30 on 11 July: night
    episode('2026-07-12T21:30:00Z', {
      // 22:30 on 12 July: night
      intensity: 7,
      durationSeconds: 90,
      notes: 'my left calf is red and warm',
    }),
  ],
  checkins: [
    checkin('2026-07-01', { stretchedBeforeBed: true, supplements: ['calcium', 'magnesium'] }),
    checkin('2026-07-02', { stretchedBeforeBed: true, supplements: ['calcium'] }),
    checkin('2026-07-03', { stretchedBeforeBed: true, supplements: [] }),
    checkin('2026-07-04', { stretchedBeforeBed: false }),
    checkin('2026-07-05', { stretchedBeforeBed: false, swelling: 'one-leg' }),
    checkin('2026-07-06', { stretchedBeforeBed: false }),
    checkin('2026-07-07'),
  ],
  triageChecks: [
    check('t0', '2026-06-20T09:00:00Z', { level: 'emergency', findings: ['chest_pain'] }),
    check('t2', '2026-07-13T08:00:00Z', { level: 'routine', findings: ['both_legs_swollen'] }),
    check('t1', '2026-07-05T09:00:00Z', {
      level: 'urgent',
      findings: ['one_leg_swollen'],
      reasons: [{ rule: 'one-leg-swelling', level: 'urgent', explanation: 'One leg swollen.' }],
    }),
  ],
};
const options: ReportOptions = {
  now: new Date('2026-07-15T12:00:00Z'),
  from: '2026-07-01',
  to: '2026-07-14',
};

function report(i: ReportInput = input, o = options): Report {
  const result = buildReport(i, o);
  if (!result.ok) throw new Error(result.error.message);
  return result.report;
}

describe('buildReport', () => {
  it('says who and when: week 28 + 6 on 15 July for a 1 October due date', () => {
    const r = report();
    expect(r.person).toEqual({ name: 'Anna', birthYear: 1992, locale: 'en-GB' });
    // 25 Dec 2025 (due date − 280 days) to 15 Jul 2026 is 202 days = 28 weeks 6 days.
    expect(r.stage).toEqual({ status: 'pregnant', dueDate: '2026-10-01', weeks: 28, days: 6 });
    expect(r.period).toEqual({ from: '2026-07-01', to: '2026-07-14', days: 14, timeZone: 'Europe/London' });
    expect(r.generatedAt).toBe('2026-07-15T12:00:00.000Z');
  });

  it('counts cramps, the night share and the medians by hand', () => {
    const { cramps } = report();
    expect(cramps.episodes).toBe(5);
    expect(cramps.nightEpisodes).toBe(4);
    expect(cramps.nightShare).toBe(0.8);
    // Intensities 4, 6, 7, 8 → 6.5; durations 30, 60, 90, 120 s → 75 s.
    expect(cramps.intensity).toEqual({ median: 6.5, rated: 4 });
    expect(cramps.durationSeconds).toEqual({ median: 75, recorded: 4 });
  });

  it('counts cramps per week of pregnancy', () => {
    const weeks = report().cramps.perWeek.weeks.map((w) => [
      w.pregnancyWeek,
      w.start,
      w.episodes,
      w.nightEpisodes,
    ]);
    expect(weeks).toEqual([
      [26, '2026-06-25', 1, 1],
      [27, '2026-07-02', 1, 1],
      [28, '2026-07-09', 3, 2],
    ]);
  });

  it('compares the two halves of the period and does not call 2 against 3 cramps a trend', () => {
    const { trend } = report().cramps;
    expect(trend.firstHalf).toEqual({
      from: '2026-07-01',
      to: '2026-07-07',
      days: 7,
      episodes: 2,
      perWeek: 2,
      medianIntensity: 5,
    });
    expect(trend.secondHalf).toMatchObject({ from: '2026-07-08', to: '2026-07-14', episodes: 3, perWeek: 3 });
    expect(trend.secondHalf?.medianIntensity).toBe(7.5);
    // RR = (3/7)/(2/7) = 1.5; log-scale SE = √(1/3 + 1/2) = 0.9129 → 0.2506 to 8.977.
    expect(trend.rateRatio).toBeCloseTo(1.5, 10);
    expect(trend.interval?.low).toBeCloseTo(0.2506, 3);
    expect(trend.interval?.high).toBeCloseTo(8.977, 2);
    expect(trend.direction).toBe('no-clear-change');
  });

  it('calls a clear rise a rise, and a period under two weeks too short for a trend', () => {
    const many = [...Array(12)].map((_, i) =>
      episode(`2026-07-${String(8 + (i % 7)).padStart(2, '0')}T20:00:00Z`),
    );
    const rising = report({ ...input, episodes: [input.episodes[1]!, ...many] });
    expect(rising.cramps.trend.direction).toBe('more');
    const short = report(input, { ...options, from: '2026-07-02' });
    expect(short.cramps.trend).toMatchObject({ direction: 'not-enough-data', firstHalf: null });
  });

  it('ranks what was tried by how often it helped', () => {
    const methods = report().relief.methods.map((m) => [
      m.method,
      m.rank,
      m.tried,
      m.helped,
      m.medianMinutesToRelief,
    ]);
    expect(methods).toEqual([
      ['massage', 1, 1, 1, 10],
      ['calf-stretch', 2, 2, 1, 5],
      ['walk', 3, 1, 0, null],
    ]);
  });

  it('shows a habit only with at least 3 nights on each side', () => {
    const { habits } = report();
    expect(habits.minNightsPerSide).toBe(3);
    expect(habits.compared.map((h) => h.factor)).toEqual(['stretchedBeforeBed']);
    expect(habits.leftOut).toBe(8);
    const [stretch] = habits.compared;
    // 2 cramps on 3 nights with, 0 on 3 without; 0.5 added to both: (2.5/3)/(0.5/3) = 5.
    expect(stretch?.with).toEqual({ nights: 3, episodes: 2, rate: 2 / 3 });
    expect(stretch?.without).toEqual({ nights: 3, episodes: 0, rate: 0 });
    expect(stretch?.rateRatio).toBeCloseTo(5, 10);
    // SE = √(1/2.5 + 1/0.5) = 1.549 → 0.240 to 104.2.
    expect(stretch?.interval.low).toBeCloseTo(0.24, 2);
    expect(stretch?.interval.high).toBeCloseTo(104.2, 0);
    expect(stretch?.intervalIncludesOne).toBe(true);
    // With one night fewer on the "without" side the comparison is gone.
    const fewer = report({ ...input, checkins: input.checkins.filter((c) => c.date !== '2026-07-06') });
    expect(fewer.habits.compared).toEqual([]);
  });

  it('lists every triage check in the period, oldest first, with its level and reasons', () => {
    const { checks } = report().triageChecks;
    expect(checks.map((c) => [c.id, c.date, c.level])).toEqual([
      ['t1', '2026-07-05', 'urgent'],
      ['t2', '2026-07-13', 'routine'],
    ]);
    expect(checks[0]?.reasons).toEqual([
      { rule: 'one-leg-swelling', level: 'urgent', explanation: 'One leg swollen.' },
    ]);
  });

  it('lists red flags from check-ins, notes and urgent checks, but not routine findings', () => {
    expect(report().redFlags.seen).toEqual([
      { date: '2026-07-05', kind: 'one-leg-swelling', source: 'checkin', finding: null, episodeId: null },
      {
        date: '2026-07-05',
        kind: 'triage-finding',
        source: 'triage',
        finding: 'one_leg_swollen',
        episodeId: null,
      },
      {
        date: '2026-07-12',
        kind: 'red-warm-or-swollen-leg-in-notes',
        source: 'episode',
        finding: null,
        episodeId: input.episodes[5]!.id,
      },
    ]);
  });

  it('counts supplement days among the check-ins that answered', () => {
    expect(report().supplements).toEqual({
      dataSource: 'self-reported',
      daysAnswered: 3,
      taken: [
        { supplement: 'calcium', daysTaken: 2 },
        { supplement: 'magnesium', daysTaken: 1 },
      ],
    });
    expect(report().checkins.days).toBe(7);
  });

  it('marks every section self-reported', () => {
    const r = report();
    for (const section of [
      r,
      r.cramps,
      r.relief,
      r.habits,
      r.triageChecks,
      r.redFlags,
      r.supplements,
      r.checkins,
    ])
      expect(section.dataSource).toBe('self-reported');
  });

  it('runs from the first entry to today when no period is given', () => {
    const r = report(input, { now: options.now, from: null, to: null });
    expect(r.period).toMatchObject({ from: '2026-06-20', to: '2026-07-15', days: 26 });
  });

  it('reads dates on the person’s clock: 23:30 UTC is the next day in Tokyo', () => {
    const tokyo = { ...person, timeZone: 'Asia/Tokyo' };
    const r = report({ ...input, person: tokyo }, { ...options, from: '2026-07-11', to: '2026-07-11' });
    // 2026-07-10T23:30Z is 08:30 on 11 July in Tokyo.
    expect(r.cramps.episodes).toBe(1);
  });

  it('gives weeks since the birth once it is recorded, and weeks past the due date otherwise', () => {
    const after = report({ ...input, person: { ...person, birthDate: '2026-06-17' } });
    expect(after.stage).toEqual({
      status: 'after-birth',
      birthDate: '2026-06-17',
      weeksSinceBirth: 4,
      daysSinceBirth: 28,
    });
    const late = report({ ...input, person: { ...person, dueDate: '2026-01-01' } });
    // 1 Jan to 15 Jul is 195 days: 27 weeks past the due date.
    expect(late.stage).toEqual({ status: 'past-due-date', dueDate: '2026-01-01', weeksSinceDueDate: 27 });
    expect(report({ ...input, person: { ...person, dueDate: null } }).stage).toEqual({ status: 'unknown' });
  });

  it('refuses a period that ends before it starts', () => {
    const result = buildReport(input, { ...options, from: '2026-07-14', to: '2026-07-01' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_range', message: 'from (2026-07-14) is after to (2026-07-01)' },
    });
  });

  it('parses with the contract’s Report schema', () => {
    const r = report();
    expect(reportSchema.parse(r)).toEqual(r);
    const empty = report({ ...input, episodes: [], checkins: [], triageChecks: [] });
    expect(reportSchema.parse(empty)).toEqual(empty);
    expect(reportSchema.safeParse({ ...r, dataSource: 'measured' }).success).toBe(false);
  });
});
