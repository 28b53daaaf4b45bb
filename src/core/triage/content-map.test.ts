// Every knowledge id the triage suggests or withholds must exist in the shared content map,
// or the UI would link to nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRIAGE_RULES } from './rules.js';
import { BASELINE_SELF_CARE, CLOT_UNSAFE_SELF_CARE, MASSAGE_SELF_CARE } from './self-care.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const contentMapPath = path.resolve(repoRoot, '../shared/content-map.md');
const present = existsSync(contentMapPath);

describe('self-care ids', () => {
  it.skipIf(!present)(
    `all appear in shared/content-map.md${present ? '' : ` (skipped: ${contentMapPath} not found)`}`,
    () => {
      const text = readFileSync(contentMapPath, 'utf8');
      const mapIds = new Set([...text.matchAll(/`([a-z]+\.[a-z0-9-]+)`/g)].map((match) => match[1]));
      const used = new Set([
        ...BASELINE_SELF_CARE,
        ...CLOT_UNSAFE_SELF_CARE,
        ...MASSAGE_SELF_CARE,
        ...TRIAGE_RULES.flatMap((rule) => [...(rule.selfCare ?? []), ...(rule.avoid ?? [])]),
      ]);
      expect(mapIds.size).toBeGreaterThan(100);
      expect([...used].filter((id) => !mapIds.has(id))).toEqual([]);
    },
  );
});
