// The knowledge items a plan may use, as plain facts (the server reads them from the content; core does
// not load files), and which of them can ever be a plan step.
import type { EvidenceVerdict, ItemKind, SafetyStatus } from '../../content/schema.js';

export type PlanItemFact = {
  id: string;
  kind: ItemKind;
  title: string;
  evidence: EvidenceVerdict;
  /** null for kinds that carry no safety verdict. */
  safety: SafetyStatus | null;
};

/** Only things a person does day to day can be steps. */
export const PLAN_KINDS = ['prevention', 'relief', 'lifestyle'] as const satisfies readonly ItemKind[];
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Never suggested and never accepted, whatever the diary says. */
export const BARRED_SAFETY: readonly SafetyStatus[] = ['avoid', 'not-recommended'];

export type Eligibility = 'ok' | 'not-a-plan-kind' | 'avoid' | 'not-recommended';

export function eligibility(item: PlanItemFact): Eligibility {
  if (!(PLAN_KINDS as readonly string[]).includes(item.kind)) return 'not-a-plan-kind';
  if (item.safety === 'avoid') return 'avoid';
  if (item.safety === 'not-recommended') return 'not-recommended';
  return 'ok';
}
