/**
 * Public API of the triage engine: validate a request, triage it, and the vocabulary, levels,
 * rules and emergency numbers that UIs and adapters need.
 */

export type { Condition } from './condition.js';
export {
  DEFAULT_REGION,
  type EmergencyNumber,
  emergencyNumberFor,
  isSupportedRegion,
  regionFromLocale,
  SUPPORTED_REGIONS,
} from './emergency-numbers.js';
export { type TriageOptions, type TriageReason, type TriageResult, triage } from './engine.js';
export {
  BABY_FINDINGS,
  FINDING_NAMES,
  FINDINGS,
  type Finding,
  type FindingGroup,
  type FindingName,
  findingApplies,
  findingsAnsweredYes,
  findingsInGroup,
  isFindingName,
  type Stage,
} from './findings.js';
export {
  type BloodPressure,
  type ParseTriageInputResult,
  POSTPARTUM_WEEK_RANGE,
  parseTriageInput,
  type TriageFindings,
  type TriageInput,
  type TriageInputError,
  type TriageIssue,
  triageFieldErrors,
  triageInputError,
  triageInputFrom,
  triageInputSchema,
  type ValidTriageBody,
} from './input.js';
export {
  ACTION_IDS,
  ACTION_LEVEL,
  type ActionId,
  actionFor,
  actionText,
  defaultActionId,
  isTriageLevel,
  levelRank,
  maxLevel,
  TRIAGE_LEVELS,
  type TriageLevel,
} from './levels.js';
export { type KnowledgeId, RULE_IDS, ruleById, TRIAGE_RULES, type TriageRule } from './rules.js';
export { TRIAGE_SOURCE_KEYS, type TriageSourceKey } from './source-keys.js';
