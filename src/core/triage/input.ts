/**
 * The triage request: its zod schema (the HTTP body of POST /api/triage) and a parser that
 * turns zod issues into readable, per-field messages. Strict on purpose: an unknown finding
 * name is an error, never ignored, because it may be a misspelt red flag.
 */

import { type core, z } from 'zod';
import { BABY_FINDINGS, FINDING_NAMES, type FindingName } from './findings.js';
import { didYouMean } from './name-suggestions.js';

export const WEEK_RANGE = { min: 0, max: 45 } as const;
/** Weeks since the birth that the triage covers: the 12 weeks when clot and pre-eclampsia risk stay raised. */
export const POSTPARTUM_WEEK_RANGE = { min: 0, max: 12 } as const;
export const SYSTOLIC_RANGE = { min: 50, max: 260 } as const;
export const DIASTOLIC_RANGE = { min: 30, max: 160 } as const;

export interface BloodPressure {
  readonly systolic: number;
  readonly diastolic: number;
}

/** Only findings set to true count; false and absent mean the same thing. */
export type TriageFindings = Readonly<Partial<Record<FindingName, boolean>>>;

export interface TriageInput {
  readonly findings: TriageFindings;
  readonly gestationalWeek?: number | undefined;
  readonly bloodPressure?: BloodPressure | undefined;
  /** Weeks since the baby was born (0–12); never together with gestationalWeek. */
  readonly postpartumWeeks?: number | undefined;
}

export interface TriageInputError {
  readonly code: 'invalid_input';
  readonly message: string;
  /** Dotted path (e.g. 'findings.one_leg_swolen') → what is wrong with it. */
  readonly fields: Record<string, string>;
}

export type ParseTriageInputResult =
  | { readonly ok: true; readonly value: TriageInput }
  | { readonly ok: false; readonly error: TriageInputError };

const findingsShape = Object.fromEntries(
  FINDING_NAMES.map((name) => [name, z.boolean().optional()]),
) as Record<FindingName, z.ZodOptional<z.ZodBoolean>>;

const inRange = (value: number, range: { min: number; max: number }): boolean =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

const bloodPressureSchema = z
  .strictObject({
    systolic: z.int().min(SYSTOLIC_RANGE.min).max(SYSTOLIC_RANGE.max),
    diastolic: z.int().min(DIASTOLIC_RANGE.min).max(DIASTOLIC_RANGE.max),
  })
  .superRefine((bp, ctx) => {
    // Only compare two readings that are each plausible; otherwise the range error says it better.
    if (!inRange(bp.systolic, SYSTOLIC_RANGE) || !inRange(bp.diastolic, DIASTOLIC_RANGE)) return;
    if (bp.diastolic >= bp.systolic) {
      ctx.addIssue({
        code: 'custom',
        path: ['diastolic'],
        message: 'must be lower than the systolic (top) number',
      });
    }
  });

/**
 * Schema of the request body. `findings` may be left out (nothing found). `gestationalWeek` and
 * `bloodPressure` may be left out or null (not known); an unknown week never lowers urgency.
 */
export const triageInputSchema = z
  .strictObject({
    findings: z.strictObject(findingsShape).optional(),
    gestationalWeek: z.int().min(WEEK_RANGE.min).max(WEEK_RANGE.max).nullish(),
    bloodPressure: bloodPressureSchema.nullish(),
    postpartumWeeks: z.int().min(POSTPARTUM_WEEK_RANGE.min).max(POSTPARTUM_WEEK_RANGE.max).nullish(),
  })
  .superRefine((body, ctx) => {
    if (body.postpartumWeeks == null) return;
    if (body.gestationalWeek != null) {
      ctx.addIssue({ code: 'custom', path: ['postpartumWeeks'], message: BOTH_STAGES });
    }
    // After the birth these cannot be true; answering them would mean the stage is wrong.
    for (const name of BABY_FINDINGS) {
      if (body.findings?.[name] === true) {
        ctx.addIssue({ code: 'custom', path: ['findings', name], message: AFTER_BIRTH_ONLY });
      }
    }
  });

const BOTH_STAGES =
  'cannot be sent together with gestationalWeek: send the week of pregnancy while pregnant, or the weeks since the birth after it';
const AFTER_BIRTH_ONLY =
  'needs the baby still inside, so it cannot be answered with postpartumWeeks (after the birth); leave it out, or send gestationalWeek instead';

const TOP_LEVEL_FIELDS = ['findings', 'gestationalWeek', 'bloodPressure', 'postpartumWeeks'] as const;

function valueAt(raw: unknown, path: readonly string[]): unknown {
  let current = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function unknownKeyMessage(parent: readonly string[], key: string): string {
  const [first] = parent;
  if (first === undefined) {
    const hint =
      didYouMean(key, TOP_LEVEL_FIELDS) ||
      ' Accepted fields are findings, gestationalWeek, postpartumWeeks and bloodPressure.';
    return `Unknown field '${key}'.${hint}`;
  }
  if (first === 'findings') {
    const hint = didYouMean(key, FINDING_NAMES) || ' It is not one of the accepted finding names.';
    return `Unknown finding '${key}'.${hint}`;
  }
  return `Unknown field '${key}'. Blood pressure takes only systolic and diastolic.`;
}

function wholeNumber(range: { min: number; max: number }): string {
  return `must be a whole number from ${range.min} to ${range.max}`;
}

function fieldMessage(issue: core.$ZodIssue, path: readonly string[], raw: unknown): string {
  const missing = valueAt(raw, path) === undefined;
  switch (path.join('.')) {
    case '':
      return 'must be a JSON object such as {"findings": {"one_leg_swollen": true}}';
    case 'findings':
      return 'must be an object of finding names, each set to true or false';
    case 'gestationalWeek':
      return wholeNumber(WEEK_RANGE);
    case 'postpartumWeeks':
      if (issue.code === 'custom') return issue.message;
      return `${wholeNumber(POSTPARTUM_WEEK_RANGE)} (weeks since the birth; this check covers the first 12 weeks)`;
    case 'bloodPressure':
      return 'must be an object such as {"systolic": 120, "diastolic": 80}';
    case 'bloodPressure.systolic':
      return missing ? `is required (${wholeNumber(SYSTOLIC_RANGE)})` : wholeNumber(SYSTOLIC_RANGE);
    case 'bloodPressure.diastolic':
      if (issue.code === 'custom') return issue.message;
      return missing ? `is required (${wholeNumber(DIASTOLIC_RANGE)})` : wholeNumber(DIASTOLIC_RANGE);
    default:
      if (issue.code === 'custom') return issue.message;
      return path[0] === 'findings' && path.length === 2 ? 'must be true or false' : issue.message;
  }
}

function toFieldErrors(issues: readonly core.$ZodIssue[], raw: unknown): Record<string, string> {
  // A Map, then fromEntries, so a key such as '__proto__' becomes a plain field, not a prototype.
  const fields = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!fields.has(key)) fields.set(key, message);
  };
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...path, key].join('.'), unknownKeyMessage(path, key));
    } else {
      add(path.length === 0 ? 'body' : path.join('.'), fieldMessage(issue, path, raw));
    }
  }
  return Object.fromEntries(fields);
}

/**
 * Validate an untrusted triage request (an HTTP body, CLI flags, a form).
 * @example parseTriageInput({ findings: { one_leg_swollen: true }, gestationalWeek: 30 })
 */
export function parseTriageInput(raw: unknown): ParseTriageInputResult {
  const parsed = triageInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error.issues, raw);
    const summary = Object.entries(fields)
      .map(([key, message]) => `${key}: ${message}`)
      .join('; ');
    return {
      ok: false,
      error: { code: 'invalid_input', message: `Invalid triage input. ${summary}`, fields },
    };
  }
  const { findings, gestationalWeek, bloodPressure, postpartumWeeks } = parsed.data;
  return {
    ok: true,
    value: {
      findings: findings ?? {},
      ...(gestationalWeek != null ? { gestationalWeek } : {}),
      ...(bloodPressure != null ? { bloodPressure } : {}),
      ...(postpartumWeeks != null ? { postpartumWeeks } : {}),
    },
  };
}
