// /learn: the knowledge base by section, each item with its one-line summary and safety badge.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { ItemKind, KnowledgeItem } from '../../content/schema.js';
import { renderPage } from './document.js';
import { EvidenceBadge } from './evidence-badge.js';
import { firstSentence, KIND_GROUP_HEADINGS, LEARN_SECTIONS, type LearnSection } from './learn-labels.js';
import { SafetyBadge } from './safety-badge.js';

export const LEARN_SCRIPTS = ['/search.js'];

function ItemList({ items }: { items: readonly KnowledgeItem[] }) {
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <a href={`/learn/${item.id}`} className="item-title">
            {item.title}
          </a>
          <p className="badges">
            <EvidenceBadge verdict={item.evidence.verdict} />
            <SafetyBadge safety={item.safety} />
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
function Section({ kb, section, open }: { kb: KnowledgeBase; section: LearnSection; open: boolean }) {
  const grouped = section.kinds.length > 1;
  const count = section.kinds.reduce((n, kind) => n + kb.itemsOfKind(kind).length, 0);
  return (
    <details className="learn-section" open={open} id={section.slug}>
      <summary>
        <h2 id={`section-${section.slug}`}>{section.heading}</h2>
        <span className="muted section-intro">
          {section.intro} <span className="count">({count} pages)</span>
        </span>
      </summary>
      {section.kinds.map((kind) =>
        grouped ? (
          <div key={kind}>
            <h3>{KIND_GROUP_HEADINGS[kind]}</h3>
            <ItemList items={kb.itemsOfKind(kind)} />
          </div>
        ) : (
          <ItemList key={kind} items={kb.itemsOfKind(kind)} />
        ),
      )}
      <p className="back-to-top no-print">
        <a href="#main">Back to top</a>
      </p>
    </details>
  );
}

function SectionFilter({ current }: { current: LearnSection | undefined }) {
  return (
    <nav className="kind-filter no-print" aria-label="Show one section">
      <a href="/learn" aria-current={current ? undefined : 'page'}>
        All
      </a>
      {LEARN_SECTIONS.map((s) => (
        <a key={s.slug} href={`/learn?kind=${s.kinds[0]}`} aria-current={current === s ? 'page' : undefined}>
          {s.heading}
        </a>
      ))}
    </nav>
  );
}

/** `kind` narrows the page to the section holding that kind; `unknownKind` explains a filter we do not have. */
export function renderLearnIndex(
  kb: KnowledgeBase,
  opts: { kind?: ItemKind; unknownKind?: string } = {},
): string {
  const current = opts.kind ? LEARN_SECTIONS.find((s) => s.kinds.includes(opts.kind!)) : undefined;
  const sections = current ? [current] : LEARN_SECTIONS;
  return renderPage({
    title: current ? `${current.heading} · Learn` : 'Learn',
    description:
      'Leg cramps in pregnancy: causes, warning signs, prevention, relief and remedies, each with its evidence.',
    path: '/learn',
    scripts: LEARN_SCRIPTS,
    body: (
      <>
        <h1>{current ? current.heading : 'Learn about leg cramps in pregnancy'}</h1>
        <p className="lead">
          Each page says how strong the evidence is, whether something is safe in pregnancy, and where the
          articles people read disagree. See <a href="/learn/sources">the sources and how they compare</a>.
        </p>
        {opts.unknownKind !== undefined && (
          <p className="form-error" role="alert">
            There is no section called “{opts.unknownKind}”. Choose one of these.
          </p>
        )}
        <SectionFilter current={current} />
        {sections.map((section) => (
          <Section key={section.slug} kb={kb} section={section} open={current !== undefined} />
        ))}
        <p className="back-to-top no-print">
          <a href="#main">Back to top</a>
        </p>
      </>
    ),
  });
}
