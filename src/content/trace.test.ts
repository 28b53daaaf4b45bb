import { describe, expect, it } from 'vitest';
import { parseItemFile } from './loader.js';
import type { KnowledgeItem, Source } from './schema.js';
import { type ArticleTrace, checkTraces, parseTrace, traceTotals } from './trace.js';

const sources: Source[] = [
  { key: 'webmd', title: 'Leg cramps', publisher: 'WebMD', date: null, kind: 'consumer-article' },
  { key: 'nhs-dvt', title: 'DVT', publisher: 'NHS', date: null, kind: 'guideline' },
];

function item(id: string, cites: string[]): KnowledgeItem {
  const text = `---
id: ${id}
kind: overview
title: A test item
summary: A summary that is long enough to pass the minimum length of the schema.
sources: [${cites.join(', ')}]
evidence: { verdict: consensus, summary: 'Standard advice without trials behind it at all.', sources: [${cites[0]}] }
reviewed: '2026-12-01'
---
Body`;
  const { item: parsed, problem } = parseItemFile(text, `overview/${id}.md`);
  if (!parsed) throw new Error(problem?.message);
  return parsed;
}

function trace(yaml: string, file = 'trace/webmd.yaml'): ArticleTrace {
  const { trace: parsed, problem } = parseTrace(yaml, file);
  if (!parsed) throw new Error(problem?.message);
  return parsed;
}

const items = [item('overview.cramps', ['webmd']), item('overview.other', ['nhs-dvt'])];

describe('the article-to-item trace', () => {
  it('passes a claim covered by an item that exists and cites the article', () => {
    const t = trace(`article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: covered, items: [overview.cramps] }`);
    expect(checkTraces([t], items, sources)).toEqual([]);
  });

  it('fails when a listed item is missing', () => {
    const t = trace(`article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: covered, items: [overview.gone] }`);
    expect(checkTraces([t], items, sources).map((p) => p.message)).toEqual([
      'webmd claim 1 ("Cramps are common in pregnancy.…"): item overview.gone does not exist',
    ]);
  });

  it('fails when a claim has no item', () => {
    const t = trace(`article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: covered, items: [] }`);
    expect(checkTraces([t], items, sources).map((p) => p.message)).toEqual([
      'webmd claim 1 ("Cramps are common in pregnancy.…") has no item',
    ]);
  });

  it('fails when the covering item does not cite the article', () => {
    const t = trace(`article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: covered, items: [overview.other] }`);
    expect(checkTraces([t], items, sources).map((p) => p.message)).toEqual([
      'webmd claim 1 ("Cramps are common in pregnancy.…"): item overview.other does not cite webmd',
    ]);
  });

  it('fails when a consumer article has no trace file, or a trace names an unknown article', () => {
    expect(checkTraces([], items, sources)).toEqual([
      { file: 'trace/webmd.yaml', message: 'webmd has no trace file' },
    ]);
    const t = trace(
      `article: nhs-dvt
claims:
  - { claim: Clots cause one swollen leg., status: covered, items: [overview.other] }`,
      'trace/nhs-dvt.yaml',
    );
    expect(checkTraces([t], items, sources).map((p) => p.message)).toContain(
      'nhs-dvt is not a consumer article in sources.yaml',
    );
  });

  it('refuses a corrected or withheld claim that does not say why, and an unknown status', () => {
    expect(
      parseTrace(
        `article: webmd
claims:
  - { claim: Drink less when your legs swell., status: corrected, items: [overview.cramps] }`,
        'trace/webmd.yaml',
      ).problem?.message,
    ).toBe('claims.0.why: a corrected or withheld claim says why');
    expect(
      parseTrace(
        `article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: partly, items: [overview.cramps] }`,
        'trace/webmd.yaml',
      ).problem?.message,
    ).toMatch(/^claims\.0\.status:/);
  });

  it('counts claims by what we did with them', () => {
    const t = trace(`article: webmd
claims:
  - { claim: Cramps are common in pregnancy., status: covered, items: [overview.cramps] }
  - { claim: Drink less when your legs swell., status: corrected, items: [overview.cramps], why: Drinking less does not help swelling. }
  - { claim: How to brew a risky herbal tea., status: withheld, items: [overview.cramps], why: We do not repeat unsafe recipes. }`);
    expect(traceTotals(t)).toEqual({ claims: 3, covered: 1, corrected: 1, withheld: 1 });
  });
});
