// The held-out fresh set (fresh-set.ts) with its bars: hit@3 of at least 90%, and for every "is X safe?"
// question X's own verdict page ranked first. Before the safety intent, brand table and doubled-typo
// corrector this failed at hit@3 87.2% and safety-first 83.3% (35 of 42).
import { beforeAll, describe, expect, it } from 'vitest';
import { type KnowledgeBase, loadKnowledgeBase } from '../knowledge-base.js';
import { describeMiss, evaluate } from './evaluate.js';
import { FRESH_SET } from './fresh-set.js';
import { LATE_SET } from './late-set.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

const ids = (query: string) => kb.search.search(query, 10).map((h) => h.id);

describe('search fresh set', () => {
  it('holds at least 60 questions, at least 30 of them "is X safe?", whose expected ids all exist', () => {
    expect(FRESH_SET.length).toBeGreaterThanOrEqual(60);
    expect(FRESH_SET.filter((c) => c.own).length).toBeGreaterThanOrEqual(30);
    for (const c of FRESH_SET) {
      for (const id of c.expect) expect(kb.item(id), `${c.query} → ${id}`).toBeDefined();
      for (const id of c.own ?? []) expect(c.expect, c.query).toContain(id);
    }
  });

  it('and a late set (measured by the bench, no bar) that names only items that exist', () => {
    for (const c of LATE_SET)
      for (const id of c.expect) expect(kb.item(id), `${c.query} → ${id}`).toBeDefined();
  });

  it("puts an expected item in the top 3 for at least 90%, and every safety question's own page first", () => {
    const result = evaluate(ids, FRESH_SET);
    const report = result.misses.map(describeMiss).join('\n');
    expect(result.hitAt3, report).toBeGreaterThanOrEqual(0.9);
    expect(result.safetyFirst, report).toBe(1);
  });
});
