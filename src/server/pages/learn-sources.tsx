// /learn/sources: every source with its anchor, the appraisal of the five articles, and how they compare.
// Titles and publishers are names and stay as published; our appraisals are in the page's language.
import type { ReactNode } from 'react';
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { Source } from '../../content/schema.js';
import { articleKeys } from '../../content/source-matrix.js';
import { renderPage } from './document.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { formatDate } from './learn-labels.js';
import { type LearnLanguage, learnLanguage, pageLanguage } from './learn-language.js';
import { LiveSearchText } from './live-search-text.js';
import { Legend, SourceMatrixTable } from './source-matrix-table.js';
import { ArticleTraces } from './source-trace.js';
import { appraisalIn, sourceKindLabel } from './source-words.js';

function SourceEntry({ kb, source, intl }: { kb: KnowledgeBase; source: Source; intl: IntlShape }) {
  const citing = kb.citing(source.key).length;
  const appraisal = appraisalIn(intl, source);
  return (
    <article id={source.key} className="card source">
      <h3>{source.title}</h3>
      <p className="muted">
        {source.publisher} · {formatDate(intl, source.date)} · {sourceKindLabel(intl, source.kind)}
      </p>
      {appraisal && (
        <p className="appraisal">
          <strong>{intl.formatMessage({ id: 'learn.source.appraisal' })}</strong> {appraisal}
        </p>
      )}
      <p>
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer" className="external">
            {intl.formatMessage({ id: 'learn.source.open' })}
            <span className="visually-hidden">: {source.title}</span>
          </a>
        ) : (
          <span className="muted">{intl.formatMessage({ id: 'learn.source.noLink' })}</span>
        )}{' '}
        <span className="muted">
          · {intl.formatMessage({ id: 'learn.source.cited' }, { count: citing })} ·{' '}
          {intl.formatMessage(
            { id: 'learn.source.key' },
            { key: source.key, code: (chunks) => <code>{chunks}</code> },
          )}
        </span>
      </p>
    </article>
  );
}

export function renderLearnSources(kb: KnowledgeBase, lang: LearnLanguage = learnLanguage()): string {
  const { intl } = lang;
  const t = (id: string) => intl.formatMessage({ id });
  const keys = articleKeys(kb.sources);
  const articles = kb.sources.filter((s) => keys.includes(s.key));
  const others = kb.sources.filter((s) => !keys.includes(s.key));
  const em = (chunks: ReactNode[]) => <em>{chunks}</em>;
  return renderPage({
    title: t('learn.sourcesPage.title'),
    description: t('learn.sourcesPage.description'),
    path: '/learn/sources',
    scripts: LEARN_SCRIPTS,
    head: <LiveSearchText intl={intl} />,
    ...pageLanguage(lang),
    body: (
      <>
        <nav aria-label={t('learn.breadcrumb')} className="breadcrumb no-print">
          <a href="/learn">{t('learn.title')}</a> › {t('learn.sourcesPage.title')}
        </nav>
        <h1>{t('learn.sourcesPage.title')}</h1>
        <p className="lead">{t('learn.sourcesPage.lead')}</p>
        <nav className="no-print" aria-label={t('learn.sourcesPage.onThisPage')}>
          <a href="#articles">{t('learn.sourcesPage.articles')}</a> ·{' '}
          <a href="#compare">{t('learn.sourcesPage.compare')}</a> ·{' '}
          <a href="#trace">{t('learn.sourcesPage.trace')}</a> ·{' '}
          <a href="#research">{t('learn.sourcesPage.research')}</a>
        </nav>
        <section aria-labelledby="articles">
          <h2 id="articles">{t('learn.sourcesPage.articles')}</h2>
          {articles.map((s) => (
            <SourceEntry key={s.key} kb={kb} source={s} intl={intl} />
          ))}
        </section>
        <section aria-labelledby="compare">
          <h2 id="compare">{t('learn.sourcesPage.compare')}</h2>
          <p id="matrix-heading">{t('learn.sourcesPage.matrixIntro')}</p>
          <Legend intl={intl} />
          <SourceMatrixTable kb={kb} keys={keys} intl={intl} />
        </section>
        <section aria-labelledby="trace">
          <h2 id="trace">{t('learn.sourcesPage.trace')}</h2>
          <p>
            {lang.locale === 'en'
              ? intl.formatMessage({ id: 'learn.sourcesPage.traceIntro' }, { em })
              : intl.formatMessage(
                  { id: 'learn.sourcesPage.traceIntroTranslated' },
                  { em, link: (chunks) => <a href="/learn/sources?lang=en#trace">{chunks}</a> },
                )}
          </p>
          <ArticleTraces kb={kb} lang={lang} />
        </section>
        <section aria-labelledby="research">
          <h2 id="research">{t('learn.sourcesPage.research')}</h2>
          {others.map((s) => (
            <SourceEntry key={s.key} kb={kb} source={s} intl={intl} />
          ))}
        </section>
      </>
    ),
  });
}
