// The vocabulary must match shared/triage.md exactly: same names, same groups, same order.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_NAMES, FINDINGS, type FindingGroup, findingsInGroup, isFindingName } from './findings.js';

/** shared/triage.md from the nearest folder up that holds a `shared` sibling (main or a worktree). */
function findSpec(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.resolve(dir, 'shared/triage.md');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('../shared/triage.md');
    dir = parent;
  }
}
const specPath = findSpec();
const present = existsSync(specPath);

const HEADINGS: Record<string, FindingGroup> = {
  'Emergency screen': 'emergency',
  Leg: 'leg',
  'Pregnancy warning signs': 'pregnancy',
  'Pattern and context': 'pattern',
};

/** The first backticked snake_case word of each bullet between two markers of the spec. */
function bulletNames(text: string, from: string, to: string): string[] {
  const section = text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
  return section
    .split('\n')
    .filter((line) => line.startsWith('- `'))
    .map((line) => /`([a-z0-9_]+)`/.exec(line)?.[1] ?? '')
    .filter((name) => name !== '');
}

describe('findings vocabulary', () => {
  it.skipIf(!present)(
    `keeps every v1 name of shared/triage.md in its group and order${present ? '' : ` (skipped: ${specPath} not found)`}`,
    () => {
      const text = readFileSync(specPath, 'utf8');
      const section = text.slice(text.indexOf('## Findings'), text.indexOf('Numbers (optional)'));
      const spec: { name: string; group: FindingGroup }[] = [];
      let group: FindingGroup | undefined;
      for (const line of section.split('\n')) {
        const heading = HEADINGS[line.trim()];
        if (heading !== undefined) group = heading;
        if (!line.startsWith('- ') || group === undefined) continue;
        // Names are the backticked snake_case words; the descriptions hold none.
        for (const match of line.matchAll(/`([a-z0-9_]+)`/g)) spec.push({ name: match[1]!, group });
      }
      const v1 = new Set(spec.map((entry) => entry.name));
      // v2 adds names among them; the v1 names keep their groups and their order.
      expect(
        FINDINGS.filter(({ name }) => v1.has(name)).map(({ name, group: g }) => ({ name, group: g })),
      ).toEqual(spec);
    },
  );

  it.skipIf(!present)('has exactly the v1 names plus the new and clot-context findings of Version 2', () => {
    const text = readFileSync(specPath, 'utf8');
    const v1 = [
      ...text
        .slice(text.indexOf('## Findings'), text.indexOf('Numbers (optional)'))
        .matchAll(/`([a-z0-9_]+)`/g),
    ].map((match) => match[1]!);
    const added = bulletNames(text, 'New findings', 'Clot risk context');
    const context = bulletNames(text, 'Clot risk context', 'After the birth');
    expect(added.length).toBeGreaterThanOrEqual(8);
    expect(context).toEqual(findingsInGroup('context'));
    expect([...FINDING_NAMES].sort()).toEqual([...new Set([...v1, ...added, ...context])].sort());
  });

  it('has unique names, a question and a one-sentence reason for each', () => {
    expect(new Set(FINDING_NAMES).size).toBe(FINDING_NAMES.length);
    for (const finding of FINDINGS) {
      expect(finding.question.endsWith('?'), finding.name).toBe(true);
      expect(finding.why.endsWith('.'), finding.name).toBe(true);
      expect(finding.why.slice(0, -1), finding.name).not.toMatch(/[.!?] [A-Z]/);
    }
  });

  it('recognises only its own names', () => {
    expect(isFindingName('chest_pain')).toBe(true);
    for (const name of ['Chest_pain', 'chest pain', '', 'toString', '__proto__'])
      expect(isFindingName(name)).toBe(false);
  });

  it('groups findings in spec order', () => {
    expect(findingsInGroup('emergency')[0]).toBe('chest_pain');
    expect(findingsInGroup('pattern')).toEqual([
      'frequent_cramps',
      'cramps_disturb_sleep',
      'home_care_not_helping',
      'supplement_question',
      'diabetes',
    ]);
  });
});
