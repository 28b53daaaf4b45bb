/**
 * Self-care knowledge ids the engine adds or withholds on its own, independent of any one rule.
 */

import type { KnowledgeId } from './rule.js';

/** Relief and prevention shown whenever the answer is self-care, routine or soon. */
export const BASELINE_SELF_CARE: readonly KnowledgeId[] = [
  'relief.calf-stretch',
  'relief.massage',
  'relief.heat',
  'relief.walk-it-out',
  'prevent.calf-stretches',
  'prevent.hydration',
];

/** Rubbing or kneading the leg. */
export const MASSAGE_SELF_CARE: readonly KnowledgeId[] = [
  'relief.massage',
  'prevent.self-massage',
  'treat.manual-therapy',
  'treat.physiotherapy',
];

/**
 * Everything that works the leg, warms it or squeezes it. None of it should be suggested while a
 * clot or a blocked artery is possible: the leg needs assessing first, not treating at home.
 */
export const CLOT_UNSAFE_SELF_CARE: readonly KnowledgeId[] = [
  ...MASSAGE_SELF_CARE,
  'relief.heat',
  'relief.warm-bath',
  'relief.calf-stretch',
  'relief.thigh-stretch',
  'relief.walk-it-out',
  'prevent.calf-stretches',
  'prevent.ankle-circles',
  'prevent.daily-walk',
  'prevent.regular-exercise',
  'prevent.warm-bath-or-foot-soak',
  'prevent.compression-stockings',
];

export const NO_MASSAGE_WARNING =
  'Do not massage a leg that may have a clot. Leave out stretches, heat and exercise for that leg until it has been checked.';
