// /learn/<id>: one knowledge item in full, readable without JavaScript and in print.
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { KnowledgeItem } from '../../content/schema.js';
import { renderPage } from './document.js';
import { EvidenceBadge } from './evidence-badge.js';
import { ConflictsBlock, EvidenceBlock, SourcesBlock } from './learn-evidence.js';
import { AcupointLocation, FoodNutrients, NutrientTargets } from './learn-facts.js';
import { LEARN_SCRIPTS } from './learn-index.js';
import { formatDate, KIND_LABELS, sectionOf } from './learn-labels.js';
import { SafetyBadge } from './safety-badge.js';

function SafetyBlock({ item }: { item: KnowledgeItem }) {
  if (!item.safety) return null;
  return (
    <section className={`card safety safety-${item.safety.status}`} aria-labelledby="safety-heading">
      <h2 id="safety-heading">
        Safe in pregnancy? <SafetyBadge safety={item.safety} prefix={false} />
      </h2>
      <p>{item.safety.reason}</p>
    </section>
  );
}

function CheckLink() {
  return (
    <p className="notice check-link">
      Not sure how urgent your signs are? <a href="/check">Answer a few questions in “Should I call?”</a>. In
      an emergency, call your local emergency number.
    </p>
  );
}

function Related({ kb, item }: { kb: KnowledgeBase; item: KnowledgeItem }) {
  const related = kb.related(item);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related</h2>
      <ul className="related">
        {related.map((r) => (
          <li key={r.id}>
            <a href={`/learn/${r.id}`}>{r.title}</a> <span className="muted">· {KIND_LABELS[r.kind]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function renderLearnItem(kb: KnowledgeBase, item: KnowledgeItem): string {
  const section = sectionOf(item.kind);
  const details = kb.detailsHtml(item.id);
  return renderPage({
    title: item.title,
    description: item.summary,
    path: `/learn/${item.id}`,
    scripts: LEARN_SCRIPTS,
    body: (
      <article className="learn-item" data-kind={item.kind}>
        <nav aria-label="Breadcrumb" className="breadcrumb no-print">
          <a href="/learn">Learn</a> › <a href={`/learn?kind=${section.kinds[0]}`}>{section.heading}</a>
        </nav>
        <h1>{item.title}</h1>
        <p className="badges">
          <EvidenceBadge verdict={item.evidence.verdict} />
          <SafetyBadge safety={item.safety} />
        </p>
        <p className="lead summary">{item.summary}</p>
        {item.kind === 'red-flag' && <CheckLink />}
        <SafetyBlock item={item} />
        <EvidenceBlock kb={kb} item={item} />
        <AcupointLocation item={item} />
        <NutrientTargets item={item} />
        <FoodNutrients item={item} />
        {details && (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes raw HTML and keeps only https and same-site links.
          <div className="prose" dangerouslySetInnerHTML={{ __html: details }} />
        )}
        <ConflictsBlock kb={kb} item={item} />
        <SourcesBlock kb={kb} item={item} />
        <Related kb={kb} item={item} />
        <p className="reviewed muted">
          Reviewed <time dateTime={item.reviewed}>{formatDate(item.reviewed)}</time>
        </p>
      </article>
    ),
  });
}
