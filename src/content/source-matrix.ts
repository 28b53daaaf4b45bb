// How the five consumer articles compare, topic by topic: which ones cover an item, which take a side in a
// disagreement, and which make a claim the best evidence does not support. Derived from the items alone.
import { KINDS_NEEDING_SAFETY, type KnowledgeItem, type Source } from './schema.js';

export type CellMark = 'none' | 'covers' | 'disagrees' | 'unsupported';
export const CELL_MARKS: readonly CellMark[] = ['covers', 'disagrees', 'unsupported', 'none'];

export type MatrixRow = {
  id: string;
  title: string;
  kind: KnowledgeItem['kind'];
  cells: Record<string, CellMark>;
};

/** The articles the product started from; the registry marks them as consumer articles. */
export function articleKeys(sources: readonly Source[]): string[] {
  return sources.filter((s) => s.kind === 'consumer-article').map((s) => s.key);
}

/**
 * The claim at the heart of the item is unproven or contradicted, or the item is something to do or take that
 * should be avoided. ("Avoid" on a symptom pattern means "don't rub that leg", which says nothing against the
 * articles describing the pattern.)
 */
function evidenceAgainst(item: KnowledgeItem): boolean {
  const verdict = item.evidence.verdict;
  const avoidAction = item.safety?.status === 'avoid' && KINDS_NEEDING_SAFETY.includes(item.kind);
  return verdict === 'contradicted' || verdict === 'unproven' || avoidAction;
}

/**
 * unsupported: the source argues a side of a disagreement on an item the evidence is against (see above), and
 * the best evidence is not cited on its side. disagrees: it argues a side.
 * covers: it is cited for the item.
 */
export function cellMark(item: KnowledgeItem, key: string): CellMark {
  const argues = item.conflicts.filter((c) => c.positions.some((p) => p.source === key));
  if (argues.length > 0) {
    const unsupported = evidenceAgainst(item) && argues.some((c) => !c.resolutionSources.includes(key));
    return unsupported ? 'unsupported' : 'disagrees';
  }
  return item.sources.includes(key) || item.evidence.sources.includes(key) ? 'covers' : 'none';
}

/** One row per item at least one article speaks to, in the order given. */
export function sourceMatrix(items: readonly KnowledgeItem[], keys: readonly string[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const item of items) {
    const cells = Object.fromEntries(keys.map((key) => [key, cellMark(item, key)]));
    if (Object.values(cells).some((mark) => mark !== 'none')) {
      rows.push({ id: item.id, title: item.title, kind: item.kind, cells });
    }
  }
  return rows;
}

/** For each article, how many rows carry each mark. */
export function matrixTotals(
  rows: readonly MatrixRow[],
  keys: readonly string[],
): Record<string, Record<CellMark, number>> {
  const totals: Record<string, Record<CellMark, number>> = {};
  for (const key of keys) {
    const counts: Record<CellMark, number> = { none: 0, covers: 0, disagrees: 0, unsupported: 0 };
    for (const row of rows) counts[row.cells[key] ?? 'none']++;
    totals[key] = counts;
  }
  return totals;
}
