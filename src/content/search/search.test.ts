import { beforeAll, describe, expect, it } from 'vitest';
import { type KnowledgeBase, loadKnowledgeBase } from '../knowledge-base.js';
import { TUNING_SET } from './tuning-set.js';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

const top = (query: string, n = 3) => kb.search.search(query, n).map((h) => h.id);

describe('search tuning set', () => {
  it('holds at least 45 questions whose expected ids all exist', () => {
    expect(TUNING_SET.length).toBeGreaterThanOrEqual(45);
    for (const c of TUNING_SET)
      for (const id of c.expect) expect(kb.item(id), `${c.query} → ${id}`).toBeDefined();
  });

  it('puts an expected item in the top 3 for at least 90% of the questions', () => {
    const misses = TUNING_SET.filter((c) => !top(c.query).some((id) => c.expect.includes(id)));
    for (const miss of misses) {
      console.warn(
        `search miss: "${miss.query}" → ${top(miss.query).join(', ')} (wanted ${miss.expect.join(' or ')})`,
      );
    }
    const hitRate = 1 - misses.length / TUNING_SET.length;
    expect(hitRate).toBeGreaterThanOrEqual(0.9);
  });
});

describe('search must-pass cases', () => {
  it.each([
    ['charley horse', ['relief.calf-stretch']],
    ['Tylenol', ['relief.paracetamol']],
    ['blood clot', ['diff.dvt', 'pattern.one-leg-swollen-red-warm', 'redflag.leg-swelling']],
    ['licorice', ['remedy.licorice']],
    ['liquorice', ['remedy.licorice']],
    ['preeclampsia', ['diff.preeclampsia', 'redflag.preeclampsia-signs']],
    ['Zusanli', ['acupoint.st36']],
    ['magnesim', ['nutrient.magnesium', 'treat.magnesium-supplement']],
  ])('%s finds %s in the top 3', (query, wanted) => {
    expect(
      top(query).some((id) => wanted.includes(id)),
      top(query).join(', '),
    ).toBe(true);
  });

  it('sends a Stramonium or Datura search to its own "avoid" page first (regression)', () => {
    // It used to share a synonym group with homeopathy, whose page then outranked it.
    for (const query of ['stramonium', 'datura', 'jimsonweed'])
      expect(top(query, 1)).toEqual(['remedy.stramonium']);
  });

  it('answers the whole NSAID question with the NSAID item first', () => {
    expect(top('is it safe to take ibuprofen in the third trimester?', 1)).toEqual(['relief.nsaids']);
  });

  it('favours the kind a question asks for', () => {
    expect(kb.item(top('stop a cramp now', 1)[0]!)?.kind).toBe('relief');
    expect(kb.item(top('when should I be worried', 1)[0]!)?.kind).toBe('red-flag');
    expect(kb.item(top('foods with magnesium', 1)[0]!)?.kind).toMatch(/^(food|nutrient)$/);
  });
});

describe('search results', () => {
  it('come with a short plain-text snippet around a match, best first, within the limit', () => {
    const hits = kb.search.search('tonic water', 5);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits[0]!.id).toBe('treat.quinine');
    for (const hit of hits) {
      expect(hit.snippet.length).toBeGreaterThan(20);
      expect(hit.snippet.length).toBeLessThanOrEqual(182);
      expect(hit.snippet).not.toMatch(/[<>*#]/);
      expect(hit.title).toBe(kb.item(hit.id)!.title);
    }
    expect(hits.find((h) => h.id === 'treat.quinine')!.snippet.toLowerCase()).toMatch(/tonic|quinine/);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('find half-typed words (results as you type)', () => {
    expect(top('magnes')).toContain('nutrient.magnesium');
    expect(top('paracet', 1)).toEqual(['relief.paracetamol']);
  });

  it('return nothing for stop words or gibberish, and respect the limit', () => {
    expect(kb.search.search('the and of is it?', 10)).toEqual([]);
    expect(kb.search.search('zzzzqqq', 10)).toEqual([]);
    expect(kb.search.search('cramp', 2)).toHaveLength(2);
  });
});
