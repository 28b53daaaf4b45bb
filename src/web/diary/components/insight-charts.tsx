// The insights' two charts, each with the same numbers as a table for anyone who cannot see it.
import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import uPlot from 'uplot';
import type { Insights } from '../diary-api';
import { shortDate } from '../diary-time';
import { intensitySummary, perWeekSummary, weekLabel } from '../insight-words';
import { axis, Chart, type ChartSpec } from './chart';

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** At most this many labels fit under a phone-wide chart. */
const MAX_LABELS = 6;

function TableAlternative({ caption, children }: { caption: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <details className="chart-table">
      <summary>{intl.formatMessage({ id: 'diary.chart.showTable' })}</summary>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

export function PerWeekChart({ perWeek }: { perWeek: Insights['perWeek'] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { weeks } = perWeek;
  const spec = useMemo<ChartSpec>(() => {
    const labels = weeks.map((w) =>
      w.weeksSinceBirth !== null
        ? `+${w.weeksSinceBirth + 1}`
        : w.pregnancyWeek !== null
          ? String(w.pregnancyWeek)
          : shortDate(intl, w.start),
    );
    const xs = weeks.map((_, i) => i);
    const most = Math.max(3, ...weeks.map((w) => w.episodes));
    const every = Math.ceil(weeks.length / MAX_LABELS);
    return {
      data: [xs, weeks.map((w) => w.episodes)],
      options: (theme) => ({
        legend: { show: false },
        cursor: { show: false },
        padding: [12, 8, 0, 0],
        scales: {
          x: { time: false, range: () => [-0.5, weeks.length - 0.5] },
          y: { range: () => [0, most] },
        },
        axes: [
          axis(theme, {
            grid: { show: false },
            splits: () => xs.filter((i) => i % every === 0),
            values: (_u, splits) => splits.map((i) => labels[i] ?? ''),
            label: intl.formatMessage({
              id:
                perWeek.basis === 'pregnancy'
                  ? 'diary.chart.axisPregnancyWeek'
                  : 'diary.chart.axisWeekStarting',
            }),
            labelFont: theme.font,
            labelSize: 20,
          }),
          axis(theme, {
            size: 36,
            incrs: [1, 2, 5, 10, 20, 50],
            values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
          }),
        ],
        series: [
          {},
          {
            label: intl.formatMessage({ id: 'diary.chart.cramps' }),
            stroke: theme.accent,
            fill: theme.accent,
            width: 0,
            points: { show: false },
            paths: uPlot.paths.bars!({ size: [0.7, 56], align: 0 }),
          },
        ],
      }),
    };
  }, [weeks, perWeek.basis, intl]);

  const summary = perWeekSummary(intl, perWeek);
  return (
    <figure className="chart-figure">
      <Chart label={intl.formatMessage({ id: 'diary.chart.bar' }, { summary })} spec={spec} />
      <figcaption className="muted">{summary}</figcaption>
      <TableAlternative caption={t('diary.chart.perWeekCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('diary.chart.week')}</th>
            <th scope="col">{t('diary.chart.dates')}</th>
            <th scope="col">{t('diary.chart.cramps')}</th>
            <th scope="col">{t('diary.chart.atNight')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{weekLabel(intl, w)}</th>
              <td>
                {intl.formatMessage(
                  { id: 'diary.chart.range' },
                  { from: shortDate(intl, w.start), to: shortDate(intl, w.end) },
                )}
              </td>
              <td>{w.episodes}</td>
              <td>{w.nightEpisodes}</td>
            </tr>
          ))}
        </tbody>
      </TableAlternative>
      {perWeek.outsidePregnancy > 0 && (
        <p className="muted">
          {intl.formatMessage({ id: 'diary.chart.outsidePregnancy' }, { count: perWeek.outsidePregnancy })}
        </p>
      )}
    </figure>
  );
}

export function IntensityChart({ over }: { over: Insights['intensityOverTime'] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { points } = over;
  const spec = useMemo<ChartSpec>(() => {
    const xs = points.map((p) => epochDay(p.start));
    const first = xs[0] ?? 0;
    const last = xs.at(-1) ?? 0;
    const pad = over.bucket === 'week' ? 3.5 : 0.5;
    return {
      data: [xs, points.map((p) => p.meanIntensity)],
      options: (theme) => ({
        legend: { show: false },
        cursor: { show: false },
        padding: [12, 12, 0, 0],
        scales: {
          x: { time: false, range: () => [first - pad, Math.max(last, first + 1) + pad] },
          y: { range: () => [0, 10] },
        },
        axes: [
          axis(theme, {
            grid: { show: false },
            incrs: [1, 2, 7, 14, 28, 56, 112],
            space: 56,
            values: (_u, splits) =>
              splits.map((d) => (Number.isInteger(d) ? shortDate(intl, dateOfDay(d)) : '')),
          }),
          axis(theme, { size: 36, splits: () => [0, 2, 4, 6, 8, 10] }),
        ],
        series: [
          {},
          {
            label: intl.formatMessage({ id: 'diary.chart.averageIntensity' }),
            stroke: theme.accent,
            width: 2.5,
            points: { show: true, size: 9, fill: theme.accent, stroke: theme.accent },
          },
        ],
      }),
    };
  }, [points, over.bucket, intl]);

  const summary = intensitySummary(intl, over);
  return (
    <figure className="chart-figure">
      <Chart label={intl.formatMessage({ id: 'diary.chart.line' }, { summary })} spec={spec} />
      <figcaption className="muted">{summary}</figcaption>
      <TableAlternative caption={t('diary.chart.averageIntensity')}>
        <thead>
          <tr>
            <th scope="col">{over.bucket === 'day' ? t('diary.chart.day') : t('diary.chart.week')}</th>
            <th scope="col">{t('diary.chart.average')}</th>
            <th scope="col">{t('diary.chart.ratedCramps')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.start}>
              <th scope="row">
                {over.bucket === 'day'
                  ? shortDate(intl, p.start)
                  : intl.formatMessage(
                      { id: 'diary.chart.range' },
                      { from: shortDate(intl, p.start), to: shortDate(intl, p.end) },
                    )}
              </th>
              <td>
                {intl.formatNumber(p.meanIntensity, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
              </td>
              <td>{p.episodes}</td>
            </tr>
          ))}
        </tbody>
      </TableAlternative>
    </figure>
  );
}
