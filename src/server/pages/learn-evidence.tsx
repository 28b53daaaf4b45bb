// The evidence parts of an item page: the verdict, where the sources disagree, and the source list.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { KnowledgeItem } from '../../content/schema.js';
import { formatDate, VERDICT_LABELS } from './learn-labels.js';

export function SourceLink({ kb, sourceKey }: { kb: KnowledgeBase; sourceKey: string }) {
  return <a href={`/learn/sources#${sourceKey}`}>{kb.source(sourceKey)!.title}</a>;
}

function Cited({ kb, keys }: { kb: KnowledgeBase; keys: readonly string[] }) {
  return (
    <p className="cited">
      {keys.length === 1 ? 'Source: ' : 'Sources: '}
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && '; '}
          <SourceLink kb={kb} sourceKey={key} />
        </span>
      ))}
    </p>
  );
}

export function EvidenceBlock({ kb, item }: { kb: KnowledgeBase; item: KnowledgeItem }) {
  const verdict = VERDICT_LABELS[item.evidence.verdict];
  return (
    <section className="card evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">What the evidence says</h2>
      <p>
        {/* Neutral, like the badge at the top: the grade is about how sure we are, not a green "go". */}
        <strong>{verdict.label}.</strong> <span className="muted">{verdict.meaning}</span>
      </p>
      <p>{item.evidence.summary}</p>
      <Cited kb={kb} keys={item.evidence.sources} />
    </section>
  );
}

export function ConflictsBlock({ kb, item }: { kb: KnowledgeBase; item: KnowledgeItem }) {
  if (item.conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Where the sources disagree</h2>
      {item.conflicts.map((conflict) => (
        <div key={conflict.topic} className="card conflict">
          <h3>{conflict.topic}</h3>
          <ul className="positions">
            {conflict.positions.map((p) => (
              <li key={p.source}>
                <SourceLink kb={kb} sourceKey={p.source} />
                <span className="muted"> ({kb.source(p.source)!.publisher})</span>: {p.claim}
              </li>
            ))}
          </ul>
          <h4>What the best evidence says</h4>
          <p>{conflict.resolution}</p>
          <Cited kb={kb} keys={conflict.resolutionSources} />
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

export function SourcesBlock({ kb, item }: { kb: KnowledgeBase; item: KnowledgeItem }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol className="source-list">
        {citedOnPage(item).map((key) => {
          const source = kb.source(key)!;
          return (
            <li key={key}>
              <SourceLink kb={kb} sourceKey={key} />
              <span className="muted">
                {' '}
                · {source.publisher} · {formatDate(source.date)}
              </span>
              {source.url && (
                <>
                  {' '}
                  ·{' '}
                  <a href={source.url} rel="noopener noreferrer" className="external">
                    Open the original<span className="visually-hidden">: {source.title}</span>
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
