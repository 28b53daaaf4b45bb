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

describe('misattributions found by the claim-by-claim audit stay fixed', () => {
  const byId = new Map(content.items.map((i) => [i.id, i]));
  const positions = (id: string, source: string) =>
    (byId.get(id)?.conflicts ?? []).flatMap((c) =>
      c.positions.filter((p) => p.source === source).map((p) => p.claim),
    );

  it('Cainiu lists low calcium as one of five possible causes, never a common or main one', () => {
    const quoted = content.items.flatMap((i) => positions(i.id, 'cainiu')).filter((c) => /calcium/i.test(c));
    expect(quoted.length).toBeGreaterThan(0);
    for (const claim of quoted) expect(claim).not.toMatch(/\b(common|main)\b/i);
    for (const id of [
      'pattern.numbness-or-tingling',
      'redflag.numbness-tingling',
      'pattern.arms-and-legs-with-pain',
    ]) {
      for (const claim of positions(id, 'cainiu'))
        expect(claim, id).toMatch(/accompanied by|often comes with/);
    }
  });

  it('APA and Cainiu never said the bath or soak water was plain, and APA never said to skip checking first', () => {
    for (const id of ['relief.warm-bath', 'prevent.warm-bath-or-foot-soak']) {
      for (const claim of [...positions(id, 'apa'), ...positions(id, 'cainiu')])
        expect(claim, id).not.toMatch(/plain/i);
    }
    for (const claim of positions('prevent.daily-walk', 'apa')) expect(claim).not.toMatch(/no need/i);
  });

  it('Fuji gives LI4 and BL60 as examples, iLive lists allergic reactions for Stramonium, Fuji blames hormones', () => {
    for (const claim of positions('acupoint.contraindicated', 'fuji')) expect(claim).toMatch(/examples/);
    expect(positions('remedy.stramonium', 'ilive').join(' ')).toMatch(/allergic/);
    const fujiOnFluid = byId
      .get('cause.fluid-retention')!
      .details.split('\n')
      .filter((l) => /fuji/i.test(l));
    expect(fujiOnFluid.join(' ')).toMatch(/hormones/);
    expect(fujiOnFluid.join(' ')).not.toMatch(/nerve/);
  });
});
