/**
 * A small closed language for when a rule fires. It has no negation, so adding a finding can
 * only make more rules fire: the engine is monotone in findings by construction.
 *
 * Unknown numbers are read cautiously: `weekAtLeast` is true when the week is unknown (not
 * knowing the week must never lower urgency), `weekBelow` only when the week is known, and
 * `bpAtLeast` only when a reading was given. After the birth there is no week of pregnancy:
 * `weekAtLeast` and `weekBelow` are both false, and `postpartumWithin` / `postpartumAfter` say how
 * long ago the baby was born.
 */

import type { FindingName } from './findings.js';
import type { BloodPressure } from './input.js';

export type Condition =
  | { readonly all: readonly FindingName[] }
  | { readonly any: readonly FindingName[] }
  | { readonly allOf: readonly Condition[] }
  | { readonly anyOf: readonly Condition[] }
  | { readonly weekAtLeast: number }
  /** Only used to make a rule fire in addition, never to hold another rule back. */
  | { readonly weekBelow: number }
  /** True when systolic >= s OR diastolic >= d. */
  | { readonly bpAtLeast: BloodPressure }
  /** After the birth, at most this many weeks ago. */
  | { readonly postpartumWithin: number }
  /** Only used to make a rule fire in addition: after the birth, more than this many weeks ago. */
  | { readonly postpartumAfter: number };

export interface ConditionContext {
  readonly present: ReadonlySet<FindingName>;
  readonly gestationalWeek?: number | undefined;
  readonly bloodPressure?: BloodPressure | undefined;
  /** Weeks since the birth; undefined while pregnant. */
  readonly postpartumWeeks?: number | undefined;
}

/**
 * The true findings that made the condition hold (possibly none, for a pure blood-pressure
 * or week condition), or undefined when it does not hold.
 */
export function evaluate(condition: Condition, ctx: ConditionContext): FindingName[] | undefined {
  if ('all' in condition) {
    return condition.all.length > 0 && condition.all.every((f) => ctx.present.has(f))
      ? [...condition.all]
      : undefined;
  }
  if ('any' in condition) {
    const hits = condition.any.filter((f) => ctx.present.has(f));
    return hits.length > 0 ? hits : undefined;
  }
  if ('allOf' in condition) {
    const parts: FindingName[] = [];
    for (const part of condition.allOf) {
      const hits = evaluate(part, ctx);
      if (hits === undefined) return undefined;
      parts.push(...hits);
    }
    return condition.allOf.length > 0 ? unique(parts) : undefined;
  }
  if ('anyOf' in condition) {
    let matched = false;
    const parts: FindingName[] = [];
    for (const part of condition.anyOf) {
      const hits = evaluate(part, ctx);
      if (hits === undefined) continue;
      matched = true;
      parts.push(...hits);
    }
    return matched ? unique(parts) : undefined;
  }
  const afterBirth = ctx.postpartumWeeks !== undefined;
  if ('weekAtLeast' in condition) {
    const week = ctx.gestationalWeek;
    return !afterBirth && (week === undefined || week >= condition.weekAtLeast) ? [] : undefined;
  }
  if ('weekBelow' in condition) {
    const week = ctx.gestationalWeek;
    return !afterBirth && week !== undefined && week < condition.weekBelow ? [] : undefined;
  }
  if ('postpartumWithin' in condition) {
    const weeks = ctx.postpartumWeeks;
    return weeks !== undefined && weeks <= condition.postpartumWithin ? [] : undefined;
  }
  if ('postpartumAfter' in condition) {
    const weeks = ctx.postpartumWeeks;
    return weeks !== undefined && weeks > condition.postpartumAfter ? [] : undefined;
  }
  const bp = ctx.bloodPressure;
  const { systolic, diastolic } = condition.bpAtLeast;
  return bp !== undefined && (bp.systolic >= systolic || bp.diastolic >= diastolic) ? [] : undefined;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Every finding a condition mentions, for coverage checks. */
export function findingsIn(condition: Condition): FindingName[] {
  if ('all' in condition) return [...condition.all];
  if ('any' in condition) return [...condition.any];
  if ('allOf' in condition) return unique(condition.allOf.flatMap(findingsIn));
  if ('anyOf' in condition) return unique(condition.anyOf.flatMap(findingsIn));
  return [];
}

/**
 * When pre-eclampsia is possible: from 20 weeks of pregnancy, when the week is not known, and up
 * to 6 weeks after the birth (NICE NG133; the NHS page on pre-eclampsia after the birth).
 */
export const PREECLAMPSIA_WINDOW: Condition = { anyOf: [{ weekAtLeast: 20 }, { postpartumWithin: 6 }] };
