// The report's figures as the lines of the one-page PDF and of the report pages (the app's /report
// and the share link): one place decides how each number is written, so a test can find the JSON's
// numbers in the PDF.

import type { Report, ReportRedFlag, ReportStage } from '../../core/report/index.js';
import { LEVEL_DISPLAY, RELIEF_DISPLAY } from '../../core/report/labels.js';
import type { TriageLevel } from '../../core/triage/index.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const fixed2 = (x: number) => x.toFixed(2);

export function formatDuration(seconds: number): string {
  const rounded = Math.round(seconds);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return minutes === 0 ? `${rest} s` : rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export function formatStage(stage: ReportStage): string {
  switch (stage.status) {
    case 'pregnant':
    case 'post-term':
      return `Week ${stage.weeks}+${stage.days} of pregnancy (due ${stage.dueDate})`;
    case 'after-birth':
      return `${stage.weeksSinceBirth} weeks since the birth (${stage.birthDate})`;
    case 'past-due-date':
      return `${stage.weeksSinceDueDate} weeks past the due date (${stage.dueDate}); birth date not recorded`;
    case 'not-yet':
      return `Due date ${stage.dueDate}`;
    case 'unknown':
      return 'No due date given';
    default: {
      const unreachable: never = stage;
      return unreachable;
    }
  }
}

export const levelLabel = (level: TriageLevel) => LEVEL_DISPLAY[level].display;

const RED_FLAG_WORDS: Record<ReportRedFlag['kind'], string> = {
  'one-leg-swelling': 'Swelling in one leg logged in a check-in',
  'red-warm-or-swollen-leg-in-notes': 'A note describes a red, warm or swollen leg',
  'triage-finding': 'Answered yes in a check',
};

export function formatRedFlag(flag: ReportRedFlag): string {
  const finding = flag.finding ? `: ${flag.finding.replaceAll('_', ' ')}` : '';
  return `${flag.date}  ${RED_FLAG_WORDS[flag.kind]}${finding}`;
}

export function crampSummary(report: Report): string {
  const c = report.cramps;
  const parts = [`Cramps: ${c.episodes}`];
  if (c.nightShare !== null) parts.push(`at night: ${c.nightEpisodes} (${percent(c.nightShare)})`);
  parts.push(
    c.intensity.median === null
      ? 'intensity not rated'
      : `median intensity ${c.intensity.median}/10 (${c.intensity.rated} rated)`,
  );
  if (c.durationSeconds.median !== null)
    parts.push(
      `median duration ${formatDuration(c.durationSeconds.median)} (${c.durationSeconds.recorded} timed)`,
    );
  return parts.join(' · ');
}

export function trendLine(report: Report): string {
  const t = report.cramps.trend;
  if (t.firstHalf === null || t.secondHalf === null)
    return 'Trend: the period is too short to compare its halves.';
  const halves = `${fixed2(t.firstHalf.perWeek)} a week (${t.firstHalf.from} to ${t.firstHalf.to}) then ${fixed2(t.secondHalf.perWeek)} a week`;
  switch (t.direction) {
    case 'not-enough-data':
      return `Trend: no cramps to compare (${halves}).`;
    case 'no-clear-change':
    case 'more':
    case 'fewer': {
      const word = t.direction === 'no-clear-change' ? 'no clear change' : `${t.direction} cramps`;
      return `Trend: ${word}: ${halves}; rate ratio ${fixed2(t.rateRatio!)} (95% CI ${fixed2(t.interval!.low)} to ${fixed2(t.interval!.high)}).`;
    }
    default: {
      const unreachable: never = t.direction;
      return unreachable;
    }
  }
}

export function reliefLines(report: Report): string[] {
  return report.relief.methods.map((m) => {
    const minutes =
      m.medianMinutesToRelief === null ? '' : `; median ${m.medianMinutesToRelief} min to relief`;
    return `${RELIEF_DISPLAY[m.method]}: helped ${m.helped} of ${m.tried} (${percent(m.helpedShare)}, 95% CI ${percent(m.interval.low)} to ${percent(m.interval.high)})${minutes}`;
  });
}

export function habitLines(report: Report): string[] {
  return report.habits.compared.map(
    (h) =>
      `${h.label}: ${fixed2(h.with.rate!)} cramps a night on ${h.with.nights} nights with, ${fixed2(h.without.rate!)} on ${h.without.nights} without; ratio ${fixed2(h.rateRatio)} (95% CI ${fixed2(h.interval.low)} to ${fixed2(h.interval.high)})`,
  );
}

export function triageLines(report: Report): string[] {
  return report.triageChecks.checks.map((c) => {
    const why = c.reasons.map((r) => r.explanation).join(' ');
    const bp = c.bloodPressure ? ` BP ${c.bloodPressure.systolic}/${c.bloodPressure.diastolic}.` : '';
    return `${c.date}  ${levelLabel(c.level)}.${bp}${why ? ` ${why}` : ''}`;
  });
}

export function supplementLine(report: Report): string {
  const s = report.supplements;
  if (s.daysAnswered === 0) return 'Supplements: not recorded.';
  if (s.taken.length === 0) return `Supplements: none taken on the ${s.daysAnswered} days answered.`;
  return `Supplements, days taken of ${s.daysAnswered} answered: ${s.taken.map((t) => `${t.supplement} ${t.daysTaken}`).join(', ')}.`;
}
