import { describe, expect, it } from 'vitest';
import { checkContent } from './checks.js';
import { loadContent } from './loader.js';
import { itemGrades, readabilityProblems } from './readability.js';
import { requiredIds } from './required-ids.js';
import { KINDS_NEEDING_SAFETY } from './schema.js';
import { checkTraces, loadTraces } from './trace.js';

const content = loadContent();

describe('knowledge content', () => {
  it('every file matches the schema', () => {
    expect(content.problems).toEqual([]);
  });

  it('ids, sources, related ids and safety verdicts all check out', () => {
    expect(checkContent(content.items, content.sources, requiredIds())).toEqual([]);
  });

  it('every claim of the five articles is traced to items that exist and cite it', () => {
    const trace = loadTraces();
    expect(trace.problems).toEqual([]);
    expect(checkTraces(trace.traces, content.items, content.sources)).toEqual([]);
    expect(trace.traces.map((t) => t.article).sort()).toEqual(['apa', 'cainiu', 'fuji', 'ilive', 'webmd']);
  });

  it('every item reads at or below its grade bar', () => {
    expect(readabilityProblems(itemGrades(content.items))).toEqual([]);
  });

  it('every item cites at least one source and every action-kind item has a safety verdict', () => {
    for (const item of content.items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      if (KINDS_NEEDING_SAFETY.includes(item.kind)) expect(item.safety, item.id).toBeDefined();
    }
  });

  it('the five source articles carry an honest appraisal', () => {
    const seeds = content.sources.filter((s) => s.kind === 'consumer-article');
    expect(seeds.map((s) => s.key).sort()).toEqual(['apa', 'cainiu', 'fuji', 'ilive', 'webmd']);
    for (const s of seeds) expect(s.appraisal, s.key).toBeTruthy();
  });
});
