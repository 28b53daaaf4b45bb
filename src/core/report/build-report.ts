// The one-page report for a midwife or doctor, as plain data: who and when, cramps per week with
// the night share, medians and trend, relief, habits (only with enough nights), triage checks,
// red flags and supplements. Pure: the clock and the time zone come in as arguments.

import { MIN_NIGHTS_PER_SIDE } from '../insights/factors.js';
import { computeInsights } from '../insights/insights.js';
import { median } from '../insights/intervals.js';
import { dateOfEpochDay, epochDayOf, ZoneClock } from '../insights/local-time.js';
import { localizeEpisodes } from '../insights/localize.js';
import { SUPPLEMENTS } from '../insights/vocabulary.js';
import { levelRank } from '../triage/index.js';
import { type ReportError, reportPeriod } from './period.js';
import { stageOf } from './stage.js';
import { crampTrend } from './trend.js';
import type {
  Report,
  ReportHabit,
  ReportInput,
  ReportOptions,
  ReportRedFlag,
  ReportSupplement,
  ReportTriageCheck,
} from './types.js';

/** Triage findings answered yes in a check that reached this level are listed as red flags. */
const RED_FLAG_LEVEL = levelRank('urgent');

export function buildReport(
  input: ReportInput,
  options: ReportOptions,
): { ok: true; report: Report } | { ok: false; error: ReportError } {
  const { person } = input;
  const period = reportPeriod(input, options);
  if (!period.ok) return period;
  const { from, to, firstDay, lastDay } = period;
  const inRange = (day: number) => day >= firstDay && day <= lastDay;
  const clock = new ZoneClock(person.timeZone);
  const insights = computeInsights(input.episodes, input.checkins, {
    timeZone: person.timeZone,
    dueDate: person.dueDate,
    birthDate: person.birthDate,
    from,
    to,
  });
  const episodes = localizeEpisodes(input.episodes, clock).filter((item) => inRange(item.epochDay));
  const checkins = input.checkins.filter((c) => inRange(epochDayOf(c.date)));

  const intensities = episodes.flatMap((i) => (i.episode.intensity === null ? [] : [i.episode.intensity]));
  const durations = episodes.flatMap((i) =>
    i.episode.durationSeconds === null ? [] : [i.episode.durationSeconds],
  );

  const compared: ReportHabit[] = insights.factors.flatMap((f) =>
    f.comparison === null
      ? []
      : [
          {
            factor: f.factor,
            label: f.label,
            with: f.with,
            without: f.without,
            rateRatio: f.comparison.rateRatio,
            interval: f.comparison.interval,
            intervalIncludesOne: f.comparison.intervalIncludesOne,
          },
        ],
  );

  const checks: ReportTriageCheck[] = input.triageChecks
    .map((check) => ({ check, day: clock.localTime(Date.parse(check.createdAt)).epochDay }))
    .filter(({ day }) => inRange(day))
    .sort((a, b) => a.check.createdAt.localeCompare(b.check.createdAt))
    .map(({ check, day }) => ({
      id: check.id,
      createdAt: check.createdAt,
      date: dateOfEpochDay(day),
      level: check.level,
      findings: [...check.findings],
      bloodPressure: check.bloodPressure,
      reasons: check.reasons.map((r) => ({ rule: r.rule, level: r.level, explanation: r.explanation })),
    }));

  const redFlags: ReportRedFlag[] = [
    ...insights.redFlags.map((flag) => ({
      date: flag.date,
      kind: flag.reason,
      source: flag.source,
      finding: null,
      episodeId: flag.episodeId,
    })),
    ...checks
      .filter((check) => levelRank(check.level) >= RED_FLAG_LEVEL)
      .flatMap((check) =>
        check.findings.map((finding) => ({
          date: check.date,
          kind: 'triage-finding' as const,
          source: 'triage' as const,
          finding,
          episodeId: null,
        })),
      ),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));

  const answered = checkins.filter((c) => c.supplements !== null);
  const taken: ReportSupplement[] = SUPPLEMENTS.map((supplement) => ({
    supplement,
    daysTaken: answered.filter((c) => c.supplements?.includes(supplement)).length,
  })).filter((s) => s.daysTaken > 0);

  const report: Report = {
    kind: 'crampwise-report',
    version: 1,
    generatedAt: options.now.toISOString(),
    dataSource: 'self-reported',
    person: { name: person.name, birthYear: person.birthYear, locale: person.locale },
    stage: stageOf(person, options.now),
    period: { from, to, days: lastDay - firstDay + 1, timeZone: person.timeZone },
    cramps: {
      dataSource: 'self-reported',
      episodes: insights.totals.episodes,
      nightEpisodes: insights.totals.nightEpisodes,
      nightShare: insights.nightShare,
      perWeek: insights.perWeek,
      intensity: { median: median(intensities), rated: intensities.length },
      durationSeconds: { median: median(durations), recorded: durations.length },
      trend: crampTrend(episodes, firstDay, lastDay),
    },
    relief: { dataSource: 'self-reported', methods: insights.relief },
    habits: {
      dataSource: 'self-reported',
      compared,
      minNightsPerSide: MIN_NIGHTS_PER_SIDE,
      leftOut: insights.factors.length - compared.length,
    },
    triageChecks: { dataSource: 'self-reported', checks },
    redFlags: { dataSource: 'self-reported', seen: redFlags },
    supplements: { dataSource: 'self-reported', daysAnswered: answered.length, taken },
    checkins: { dataSource: 'self-reported', days: checkins.length },
  };
  return { ok: true, report };
}
