// The five articles side by side: one row per item they speak to, grouped by Learn section, with a legend.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { type CellMark, type MatrixRow, matrixTotals, sourceMatrix } from '../../content/source-matrix.js';
import { LEARN_SECTIONS, sectionHeading } from './learn-labels.js';

/** Each mark's symbol, what a cell says to a screen reader, the legend's line and the totals row's name. */
const MARKS: Record<CellMark, { symbol: string; cell: string; legend: string; total?: string }> = {
  covers: {
    symbol: '✓',
    cell: 'learn.mark.covers',
    legend: 'learn.legend.covers',
    total: 'learn.matrix.totals.covers',
  },
  disagrees: {
    symbol: '≠',
    cell: 'learn.mark.disagrees',
    legend: 'learn.legend.disagrees',
    total: 'learn.matrix.totals.disagrees',
  },
  unsupported: {
    symbol: '✗',
    cell: 'learn.mark.unsupported',
    legend: 'learn.legend.unsupported',
    total: 'learn.matrix.totals.unsupported',
  },
  none: { symbol: '–', cell: 'learn.mark.none', legend: 'learn.legend.none' },
};

/** Short column names for the articles (names, the same in every language); any other key shows as itself. */
export const ARTICLE_NAMES: Record<string, string> = {
  webmd: 'WebMD',
  apa: 'APA',
  ilive: 'iLive',
  cainiu: 'Cainiu',
  fuji: 'Fuji',
};

function Cell({ mark, source, intl }: { mark: CellMark; source: string; intl: IntlShape }) {
  const { symbol, cell } = MARKS[mark];
  return (
    <td className={`mark mark-${mark}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{intl.formatMessage({ id: cell }, { source })}</span>
    </td>
  );
}

export function Legend({ intl }: { intl: IntlShape }) {
  return (
    <dl className="matrix-legend">
      {(['covers', 'disagrees', 'unsupported', 'none'] as const).map((mark) => (
        <div key={mark}>
          <dt className={`mark mark-${mark}`}>{MARKS[mark].symbol}</dt>
          <dd>{intl.formatMessage({ id: MARKS[mark].legend })}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SourceMatrixTable({
  kb,
  keys,
  intl,
}: {
  kb: KnowledgeBase;
  keys: readonly string[];
  intl: IntlShape;
}) {
  const rows = sourceMatrix(kb.items, keys);
  const totals = matrixTotals(rows, keys);
  const names = new Map(keys.map((key) => [key, ARTICLE_NAMES[key] ?? key]));
  const groups = LEARN_SECTIONS.map((section) => ({
    section,
    rows: rows.filter((r) => section.kinds.includes(r.kind)) as MatrixRow[],
  })).filter((g) => g.rows.length > 0);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard to be scrolled.
    <section className="matrix-wrap" aria-labelledby="matrix-heading" tabIndex={0}>
      <table className="matrix">
        <caption>{intl.formatMessage({ id: 'learn.matrix.caption' }, { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage({ id: 'learn.matrix.topic' })}</th>
            {keys.map((key) => (
              <th key={key} scope="col">
                <a href={`#${key}`}>{names.get(key)}</a>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ section, rows: sectionRows }) => (
          <tbody key={section.slug}>
            <tr className="group">
              <th scope="colgroup" colSpan={keys.length + 1}>
                {sectionHeading(intl, section)}
              </th>
            </tr>
            {sectionRows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`/learn/${row.id}`}>{row.title}</a>
                </th>
                {keys.map((key) => (
                  <Cell key={key} mark={row.cells[key] ?? 'none'} source={names.get(key)!} intl={intl} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          {(['covers', 'disagrees', 'unsupported'] as const).map((mark) => (
            <tr key={mark}>
              <th scope="row">
                <span aria-hidden="true">{MARKS[mark].symbol}</span>{' '}
                {intl.formatMessage({ id: MARKS[mark].total! })}
              </th>
              {keys.map((key) => (
                <td key={key}>{totals[key]![mark]}</td>
              ))}
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  );
}
