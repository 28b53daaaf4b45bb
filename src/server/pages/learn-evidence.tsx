// The evidence parts of an item page: the verdict, where the sources disagree, and the source list.
// Source titles and publishers are names and stay as published; every other word is the page's language.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { KnowledgeItem } from '../../content/schema.js';
import { formatDate, verdictWords } from './learn-labels.js';

export function SourceLink({ kb, sourceKey }: { kb: KnowledgeBase; sourceKey: string }) {
  return <a href={`/learn/sources#${sourceKey}`}>{kb.source(sourceKey)!.title}</a>;
}

function Cited({ kb, keys, intl }: { kb: KnowledgeBase; keys: readonly string[]; intl: IntlShape }) {
  const separator = intl.formatMessage({ id: 'learn.list.separator' });
  return (
    <p className="cited">
      {intl.formatMessage({ id: 'learn.cited' }, { count: keys.length })}{' '}
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && separator}
          <SourceLink kb={kb} sourceKey={key} />
        </span>
      ))}
    </p>
  );
}

export function EvidenceBlock({
  kb,
  item,
  intl,
}: {
  kb: KnowledgeBase;
  item: KnowledgeItem;
  intl: IntlShape;
}) {
  const verdict = verdictWords(intl, item.evidence.verdict);
  return (
    <section className="card evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{intl.formatMessage({ id: 'learn.evidence.heading' })}</h2>
      <p>
        {/* Neutral, like the badge at the top: the grade is about how sure we are, not a green "go". */}
        {intl.formatMessage(
          { id: 'learn.evidence.verdict' },
          {
            verdict: verdict.label,
            meaning: verdict.meaning,
            strong: (chunks) => <strong>{chunks}</strong>,
            muted: (chunks) => <span className="muted">{chunks}</span>,
          },
        )}
      </p>
      <p>{item.evidence.summary}</p>
      <Cited kb={kb} keys={item.evidence.sources} intl={intl} />
    </section>
  );
}

export function ConflictsBlock({
  kb,
  item,
  intl,
}: {
  kb: KnowledgeBase;
  item: KnowledgeItem;
  intl: IntlShape;
}) {
  if (item.conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{intl.formatMessage({ id: 'learn.conflicts.heading' })}</h2>
      {item.conflicts.map((conflict) => (
        <div key={conflict.topic} className="card conflict">
          <h3>{conflict.topic}</h3>
          <ul className="positions">
            {conflict.positions.map((p) => (
              <li key={p.source}>
                {intl.formatMessage(
                  { id: 'learn.conflicts.position' },
                  {
                    source: <SourceLink kb={kb} sourceKey={p.source} />,
                    publisher: kb.source(p.source)!.publisher,
                    claim: p.claim,
                    muted: (chunks) => <span className="muted">{chunks}</span>,
                  },
                )}
              </li>
            ))}
          </ul>
          <h4>{intl.formatMessage({ id: 'learn.conflicts.best' })}</h4>
          <p>{conflict.resolution}</p>
          <Cited kb={kb} keys={conflict.resolutionSources} intl={intl} />
        </div>
      ))}
    </section>
  );
}

/** Every source the page cites: the item's own first, then those named only in the evidence or a disagreement. */
export function citedOnPage(item: KnowledgeItem): string[] {
  return [
    ...new Set([
      ...item.sources,
      ...item.evidence.sources,
      ...item.conflicts.flatMap((c) => [...c.positions.map((p) => p.source), ...c.resolutionSources]),
    ]),
  ];
}

export function SourcesBlock({
  kb,
  item,
  intl,
}: {
  kb: KnowledgeBase;
  item: KnowledgeItem;
  intl: IntlShape;
}) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{intl.formatMessage({ id: 'learn.sources.heading' })}</h2>
      <ol className="source-list">
        {citedOnPage(item).map((key) => {
          const source = kb.source(key)!;
          return (
            <li key={key}>
              <SourceLink kb={kb} sourceKey={key} />
              <span className="muted">
                {' '}
                · {source.publisher} · {formatDate(intl, source.date)}
              </span>
              {source.url && (
                <>
                  {' '}
                  ·{' '}
                  <a href={source.url} rel="noopener noreferrer" className="external">
                    {intl.formatMessage({ id: 'learn.source.open' })}
                    <span className="visually-hidden">: {source.title}</span>
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
