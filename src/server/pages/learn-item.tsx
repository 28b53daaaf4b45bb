// /learn/<id>: one knowledge item in full, readable without JavaScript and in print.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { KnowledgeItem } from '../../content/schema.js';
import { renderPage } from './document.js';
import { EvidenceBadge } from './evidence-badge.js';
import { kindLabel } from './kind-label.js';
import { ConflictsBlock, EvidenceBlock, SourcesBlock } from './learn-evidence.js';
import { AcupointLocation, FoodNutrients, NutrientTargets } from './learn-facts.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { formatDate, sectionHeading, sectionOf } from './learn-labels.js';
import { type LearnLanguage, learnLanguage, pageLanguage } from './learn-language.js';
import { LiveSearchText } from './live-search-text.js';
import { SafetyBadge } from './safety-badge.js';

function SafetyBlock({ item, intl }: { item: KnowledgeItem; intl: IntlShape }) {
  if (!item.safety) return null;
  return (
    <section className={`card safety safety-${item.safety.status}`} aria-labelledby="safety-heading">
      <h2 id="safety-heading">
        {intl.formatMessage({ id: 'learn.item.safeHeading' })}{' '}
        <SafetyBadge safety={item.safety} intl={intl} prefix={false} />
      </h2>
      <p>{item.safety.reason}</p>
    </section>
  );
}

function CheckLink({ intl }: { intl: IntlShape }) {
  return (
    <p className="notice check-link">
      {intl.formatMessage(
        { id: 'learn.item.checkLink' },
        { link: (chunks) => <a href="/check">{chunks}</a> },
      )}
    </p>
  );
}

function Related({ kb, item, lang }: { kb: KnowledgeBase; item: KnowledgeItem; lang: LearnLanguage }) {
  const related = kb.related(item);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{lang.intl.formatMessage({ id: 'learn.item.related' })}</h2>
      <ul className="related">
        {related.map((r) => (
          <li key={r.id}>
            <a href={`/learn/${r.id}`}>{r.title}</a>{' '}
            <span className="muted">· {kindLabel(lang.locale, r.kind)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderLearnItem(
  kb: KnowledgeBase,
  item: KnowledgeItem,
  lang: LearnLanguage = learnLanguage(),
): string {
  const { intl } = lang;
  const section = sectionOf(item.kind);
  const details = kb.detailsHtml(item.id);
  return renderPage({
    title: item.title,
    description: item.summary,
    path: `/learn/${item.id}`,
    scripts: LEARN_SCRIPTS,
    head: <LiveSearchText intl={intl} />,
    ...pageLanguage(lang),
    body: (
      <article className="learn-item" data-kind={item.kind}>
        <nav aria-label={intl.formatMessage({ id: 'learn.breadcrumb' })} className="breadcrumb no-print">
          <a href="/learn">{intl.formatMessage({ id: 'learn.title' })}</a> ›{' '}
          <a href={`/learn?kind=${section.kinds[0]}`}>{sectionHeading(intl, section)}</a>
        </nav>
        <h1>{item.title}</h1>
        <p className="badges">
          <EvidenceBadge verdict={item.evidence.verdict} intl={intl} />
          <SafetyBadge safety={item.safety} intl={intl} />
        </p>
        <p className="lead summary">{item.summary}</p>
        {item.kind === 'red-flag' && <CheckLink intl={intl} />}
        <SafetyBlock item={item} intl={intl} />
        <EvidenceBlock kb={kb} item={item} intl={intl} />
        <AcupointLocation item={item} intl={intl} />
        <NutrientTargets item={item} intl={intl} />
        <FoodNutrients item={item} intl={intl} />
        {details && (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes raw HTML and keeps only https and same-site links.
          <div className="prose" dangerouslySetInnerHTML={{ __html: details }} />
        )}
        <ConflictsBlock kb={kb} item={item} intl={intl} />
        <SourcesBlock kb={kb} item={item} intl={intl} />
        <Related kb={kb} item={item} lang={lang} />
        <p className="reviewed muted">
          {intl.formatMessage(
            { id: 'learn.item.reviewed' },
            {
              date: formatDate(intl, item.reviewed),
              time: (chunks) => <time dateTime={item.reviewed}>{chunks}</time>,
            },
          )}
        </p>
      </article>
    ),
  });
}
