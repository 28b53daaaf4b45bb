// The clinician report as HTML: the share link's page renders it on the server and the web app's
// /report page renders the same component, so both read exactly as the PDF does (same lines, from
// src/server/report/format.ts). Pure: no browser or Node API, only the report.
import type { Report } from '../../core/report/index.js';
import {
  crampSummary,
  formatRedFlag,
  formatStage,
  habitLines,
  reliefLines,
  supplementLine,
  trendLine,
  triageLines,
} from '../report/format.js';

type Week = Report['cramps']['perWeek']['weeks'][number];

function weekLabel(week: Week): string {
  if (week.pregnancyWeek !== null) return `Week ${week.pregnancyWeek}`;
  if (week.weeksSinceBirth !== null) return `${week.weeksSinceBirth} wk after birth`;
  return week.isoWeek ?? week.start;
}

function Lines({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="report-lines">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of a read-only report
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function WeeklyChart({ report }: { report: Report }) {
  const weeks = report.cramps.perWeek.weeks;
  if (weeks.length === 0) return <p className="muted">No weeks in this period.</p>;
  const most = Math.max(1, ...weeks.map((w) => w.episodes));
  const basis = report.cramps.perWeek.basis === 'pregnancy' ? 'week of pregnancy' : 'calendar week';
  return (
    <table className="report-weeks">
      <caption>Cramps per {basis} (dark: at night, 22:00–06:00 or woke from sleep)</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Cramps</th>
          <th scope="col">At night</th>
          <th scope="col">
            <span className="visually-hidden">Chart</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.start}>
            <th scope="row">
              {weekLabel(w)} <span className="muted">({w.start})</span>
            </th>
            <td>{w.episodes}</td>
            <td>{w.nightEpisodes}</td>
            <td className="report-bar-cell" aria-hidden="true">
              <span className="report-bar" style={{ width: `${(w.episodes / most) * 100}%` }}>
                <span
                  className="report-bar-night"
                  style={{ width: w.episodes === 0 ? '0%' : `${(w.nightEpisodes / w.episodes) * 100}%` }}
                />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportSheet({ report }: { report: Report }) {
  const p = report.period;
  return (
    <article className="report-sheet" data-testid="report-sheet">
      <header>
        <h2 className="report-who">Leg cramp report: {report.person.name ?? 'name not given'}</h2>
        <p>
          {report.person.birthYear !== null ? `Born ${report.person.birthYear} · ` : ''}
          {formatStage(report.stage)}
        </p>
        <p className="muted">
          Period {p.from} to {p.to} ({p.days} days) · generated{' '}
          {report.generatedAt.slice(0, 16).replace('T', ' ')} UTC · times in {p.timeZone}
        </p>
        <p className="notice">
          Every figure here is self-reported by the patient in the Crampwise diary; none is a clinical
          measurement.
        </p>
      </header>
      <section>
        <h3>Cramps (self-reported)</h3>
        <p data-testid="report-cramps">{crampSummary(report)}</p>
        <p>{trendLine(report)}</p>
        <WeeklyChart report={report} />
      </section>
      <section>
        <h3>Red flags seen (self-reported)</h3>
        <Lines items={report.redFlags.seen.map(formatRedFlag)} empty="None recorded." />
      </section>
      <section>
        <h3>Triage checks: level, date and reasons (answers self-reported)</h3>
        <Lines items={triageLines(report)} empty="No checks in this period." />
      </section>
      <section>
        <h3>What was tried and what helped (self-reported)</h3>
        <Lines items={reliefLines(report)} empty="Nothing recorded." />
      </section>
      <section>
        <h3>
          Habits and cramps (self-reported; shown only with {report.habits.minNightsPerSide}+ nights on each
          side)
        </h3>
        <Lines items={habitLines(report)} empty="No habit has enough nights on each side to compare yet." />
        {report.habits.leftOut > 0 && (
          <p className="muted">{report.habits.leftOut} habits left out: too few nights to compare.</p>
        )}
      </section>
      <section>
        <h3>Supplements (self-reported)</h3>
        <p>{supplementLine(report)}</p>
      </section>
    </article>
  );
}

/** The report's own styles, print rules included: one sheet, no navigation, no buttons on paper. */
export const REPORT_CSS = `
.report-sheet h2 { margin-bottom: 0.25rem; }
.report-sheet h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.report-sheet p { margin: 0.25rem 0; }
.report-lines { margin: 0.2rem 0; padding-left: 1.2rem; }
.report-weeks { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.95rem; }
.report-weeks caption { text-align: left; color: var(--muted); padding-bottom: 0.3rem; }
.report-weeks th, .report-weeks td { text-align: left; padding: 0.15rem 0.5rem 0.15rem 0; font-weight: normal; }
.report-bar-cell { width: 40%; }
.report-bar { display: block; height: 0.8rem; background: var(--surface-2, #ccd); border: 1px solid var(--border, #889); min-width: 1px; }
.report-bar-night { display: block; height: 100%; background: var(--text, #222); }
.report-downloads { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; }
.share-list { list-style: none; padding: 0; }
.share-views { margin: 0.3rem 0; padding-left: 1.2rem; }
.share-qr { margin: 1rem 0 0; }
.share-qr svg { display: block; width: min(100%, 16rem); height: auto; background: #fff; }
@media print {
  .site-header, .site-footer, .skip-link, .no-print, .report-downloads { display: none !important; }
  body { background: #fff; color: #000; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .report-sheet { break-inside: auto; }
  .report-sheet h3 { break-after: avoid; }
  .report-bar { background: #ddd; border-color: #888; }
  .report-bar-night { background: #333; }
  .notice { border-left-color: #000; background: none; }
  @page { margin: 12mm; }
}
`;
