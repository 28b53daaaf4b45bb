import { describe, expect, it } from 'vitest';
import { checkContent } from './checks.js';
import { parseItemFile } from './loader.js';
import type { Source } from './schema.js';

const sources: Source[] = [
  { key: 'webmd', title: 'Leg cramps', publisher: 'WebMD', date: null, kind: 'consumer-article' },
];

function item(frontMatter: string, file = 'x/relief.test-item.md') {
  const text = `---\n${frontMatter}\n---\nBody`;
  const { item: parsed, problem } = parseItemFile(text, file);
  if (!parsed) throw new Error(problem?.message);
  return parsed;
}

const base = `id: relief.test-item
kind: relief
title: A test item
summary: A summary that is long enough to pass the minimum length of the schema.
sources: [webmd]
evidence: { verdict: consensus, summary: 'Standard advice without trials behind it at all.', sources: [webmd] }
reviewed: '2026-11-22'`;

describe('content checks', () => {
  it('flags a missing safety verdict on something a person does', () => {
    const problems = checkContent([item(base)], sources, []);
    expect(problems.map((p) => p.message)).toContain('relief.test-item: needs a safety verdict');
  });

  it('flags unknown sources, unresolved related ids and missing required ids', () => {
    const withBad = item(`${base}
safety: { status: ok, reason: 'Nothing known to be harmful here.' }
related: [relief.nowhere]
conflicts:
  - topic: A disagreement
    positions: [{ source: webmd, claim: 'One side says this.' }, { source: nosuch, claim: 'Other side says that.' }]
    resolution: The evidence settles it in favour of neither side here.
    resolutionSources: [webmd]`);
    const messages = checkContent([withBad], sources, ['overview.missing']).map((p) => p.message);
    expect(messages).toEqual([
      'relief.test-item: unknown source key nosuch',
      'relief.test-item: conflict "A disagreement" quotes nosuch, which is not in sources',
      'relief.test-item: related id relief.nowhere does not exist',
      'missing item overview.missing',
    ]);
  });

  it("refuses a conflict position or resolution whose source is missing from the item's own sources", () => {
    const two: Source[] = [
      ...sources,
      { key: 'apa', title: 'Leg pain', publisher: 'APA', date: null, kind: 'consumer-article' },
    ];
    const quoting = item(`${base}
safety: { status: ok, reason: 'Nothing known to be harmful here.' }
conflicts:
  - topic: A disagreement
    positions: [{ source: webmd, claim: 'One side says this.' }, { source: apa, claim: 'Other side says that.' }]
    resolution: The evidence settles it in favour of neither side here.
    resolutionSources: [apa]`);
    expect(checkContent([quoting], two, []).map((p) => p.message)).toEqual([
      'relief.test-item: conflict "A disagreement" quotes apa, which is not in sources',
      'relief.test-item: conflict "A disagreement" resolves with apa, which is not in sources',
    ]);
    const listed = { ...quoting, sources: ['webmd', 'apa'] };
    expect(checkContent([listed], two, [])).toEqual([]);
  });

  it('refuses evidence resting on a source the item does not list', () => {
    const two: Source[] = [
      ...sources,
      { key: 'apa', title: 'Leg pain', publisher: 'APA', date: null, kind: 'consumer-article' },
    ];
    const parsed = item(`${base}\nsafety: { status: ok, reason: 'Nothing known to be harmful here.' }`);
    const hidden = { ...parsed, evidence: { ...parsed.evidence, sources: ['apa'] } };
    expect(checkContent([hidden], two, []).map((p) => p.message)).toEqual([
      'relief.test-item: evidence cites apa, which is not in sources',
    ]);
  });

  it('rejects front matter that breaks the schema, naming the field', () => {
    const { problem } = parseItemFile('---\nid: Bad Id\n---\n', 'bad.md');
    expect(problem?.message).toMatch(/^id: ids look like/);
  });

  it('rejects a file without front matter', () => {
    expect(parseItemFile('# just markdown', 'plain.md').problem?.message).toMatch(/front matter/);
  });
});
