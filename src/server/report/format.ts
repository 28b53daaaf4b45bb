// The report's figures as the lines of the one-page PDF and of the report pages (the app's /report
// and the share link): one place decides how each number is written, so a test can find the JSON's
// numbers in the PDF. The words come from the `report` catalog in the reader's language; the core
// hands over codes (levels, methods, findings, habits), turned into words here.
// Pure: the server passes serverIntl(locale, ['report']), the web app its own IntlShape.

import type { IntlShape } from 'react-intl';
import type { Report, ReportHabit, ReportRedFlag, ReportStage } from '../../core/report/index.js';
import {
  findingLabel,
  habitLabel,
  redFlagLabel,
  reliefLabel,
  supplementLabel,
  triageLevelLabel,
} from './words.js';

type Intl = IntlShape;

const percent = (intl: Intl, share: number) =>
  intl.formatNumber(Math.round(share * 100) / 100, { style: 'percent' });
const fixed2 = (intl: Intl, x: number) =>
  intl.formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/**
 * A local date (YYYY-MM-DD) as the reader writes it. English keeps ISO 8601: the report goes to
 * clinicians on both sides of the Atlantic, where 03/04 means two different days.
 */
export function formatDay(intl: Intl, date: string): string {
  if (/^en(-|$)/.test(intl.locale)) return date;
  return intl.formatDate(Date.parse(`${date}T00:00:00Z`), {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
}

export function formatDuration(intl: Intl, seconds: number): string {
  const rounded = Math.round(seconds);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return intl.formatMessage({ id: 'report.duration.seconds' }, { seconds: rest });
  if (rest === 0) return intl.formatMessage({ id: 'report.duration.minutes' }, { minutes });
  return intl.formatMessage({ id: 'report.duration.minutesSeconds' }, { minutes, seconds: rest });
}

export function formatStage(intl: Intl, stage: ReportStage): string {
  switch (stage.status) {
    case 'pregnant':
    case 'post-term':
      return intl.formatMessage(
        { id: 'report.stage.pregnant' },
        { weeks: stage.weeks, days: stage.days, due: formatDay(intl, stage.dueDate) },
      );
    case 'after-birth':
      return intl.formatMessage(
        { id: 'report.stage.afterBirth' },
        { weeks: stage.weeksSinceBirth, date: formatDay(intl, stage.birthDate) },
      );
    case 'past-due-date':
      return intl.formatMessage(
        { id: 'report.stage.pastDue' },
        { weeks: stage.weeksSinceDueDate, date: formatDay(intl, stage.dueDate) },
      );
    case 'not-yet':
      return intl.formatMessage({ id: 'report.stage.notYet' }, { date: formatDay(intl, stage.dueDate) });
    case 'unknown':
      return intl.formatMessage({ id: 'report.stage.unknown' });
    default: {
      const unreachable: never = stage;
      return unreachable;
    }
  }
}

/** "Leg cramp report: <name>". */
export function reportTitle(intl: Intl, report: Report): string {
  return intl.formatMessage(
    { id: 'report.who' },
    { name: report.person.name ?? intl.formatMessage({ id: 'report.nameNotGiven' }) },
  );
}

/** "Born 1994 · Week 24+3 of pregnancy (due …)". */
export function personLine(intl: Intl, report: Report): string {
  const stage = formatStage(intl, report.stage);
  if (report.person.birthYear === null) return stage;
  // A year is a name, not an amount: no grouping ("1,994").
  return `${intl.formatMessage({ id: 'report.born' }, { year: String(report.person.birthYear) })} · ${stage}`;
}

/** The period, when the report was made (UTC) and the time zone its local times are in. */
export function periodLine(intl: Intl, report: Report): string {
  const p = report.period;
  return intl.formatMessage(
    { id: 'report.period' },
    {
      from: formatDay(intl, p.from),
      to: formatDay(intl, p.to),
      days: p.days,
      generated: report.generatedAt.slice(0, 16).replace('T', ' '),
      zone: p.timeZone,
    },
  );
}

export const levelLabel = triageLevelLabel;

export function formatRedFlag(intl: Intl, flag: ReportRedFlag): string {
  const date = formatDay(intl, flag.date);
  const what = redFlagLabel(intl, flag.kind);
  if (flag.finding === null) return intl.formatMessage({ id: 'report.redFlag.line' }, { date, what });
  return intl.formatMessage(
    { id: 'report.redFlag.lineFinding' },
    { date, what, finding: findingLabel(intl, flag.finding) },
  );
}

export function crampSummary(intl: Intl, report: Report): string {
  const c = report.cramps;
  const parts = [intl.formatMessage({ id: 'report.cramps.count' }, { count: c.episodes })];
  if (c.nightShare !== null)
    parts.push(
      intl.formatMessage(
        { id: 'report.cramps.night' },
        { count: c.nightEpisodes, share: percent(intl, c.nightShare) },
      ),
    );
  parts.push(
    c.intensity.median === null
      ? intl.formatMessage({ id: 'report.cramps.notRated' })
      : intl.formatMessage(
          { id: 'report.cramps.intensity' },
          { median: intl.formatNumber(c.intensity.median), rated: c.intensity.rated },
        ),
  );
  if (c.durationSeconds.median !== null)
    parts.push(
      intl.formatMessage(
        { id: 'report.cramps.duration' },
        { duration: formatDuration(intl, c.durationSeconds.median), timed: c.durationSeconds.recorded },
      ),
    );
  return parts.join(' · ');
}

export function trendLine(intl: Intl, report: Report): string {
  const t = report.cramps.trend;
  if (t.firstHalf === null || t.secondHalf === null) return intl.formatMessage({ id: 'report.trend.short' });
  const halves = intl.formatMessage(
    { id: 'report.trend.halves' },
    {
      first: fixed2(intl, t.firstHalf.perWeek),
      from: formatDay(intl, t.firstHalf.from),
      to: formatDay(intl, t.firstHalf.to),
      second: fixed2(intl, t.secondHalf.perWeek),
    },
  );
  switch (t.direction) {
    case 'not-enough-data':
      return intl.formatMessage({ id: 'report.trend.nothing' }, { halves });
    case 'no-clear-change':
    case 'more':
    case 'fewer':
      return intl.formatMessage(
        { id: 'report.trend.compared' },
        {
          direction: t.direction,
          halves,
          ratio: fixed2(intl, t.rateRatio!),
          low: fixed2(intl, t.interval!.low),
          high: fixed2(intl, t.interval!.high),
        },
      );
    default: {
      const unreachable: never = t.direction;
      return unreachable;
    }
  }
}

export function reliefLines(intl: Intl, report: Report): string[] {
  return report.relief.methods.map((m) => {
    const line = intl.formatMessage(
      { id: 'report.relief.line' },
      {
        method: reliefLabel(intl, m.method),
        helped: m.helped,
        tried: m.tried,
        share: percent(intl, m.helpedShare),
        low: percent(intl, m.interval.low),
        high: percent(intl, m.interval.high),
      },
    );
    if (m.medianMinutesToRelief === null) return line;
    return `${line}${intl.formatMessage({ id: 'report.relief.minutes' }, { minutes: intl.formatNumber(m.medianMinutesToRelief) })}`;
  });
}

function habitLine(intl: Intl, h: ReportHabit): string {
  return intl.formatMessage(
    { id: 'report.habit.line' },
    {
      habit: habitLabel(intl, h.factor),
      withRate: fixed2(intl, h.with.rate!),
      withNights: h.with.nights,
      withoutRate: fixed2(intl, h.without.rate!),
      withoutNights: h.without.nights,
      ratio: fixed2(intl, h.rateRatio),
      low: fixed2(intl, h.interval.low),
      high: fixed2(intl, h.interval.high),
    },
  );
}

export function habitLines(intl: Intl, report: Report): string[] {
  return report.habits.compared.map((h) => habitLine(intl, h));
}

/**
 * One line per saved check: date, level, blood pressure, and why. The reasons were saved as the
 * triage engine's English sentences, so an English report shows them as saved; another language
 * names the findings answered yes (what led to the level) from the catalog instead.
 */
export function triageLines(intl: Intl, report: Report): string[] {
  return report.triageChecks.checks.map((c) => {
    const parts = [
      intl.formatMessage(
        { id: 'report.triage.line' },
        { date: formatDay(intl, c.date), level: triageLevelLabel(intl, c.level) },
      ),
    ];
    if (c.bloodPressure)
      parts.push(
        intl.formatMessage(
          { id: 'report.triage.bloodPressure' },
          { systolic: c.bloodPressure.systolic, diastolic: c.bloodPressure.diastolic },
        ),
      );
    if (/^en(-|$)/.test(intl.locale)) parts.push(...c.reasons.map((r) => r.explanation));
    else if (c.findings.length > 0)
      parts.push(
        intl.formatMessage(
          { id: 'report.triage.answeredYes' },
          { findings: intl.formatList(c.findings.map((f) => findingLabel(intl, f))) },
        ),
      );
    // Chinese and Japanese sentences follow each other without a space.
    return parts.join(/^(zh|ja)/.test(intl.locale) ? '' : ' ');
  });
}

export function supplementLine(intl: Intl, report: Report): string {
  const s = report.supplements;
  if (s.daysAnswered === 0) return intl.formatMessage({ id: 'report.supplements.notRecorded' });
  if (s.taken.length === 0)
    return intl.formatMessage({ id: 'report.supplements.noneTaken' }, { days: s.daysAnswered });
  const list = intl.formatList(
    s.taken.map((t) =>
      intl.formatMessage(
        { id: 'report.supplements.item' },
        { name: supplementLabel(intl, t.supplement), days: t.daysTaken },
      ),
    ),
  );
  return intl.formatMessage({ id: 'report.supplements.taken' }, { days: s.daysAnswered, list });
}
