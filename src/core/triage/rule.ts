/**
 * The shape of one triage rule. Rules are data, so they can be listed, cited, reviewed by a
 * clinician and tested for coverage without reading code.
 */

import type { Condition } from './condition.js';
import type { TriageLevel } from './levels.js';
import type { TriageSourceKey } from './source-keys.js';

/** A knowledge-base id (src/content/items; the map is src/content/content-map.snapshot.md), e.g. 'relief.calf-stretch'. */
export type KnowledgeId = `${string}.${string}`;

export interface TriageRule {
  /** Stable kebab-case id, shown in reasons and used by tests. */
  readonly id: string;
  readonly level: TriageLevel;
  readonly when: Condition;
  /** Why this matters, in plain words. May contain {number} for the local emergency number. */
  readonly explanation: string;
  readonly sources: readonly TriageSourceKey[];
  /** Knowledge items worth showing when this rule fires. */
  readonly selfCare?: readonly KnowledgeId[];
  /** Knowledge items that must not be suggested when this rule fires (e.g. massage over a clot). */
  readonly avoid?: readonly KnowledgeId[];
  /** What would change the answer. May contain {number}. */
  readonly watchFor?: readonly string[];
  /**
   * An obstetric sign (pre-eclampsia, blood pressure, bleeding, waters, contractions, movements):
   * an `urgent` answer then sends to the maternity unit, which can monitor the baby, rather than
   * to a general urgent-care centre. Ignored more than 6 weeks after the birth.
   */
  readonly obstetric?: true;
}
