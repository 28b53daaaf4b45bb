// Every knowledge id the triage suggests or withholds must exist in the knowledge base, or the UI
// would link to nothing. Checked against the items themselves rather than shared/content-map.md:
// v2 added items (pattern.one-leg-pain, redflag.after-the-birth, …) that the map predates.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/loader.js';
import { TRIAGE_RULES } from './rules.js';
import { BASELINE_SELF_CARE, CLOT_UNSAFE_SELF_CARE, MASSAGE_SELF_CARE } from './self-care.js';

describe('self-care ids', () => {
  it('all name an item of the knowledge base', () => {
    const ids = new Set(loadContent().items.map((item) => item.id));
    expect(ids.size).toBeGreaterThan(100);
    const used = new Set([
      ...BASELINE_SELF_CARE,
      ...CLOT_UNSAFE_SELF_CARE,
      ...MASSAGE_SELF_CARE,
      ...TRIAGE_RULES.flatMap((rule) => [...(rule.selfCare ?? []), ...(rule.avoid ?? [])]),
    ]);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });
});
