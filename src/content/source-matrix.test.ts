import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './knowledge-base.js';
import type { KnowledgeItem } from './schema.js';
import { articleKeys, cellMark, matrixTotals, sourceMatrix } from './source-matrix.js';

function item(overrides: Partial<KnowledgeItem>): KnowledgeItem {
  return {
    id: 'remedy.test',
    kind: 'remedy',
    title: 'A test item',
    summary: 'A summary long enough to pass the schema for a knowledge item.',
    aliases: [],
    sources: ['apa'],
    evidence: {
      verdict: 'established',
      summary: 'What the evidence says about this test item.',
      sources: ['nhs'],
    },
    conflicts: [],
    related: [],
    reviewed: '2026-01-01',
    details: '',
    file: 'remedy/remedy.test.md',
    ...overrides,
  };
}

const conflict = (sources: string[], resolutionSources = ['nhs']) => ({
  topic: 'A disagreement',
  positions: sources.map((source) => ({ source, claim: `${source} says something` })),
  resolution: 'What the best evidence says about the disagreement.',
  resolutionSources,
});

describe('cellMark', () => {
  it('marks coverage from the sources an item cites', () => {
    const it1 = item({});
    expect(cellMark(it1, 'apa')).toBe('covers');
    expect(cellMark(it1, 'webmd')).toBe('none');
  });

  it('marks a side taken in a disagreement', () => {
    const it1 = item({ conflicts: [conflict(['apa', 'webmd'])] });
    expect(cellMark(it1, 'webmd')).toBe('disagrees');
    expect(cellMark(it1, 'apa')).toBe('disagrees');
  });

  it('marks a side the evidence does not support: unproven, contradicted or an action to avoid', () => {
    const unproven = item({
      evidence: { ...item({}).evidence, verdict: 'unproven' },
      conflicts: [conflict(['ilive', 'nhs'])],
    });
    expect(cellMark(unproven, 'ilive')).toBe('unsupported');
    const contradicted = item({
      evidence: { ...item({}).evidence, verdict: 'contradicted' },
      conflicts: [conflict(['ilive', 'nhs'])],
    });
    expect(cellMark(contradicted, 'ilive')).toBe('unsupported');
    const avoid = item({
      safety: { status: 'avoid', reason: 'Known harm in pregnancy, do not use.' },
      conflicts: [conflict(['ilive', 'nhs'])],
    });
    expect(cellMark(avoid, 'ilive')).toBe('unsupported');
  });

  it('does not mark a source the best evidence sides with, nor a pattern whose "avoid" is about rubbing the leg', () => {
    const backed = item({
      evidence: { ...item({}).evidence, verdict: 'unproven' },
      conflicts: [conflict(['ilive', 'webmd'], ['webmd'])],
    });
    expect(cellMark(backed, 'webmd')).toBe('disagrees');
    expect(cellMark(backed, 'ilive')).toBe('unsupported');
    const pattern = item({
      kind: 'pattern',
      safety: { status: 'avoid', reason: 'Do not massage a leg that might hold a clot.' },
      conflicts: [conflict(['apa', 'webmd'])],
    });
    expect(cellMark(pattern, 'webmd')).toBe('disagrees');
  });
});

describe('sourceMatrix', () => {
  const kb = loadKnowledgeBase();
  const keys = articleKeys(kb.sources);
  const rows = sourceMatrix(kb.items, keys);

  it('compares the five articles in registry order', () => {
    expect(keys).toEqual(['webmd', 'apa', 'ilive', 'cainiu', 'fuji']);
  });

  it('has a row for each item an article speaks to, and none for the rest', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.find((r) => r.id === 'relief.nsaids')).toBeUndefined();
    expect(rows.find((r) => r.id === 'remedy.licorice')?.cells.ilive).toBe('unsupported');
    expect(rows.find((r) => r.id === 'relief.calf-stretch')?.cells).toMatchObject({
      webmd: 'disagrees',
      fuji: 'disagrees',
    });
  });

  it('totals each article’s marks over all rows', () => {
    const totals = matrixTotals(rows, keys);
    for (const key of keys) {
      const t = totals[key]!;
      expect(t.none + t.covers + t.disagrees + t.unsupported).toBe(rows.length);
    }
    expect(totals.ilive!.unsupported).toBeGreaterThan(totals.webmd!.unsupported);
  });
});
