// The vocabulary must match shared/triage.md exactly: same names, same groups, same order.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FINDING_NAMES, FINDINGS, type FindingGroup, findingsInGroup, isFindingName } from './findings.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const specPath = path.resolve(repoRoot, '../shared/triage.md');
const present = existsSync(specPath);

const HEADINGS: Record<string, FindingGroup> = {
  'Emergency screen': 'emergency',
  Leg: 'leg',
  'Pregnancy warning signs': 'pregnancy',
  'Pattern and context': 'pattern',
};

describe('findings vocabulary', () => {
  it.skipIf(!present)(`matches shared/triage.md${present ? '' : ` (skipped: ${specPath} not found)`}`, () => {
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
    expect(FINDINGS.map(({ name, group: g }) => ({ name, group: g }))).toEqual(spec);
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
