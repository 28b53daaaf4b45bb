/**
 * The triage engine: findings in, one level with its action, reasons, self-care and
 * watch-for lines out. Pure (no I/O, no clock, no environment), so the server, the web app
 * and the CLI all give the same answer.
 */

import { evaluate } from './condition.js';
import { type EmergencyNumber, emergencyNumberFor } from './emergency-numbers.js';
import { type FindingName, findingsAnsweredYes } from './findings.js';
import type { TriageInput } from './input.js';
import {
  type ActionId,
  actionText,
  defaultActionId,
  levelRank,
  maxLevel,
  type TriageLevel,
} from './levels.js';
import type { KnowledgeId, TriageRule } from './rule.js';
import { TRIAGE_RULES } from './rules.js';
import { BASELINE_SELF_CARE } from './self-care.js';
import type { TriageSourceKey } from './source-keys.js';
import { escalationLines } from './watch-for.js';

export interface TriageOptions {
  /** ISO 3166 alpha-2 region (or 'UK', 'EU') for the emergency number; 112 when unknown. */
  readonly region?: string | undefined;
  /**
   * The person said the baby is born but the weeks since are not known (an emergency short cut past an
   * unread box): the rules read them as pregnant, week unknown (the cautious reading), and only the
   * words change ("say that you had a baby recently").
   */
  readonly afterBirth?: boolean | undefined;
}

export interface TriageReason {
  readonly rule: string;
  readonly level: TriageLevel;
  /** The true findings that made the rule fire (empty for a blood-pressure-only rule). */
  readonly findings: FindingName[];
  readonly explanation: string;
  readonly sources: TriageSourceKey[];
}

export interface TriageResult {
  readonly level: TriageLevel;
  /** Where to go: for `urgent`, the maternity unit for an obstetric sign, else be seen today. */
  readonly actionId: ActionId;
  readonly action: string;
  readonly emergencyNumber: EmergencyNumber;
  /** Most urgent first. */
  readonly reasons: TriageReason[];
  readonly selfCare: KnowledgeId[];
  readonly watchFor: string[];
}

interface Fired {
  readonly rule: TriageRule;
  readonly findings: FindingName[];
}

// Levels at which the person is managing at home for now, so cramp relief is worth showing.
const SHOWS_BASELINE_RELIEF: ReadonlySet<TriageLevel> = new Set(['self-care', 'routine', 'soon']);

function presentFindings(input: TriageInput): Set<FindingName> {
  return new Set(findingsAnsweredYes(input.findings));
}

function fillNumber(text: string, contact: EmergencyNumber): string {
  return text.replaceAll('{number}', contact.number);
}

function selfCareFor(level: TriageLevel, fired: readonly Fired[]): KnowledgeId[] {
  // Emergency: the only job is to call; nothing should compete with that.
  if (level === 'emergency') return [];
  const avoided = new Set(fired.flatMap(({ rule }) => rule.avoid ?? []));
  const ordered = fired.flatMap(({ rule }) => rule.selfCare ?? []);
  if (SHOWS_BASELINE_RELIEF.has(level)) ordered.push(...BASELINE_SELF_CARE);
  return [...new Set(ordered)].filter((id) => !avoided.has(id));
}

function watchForLines(
  level: TriageLevel,
  fired: readonly Fired[],
  contact: EmergencyNumber,
  afterBirth: boolean,
): string[] {
  const lines = [...fired.flatMap(({ rule }) => rule.watchFor ?? []), ...escalationLines(level, afterBirth)];
  return [...new Set(lines)].map((line) => fillNumber(line, contact));
}

// The maternity unit is the place for obstetric signs in pregnancy and in the first weeks after the
// birth; later on, the person's own doctor or the emergency department is.
const MATERNITY_UNIT_WEEKS_AFTER_BIRTH = 6;

function actionIdFor(
  level: TriageLevel,
  fired: readonly Fired[],
  postpartumWeeks: number | undefined,
): ActionId {
  if (level !== 'urgent') return defaultActionId(level);
  const obstetric = fired.some(({ rule }) => rule.level === 'urgent' && rule.obstetric === true);
  const maternityStillRight =
    postpartumWeeks === undefined || postpartumWeeks <= MATERNITY_UNIT_WEEKS_AFTER_BIRTH;
  return obstetric && maternityStillRight ? 'maternity-unit-now' : 'seen-today';
}

/**
 * Triage validated input (see parseTriageInput).
 * @example triage({ findings: { one_leg_swollen: true }, gestationalWeek: 30 }, { region: 'GB' }).level // 'urgent'
 */
export function triage(input: TriageInput, options: TriageOptions = {}): TriageResult {
  const context = {
    present: presentFindings(input),
    gestationalWeek: input.gestationalWeek,
    bloodPressure: input.bloodPressure,
    postpartumWeeks: input.postpartumWeeks,
  };
  const fired: Fired[] = [];
  for (const rule of TRIAGE_RULES) {
    const findings = evaluate(rule.when, context);
    if (findings !== undefined) fired.push({ rule, findings });
  }
  // Stable sort: ties keep the table order, which lists the more specific rules first.
  fired.sort((a, b) => levelRank(b.rule.level) - levelRank(a.rule.level));

  const level = maxLevel(fired.map(({ rule }) => rule.level));
  const contact = emergencyNumberFor(options.region);
  const afterBirth = input.postpartumWeeks !== undefined || options.afterBirth === true;
  const actionId = actionIdFor(level, fired, input.postpartumWeeks);
  return {
    level,
    actionId,
    action: actionText(actionId, contact, afterBirth),
    emergencyNumber: contact,
    reasons: fired.map(({ rule, findings }) => ({
      rule: rule.id,
      level: rule.level,
      findings,
      explanation: fillNumber(rule.explanation, contact),
      sources: [...rule.sources],
    })),
    selfCare: selfCareFor(level, fired),
    watchFor: watchForLines(level, fired, contact, afterBirth),
  };
}
