// The trace on /learn/sources: for each of the five articles, every claim it makes (in our words), what we did
// with it, and the Learn pages that cover it. One closed <details> per article keeps the page short; it opens
// without JavaScript. The claims are written in English only (src/content/trace/*.yaml): a page in another
// language shows what was done with each claim and the pages that answer it, and links to the English wording.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { type TraceClaim, type TraceStatus, traceTotals } from '../../content/trace.js';
import type { LearnLanguage } from './learn-language.js';
import { ARTICLE_NAMES } from './source-matrix-table.js';

const STATUS_LABELS: Record<TraceStatus, string> = {
  covered: 'learn.trace.covered',
  corrected: 'learn.trace.corrected',
  withheld: 'learn.trace.withheld',
};

/** Reuses the safety badge colours: covered reads as fine, corrected as a caution, withheld as a stop. */
const STATUS_BADGE: Record<TraceStatus, string> = {
  covered: 'ok',
  corrected: 'ask-first',
  withheld: 'avoid',
};

function Claim({
  kb,
  claim,
  intl,
  wording,
}: {
  kb: KnowledgeBase;
  claim: TraceClaim;
  intl: IntlShape;
  wording: boolean;
}) {
  return (
    <li>
      <span className={`badge ${STATUS_BADGE[claim.status]}`}>
        {intl.formatMessage({ id: STATUS_LABELS[claim.status] })}
      </span>{' '}
      {wording && claim.claim}
      {wording && claim.why && <span className="muted"> {claim.why}</span>}{' '}
      <span className="trace-items">
        →{' '}
        {claim.items.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <a href={`/learn/${id}`}>{kb.item(id)?.title ?? id}</a>
          </span>
        ))}
      </span>
    </li>
  );
}

export function ArticleTraces({ kb, lang }: { kb: KnowledgeBase; lang: LearnLanguage }) {
  const { intl } = lang;
  const wording = lang.locale === 'en';
  return (
    <>
      {kb.traces.map((trace) => {
        const n = traceTotals(trace);
        const name = ARTICLE_NAMES[trace.article] ?? trace.article;
        return (
          <details key={trace.article} id={`trace-${trace.article}`} className="card trace">
            <summary>
              <strong>{name}</strong>: {intl.formatMessage({ id: 'learn.trace.summary' }, { ...n })}
            </summary>
            <ol>
              {trace.claims.map((claim, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: claims are a fixed, ordered list
                <Claim key={i} kb={kb} claim={claim} intl={intl} wording={wording} />
              ))}
            </ol>
          </details>
        );
      })}
    </>
  );
}
