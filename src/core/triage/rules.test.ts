// The rule table itself: well formed, cited from the registry, and covering the whole vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findingsIn } from './condition.js';
import { FINDING_NAMES } from './findings.js';
import { TRIAGE_LEVELS } from './levels.js';
import { RULE_IDS, ruleById, TRIAGE_RULES } from './rules.js';
import { TRIAGE_SOURCE_KEYS } from './source-keys.js';

const registry = parse(readFileSync(new URL('../../content/sources.yaml', import.meta.url), 'utf8')) as {
  key: string;
}[];
const registryKeys = new Set(registry.map((entry) => entry.key));

describe('rule table', () => {
  it('has unique kebab-case ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ruleById('dvt-one-leg-swollen')?.level).toBe('urgent');
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('cites only keys that exist in src/content/sources.yaml', () => {
    expect(TRIAGE_SOURCE_KEYS.filter((key) => !registryKeys.has(key))).toEqual([]);
    for (const rule of TRIAGE_RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(new Set(rule.sources).size, rule.id).toBe(rule.sources.length);
      for (const key of rule.sources) expect(registryKeys.has(key), `${rule.id}: ${key}`).toBe(true);
    }
  });

  it('cites a consumer article for a clot sign only where that article names the sign', () => {
    const cites = (id: string) => ruleById(id)?.sources ?? [];
    expect(cites('dvt-leg-tenderness')).not.toContain('fuji');
    for (const id of ['dvt-one-leg-swollen', 'dvt-leg-redness', 'dvt-leg-warmth']) {
      expect(cites(id)).toEqual(expect.arrayContaining(['webmd', 'fuji']));
    }
  });

  it('is listed most urgent first', () => {
    const ranks = TRIAGE_RULES.map((rule) => TRIAGE_LEVELS.indexOf(rule.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('uses every finding in some rule', () => {
    const used = new Set(TRIAGE_RULES.flatMap((rule) => findingsIn(rule.when)));
    expect(FINDING_NAMES.filter((name) => !used.has(name))).toEqual([]);
  });

  it('explains every rule in at least one full sentence', () => {
    for (const rule of TRIAGE_RULES) {
      expect(rule.explanation.length, rule.id).toBeGreaterThan(30);
      expect(rule.explanation.endsWith('.'), rule.id).toBe(true);
    }
  });
});
