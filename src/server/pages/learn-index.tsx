// /learn: the knowledge base by section, each item with its one-line summary and safety badge.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { ItemKind, KnowledgeItem } from '../../content/schema.js';
import { renderPage } from './document.js';
import { EvidenceBadge } from './evidence-badge.js';
import {
  firstSentence,
  KIND_GROUP_HEADINGS,
  LEARN_SECTIONS,
  type LearnSection,
  sectionHeading,
  sectionIntro,
} from './learn-labels.js';
import { type LearnLanguage, learnLanguage, pageLanguage } from './learn-language.js';
import { LiveSearchText } from './live-search-text.js';
import { SafetyBadge } from './safety-badge.js';

export const LEARN_SCRIPTS = ['/search.js'];

function ItemList({ items, intl }: { items: readonly KnowledgeItem[]; intl: IntlShape }) {
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <a href={`/learn/${item.id}`} className="item-title">
            {item.title}
          </a>
          <p className="badges">
            <EvidenceBadge verdict={item.evidence.verdict} intl={intl} />
            <SafetyBadge safety={item.safety} intl={intl} />
          </p>
          <p className="item-summary">{firstSentence(item.summary)}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * One section. On "All" each is a closed <details> (the whole base is about 30,000 px open), so the page
 * is a list of headings to open; a single section's page shows it open. Works without JavaScript.
 */
function Section({
  kb,
  section,
  open,
  intl,
}: {
  kb: KnowledgeBase;
  section: LearnSection;
  open: boolean;
  intl: IntlShape;
}) {
  const grouped = section.kinds.length > 1;
  const count = section.kinds.reduce((n, kind) => n + kb.itemsOfKind(kind).length, 0);
  return (
    <details className="learn-section" open={open} id={section.slug}>
      <summary>
        <h2 id={`section-${section.slug}`}>{sectionHeading(intl, section)}</h2>
        <span className="muted section-intro">
          {sectionIntro(intl, section)}{' '}
          <span className="count">{intl.formatMessage({ id: 'learn.section.count' }, { count })}</span>
        </span>
      </summary>
      {section.kinds.map((kind) =>
        grouped ? (
          <div key={kind}>
            <h3>{intl.formatMessage({ id: KIND_GROUP_HEADINGS[kind]! })}</h3>
            <ItemList items={kb.itemsOfKind(kind)} intl={intl} />
          </div>
        ) : (
          <ItemList key={kind} items={kb.itemsOfKind(kind)} intl={intl} />
        ),
      )}
      <p className="back-to-top no-print">
        <a href="#main">{intl.formatMessage({ id: 'learn.backToTop' })}</a>
      </p>
    </details>
  );
}

function SectionFilter({ current, intl }: { current: LearnSection | undefined; intl: IntlShape }) {
  return (
    <nav className="kind-filter no-print" aria-label={intl.formatMessage({ id: 'learn.filter.label' })}>
      <a href="/learn" aria-current={current ? undefined : 'page'}>
        {intl.formatMessage({ id: 'learn.filter.all' })}
      </a>
      {LEARN_SECTIONS.map((s) => (
        <a key={s.slug} href={`/learn?kind=${s.kinds[0]}`} aria-current={current === s ? 'page' : undefined}>
          {sectionHeading(intl, s)}
        </a>
      ))}
    </nav>
  );
}

/** `kind` narrows the page to the section holding that kind; `unknownKind` explains a filter we do not have. */
export function renderLearnIndex(
  kb: KnowledgeBase,
  opts: { kind?: ItemKind; unknownKind?: string } = {},
  lang: LearnLanguage = learnLanguage(),
): string {
  const { intl } = lang;
  const current = opts.kind ? LEARN_SECTIONS.find((s) => s.kinds.includes(opts.kind!)) : undefined;
  const sections = current ? [current] : LEARN_SECTIONS;
  const heading = current ? sectionHeading(intl, current) : undefined;
  return renderPage({
    title: heading
      ? intl.formatMessage({ id: 'learn.titleSection' }, { section: heading })
      : intl.formatMessage({ id: 'learn.title' }),
    description: intl.formatMessage({ id: 'learn.description' }),
    path: '/learn',
    scripts: LEARN_SCRIPTS,
    head: <LiveSearchText intl={intl} />,
    ...pageLanguage(lang),
    body: (
      <>
        <h1>{heading ?? intl.formatMessage({ id: 'learn.h1' })}</h1>
        <p className="lead">
          {intl.formatMessage(
            { id: 'learn.lead' },
            { link: (chunks) => <a href="/learn/sources">{chunks}</a> },
          )}
        </p>
        {opts.unknownKind !== undefined && (
          <p className="form-error" role="alert">
            {intl.formatMessage({ id: 'learn.unknownKind' }, { kind: opts.unknownKind })}
          </p>
        )}
        <SectionFilter current={current} intl={intl} />
        {sections.map((section) => (
          <Section key={section.slug} kb={kb} section={section} open={current !== undefined} intl={intl} />
        ))}
        <p className="back-to-top no-print">
          <a href="#main">{intl.formatMessage({ id: 'learn.backToTop' })}</a>
        </p>
      </>
    ),
  });
}
