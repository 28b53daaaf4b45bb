// /learn/sources: every source with its anchor, the appraisal of the five articles, and how they compare.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { Source } from '../../content/schema.js';
import { articleKeys } from '../../content/source-matrix.js';
import { renderPage } from './document.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { formatDate } from './learn-labels.js';
import { Legend, SourceMatrixTable } from './source-matrix-table.js';
import { ArticleTraces } from './source-trace.js';

const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  'consumer-article': 'Consumer article',
  guideline: 'Guideline',
  review: 'Systematic review',
  trial: 'Trial',
  study: 'Study',
  regulator: 'Regulator',
  database: 'Database',
};

function SourceEntry({ kb, source }: { kb: KnowledgeBase; source: Source }) {
  const citing = kb.citing(source.key).length;
  return (
    <article id={source.key} className="card source">
      <h3>{source.title}</h3>
      <p className="muted">
        {source.publisher} · {formatDate(source.date)} · {SOURCE_KIND_LABELS[source.kind]}
      </p>
      {source.appraisal && (
        <p className="appraisal">
          <strong>Our appraisal:</strong> {source.appraisal}
        </p>
      )}
      <p>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" className="external">
            Open the original<span className="visually-hidden">: {source.title}</span>
          </a>
        ) : (
          <span className="muted">No public link.</span>
        )}{' '}
        <span className="muted">
          · Cited by {citing} {citing === 1 ? 'page' : 'pages'} · key <code>{source.key}</code>
        </span>
      </p>
    </article>
  );
}

export function renderLearnSources(kb: KnowledgeBase): string {
  const keys = articleKeys(kb.sources);
  const articles = kb.sources.filter((s) => keys.includes(s.key));
  const others = kb.sources.filter((s) => !keys.includes(s.key));
  return renderPage({
    title: 'Sources',
    description:
      'The sources behind Crampwise, and how five popular articles on pregnancy leg cramps compare.',
    path: '/learn/sources',
    scripts: LEARN_SCRIPTS,
    body: (
      <>
        <nav aria-label="Breadcrumb" className="breadcrumb no-print">
          <a href="/learn">Learn</a> › Sources
        </nav>
        <h1>Sources</h1>
        <p className="lead">
          Crampwise started from five articles people read about leg cramps in pregnancy. We checked what they
          say against guidelines, systematic reviews and regulators, listed below.
        </p>
        <nav className="no-print" aria-label="On this page">
          <a href="#articles">The five articles</a> · <a href="#compare">How they compare</a> ·{' '}
          <a href="#trace">Claim by claim</a> · <a href="#research">Guidelines and research</a>
        </nav>
        <section aria-labelledby="articles">
          <h2 id="articles">The five articles</h2>
          {articles.map((s) => (
            <SourceEntry key={s.key} kb={kb} source={s} />
          ))}
        </section>
        <section aria-labelledby="compare">
          <h2 id="compare">How they compare</h2>
          <p id="matrix-heading">
            Each row is a page of Crampwise that at least one article speaks to. The marks say what each
            article does with it:
          </p>
          <Legend />
          <SourceMatrixTable kb={kb} keys={keys} />
        </section>
        <section aria-labelledby="trace">
          <h2 id="trace">Claim by claim</h2>
          <p>
            Every claim each article makes, in our own words. <em>Covered</em> means a page says it too.{' '}
            <em>Corrected</em> means a page reports it and says what the evidence shows instead.{' '}
            <em>Withheld</em> means we chose not to repeat it, such as the dose of an unsafe remedy.
          </p>
          <ArticleTraces kb={kb} />
        </section>
        <section aria-labelledby="research">
          <h2 id="research">Guidelines and research</h2>
          {others.map((s) => (
            <SourceEntry key={s.key} kb={kb} source={s} />
          ))}
        </section>
      </>
    ),
  });
}
