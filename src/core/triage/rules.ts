/**
 * The full triage rule table, most urgent first. The clinical decisions live in the per-level
 * files; this module only assembles them and offers look-ups.
 */

import type { TriageRule } from './rule.js';
import { EMERGENCY_RULES } from './rules-emergency.js';
import { ROUTINE_RULES, SELF_CARE_RULES } from './rules-routine.js';
import { SOON_RULES } from './rules-soon.js';
import { URGENT_RULES } from './rules-urgent.js';

export type { KnowledgeId, TriageRule } from './rule.js';

export const TRIAGE_RULES: readonly TriageRule[] = [
  ...EMERGENCY_RULES,
  ...URGENT_RULES,
  ...SOON_RULES,
  ...ROUTINE_RULES,
  ...SELF_CARE_RULES,
];

export const RULE_IDS: readonly string[] = TRIAGE_RULES.map((rule) => rule.id);

const BY_ID: ReadonlyMap<string, TriageRule> = new Map(TRIAGE_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): TriageRule | undefined {
  return BY_ID.get(id);
}
