// The five articles side by side: one row per item they speak to, grouped by Learn section, with a legend.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { type CellMark, type MatrixRow, matrixTotals, sourceMatrix } from '../../content/source-matrix.js';
import { LEARN_SECTIONS } from './learn-labels.js';

const MARKS: Record<CellMark, { symbol: string; words: string }> = {
  covers: { symbol: '✓', words: 'covers this' },
  disagrees: { symbol: '≠', words: 'takes a side in a disagreement' },
  unsupported: { symbol: '✗', words: 'makes a claim the evidence does not support' },
  none: { symbol: '–', words: 'does not mention this' },
};

/** Short column names for the articles; any other key shows as itself. */
export const ARTICLE_NAMES: Record<string, string> = {
  webmd: 'WebMD',
  apa: 'APA',
  ilive: 'iLive',
  cainiu: 'Cainiu',
  fuji: 'Fuji',
};

function Cell({ mark, source }: { mark: CellMark; source: string }) {
  const { symbol, words } = MARKS[mark];
  return (
    <td className={`mark mark-${mark}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">
        {source} {words}
      </span>
    </td>
  );
}

export function Legend() {
  return (
    <dl className="matrix-legend">
      {(['covers', 'disagrees', 'unsupported', 'none'] as const).map((mark) => (
        <div key={mark}>
          <dt className={`mark mark-${mark}`}>{MARKS[mark].symbol}</dt>
          <dd>
            The article {MARKS[mark].words}
            {mark === 'unsupported' &&
              ': it argues one side of a disagreement about something unproven, contradicted by research, or to be avoided in pregnancy, and the best evidence is not on its side'}
            {mark === 'disagrees' && '; the item page shows each side and what the best evidence says'}.
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SourceMatrixTable({ kb, keys }: { kb: KnowledgeBase; keys: readonly string[] }) {
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
        <caption>
          What each article says, topic by topic ({rows.length} topics). Scroll sideways on a small screen.
        </caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
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
                {section.heading}
              </th>
            </tr>
            {sectionRows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`/learn/${row.id}`}>{row.title}</a>
                </th>
                {keys.map((key) => (
                  <Cell key={key} mark={row.cells[key] ?? 'none'} source={names.get(key)!} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          {(['covers', 'disagrees', 'unsupported'] as const).map((mark) => (
            <tr key={mark}>
              <th scope="row">
                <span aria-hidden="true">{MARKS[mark].symbol}</span> Topics where the article{' '}
                {MARKS[mark].words}
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
