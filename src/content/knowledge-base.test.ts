import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, KnowledgeBaseError, loadKnowledgeBase } from './knowledge-base.js';
import { loadContent } from './loader.js';
import { ITEM_KINDS } from './schema.js';
import { loadTraces } from './trace.js';

describe('knowledge base', () => {
  const kb = loadKnowledgeBase();

  it('is loaded once per process', () => {
    expect(loadKnowledgeBase()).toBe(kb);
  });

  it('holds every item and source, looked up by id, kind and key', () => {
    const content = loadContent();
    expect(kb.items).toHaveLength(content.items.length);
    expect(kb.sources).toHaveLength(content.sources.length);
    expect(kb.item('relief.calf-stretch')?.title).toBe('Stretch the calf to stop a cramp');
    expect(kb.item('relief.nope')).toBeUndefined();
    expect(kb.source('webmd')?.publisher).toMatch(/WebMD/);
    expect(kb.source('nope')).toBeUndefined();
    const counted = ITEM_KINDS.reduce((sum, kind) => sum + kb.itemsOfKind(kind).length, 0);
    expect(counted).toBe(kb.items.length);
    expect(kb.itemsOfKind('relief').every((i) => i.kind === 'relief')).toBe(true);
  });

  it('resolves related ids to titles and lists the items citing a source', () => {
    const related = kb.related(kb.item('relief.calf-stretch')!);
    expect(related[0]).toEqual({
      id: 'relief.massage',
      title: kb.item('relief.massage')!.title,
      kind: 'relief',
    });
    expect(kb.citing('fda-nsaid-2020').map((i) => i.id)).toContain('relief.nsaids');
    expect(kb.citing('nope')).toEqual([]);
  });

  it('pre-renders every item’s details as HTML with no raw HTML in it', () => {
    expect(kb.detailsHtml('relief.calf-stretch')).toContain('<h2>How to do it</h2>');
    for (const item of kb.items) expect(kb.detailsHtml(item.id)).not.toMatch(/<(script|iframe|img|style)/i);
  });

  it('has a search over every item', () => {
    expect(kb.search.size).toBe(kb.items.length);
  });

  it('refuses content with problems', () => {
    const { items, sources } = loadContent();
    const broken = items.map((i) => (i.id === 'relief.heat' ? { ...i, related: ['relief.missing'] } : i));
    expect(() => createKnowledgeBase(broken, sources)).toThrow(KnowledgeBaseError);
    expect(() =>
      createKnowledgeBase(
        items,
        sources.filter((s) => s.key !== 'webmd'),
      ),
    ).toThrow(/unknown source key webmd/);
  });

  it('carries the article trace, and refuses one that points at a missing item', () => {
    expect(kb.traces.map((t) => t.article).sort()).toEqual(['apa', 'cainiu', 'fuji', 'ilive', 'webmd']);
    const { items, sources } = loadContent();
    const { traces } = loadTraces();
    const withoutHeat = items.filter((i) => i.id !== 'relief.heat' && !i.related.includes('relief.heat'));
    expect(() => createKnowledgeBase(withoutHeat, sources, [], traces)).toThrow(
      /item relief.heat does not exist/,
    );
  });
});

describe('knowledge base reading order', () => {
  it('follows the content map, then the id', () => {
    const kb = loadKnowledgeBase();
    expect(kb.itemsOfKind('overview')[0]!.id).toBe('overview.what-is-a-leg-cramp');
    expect(
      kb
        .itemsOfKind('relief')
        .slice(0, 2)
        .map((i) => i.id),
    ).toEqual(['relief.calf-stretch', 'relief.thigh-stretch']);
    const { items, sources } = loadContent();
    const byId = createKnowledgeBase(items, sources);
    expect(byId.itemsOfKind('overview')[0]!.id).toBe('overview.deficiency-claim');
  });
});
