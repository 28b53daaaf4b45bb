// The clinician report as HTML: the share link's page renders it on the server and the web app's
// /report page renders the same component, so both read exactly as the PDF does (same lines, from
// src/server/report/format.ts), in the language of the IntlShape passed in. Pure: no browser or Node
// API, only the report and the words.
import type { IntlShape } from 'react-intl';
import type { Report } from '../../core/report/index.js';
import {
  crampSummary,
  formatRedFlag,
  habitLines,
  periodLine,
  personLine,
  reliefLines,
  reportTitle,
  supplementLine,
  trendLine,
  triageLines,
} from '../report/format.js';

type Week = Report['cramps']['perWeek']['weeks'][number];

function weekLabel(intl: IntlShape, week: Week): string {
  if (week.pregnancyWeek !== null)
    return intl.formatMessage({ id: 'report.chart.pregnancyWeek' }, { week: week.pregnancyWeek });
  if (week.weeksSinceBirth !== null)
    return intl.formatMessage({ id: 'report.chart.afterBirth' }, { weeks: week.weeksSinceBirth });
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

function WeeklyChart({ report, intl }: { report: Report; intl: IntlShape }) {
  const t = (id: string) => intl.formatMessage({ id });
  const weeks = report.cramps.perWeek.weeks;
  if (weeks.length === 0) return <p className="muted">{t('report.chart.noWeeks')}</p>;
  const most = Math.max(1, ...weeks.map((w) => w.episodes));
  return (
    <table className="report-weeks">
      <caption>
        {intl.formatMessage({ id: 'report.chart.caption' }, { basis: report.cramps.perWeek.basis })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report.chart.week')}</th>
          <th scope="col">{t('report.chart.cramps')}</th>
          <th scope="col">{t('report.chart.night')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('report.chart.bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.start}>
            <th scope="row">
              {weekLabel(intl, w)} <span className="muted">({w.start})</span>
            </th>
            <td>{intl.formatNumber(w.episodes)}</td>
            <td>{intl.formatNumber(w.nightEpisodes)}</td>
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

export function ReportSheet({ report, intl }: { report: Report; intl: IntlShape }) {
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <article className="report-sheet" data-testid="report-sheet">
      <header>
        <h2 className="report-who">{reportTitle(intl, report)}</h2>
        <p>{personLine(intl, report)}</p>
        <p className="muted">{periodLine(intl, report)}</p>
        <p className="notice">{t('report.notice')}</p>
      </header>
      <section>
        <h3>{t('report.heading.cramps')}</h3>
        <p data-testid="report-cramps">{crampSummary(intl, report)}</p>
        <p>{trendLine(intl, report)}</p>
        <WeeklyChart report={report} intl={intl} />
      </section>
      <section>
        <h3>{t('report.heading.redFlags')}</h3>
        <Lines
          items={report.redFlags.seen.map((f) => formatRedFlag(intl, f))}
          empty={t('report.empty.redFlags')}
        />
      </section>
      <section>
        <h3>{t('report.heading.triage')}</h3>
        <Lines items={triageLines(intl, report)} empty={t('report.empty.triage')} />
      </section>
      <section>
        <h3>{t('report.heading.relief')}</h3>
        <Lines items={reliefLines(intl, report)} empty={t('report.empty.relief')} />
      </section>
      <section>
        <h3>
          {intl.formatMessage({ id: 'report.heading.habits' }, { min: report.habits.minNightsPerSide })}
        </h3>
        <Lines items={habitLines(intl, report)} empty={t('report.empty.habits')} />
        {report.habits.leftOut > 0 && (
          <p className="muted">
            {intl.formatMessage({ id: 'report.habits.leftOut' }, { count: report.habits.leftOut })}
          </p>
        )}
      </section>
      <section>
        <h3>{t('report.heading.supplements')}</h3>
        <p>{supplementLine(intl, report)}</p>
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
