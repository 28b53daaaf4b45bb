/**
 * The triage request: its zod schema (the HTTP body of POST /api/triage) and a parser that
 * turns zod issues into readable, per-field messages. Strict on purpose: an unknown finding
 * name is an error, never ignored, because it may be a misspelt red flag.
 */

import { z } from 'zod';
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

function wholeNumber(range: { min: number; max: number }): string {
  return `must be a whole number from ${range.min} to ${range.max}`;
}

/** A whole number in range: a wrong type, a fraction and an out-of-range value all answer `message`. */
const wholeIn = (range: { min: number; max: number }, message: string | z.core.$ZodErrorMap) =>
  z.int({ error: message }).min(range.min, { error: message }).max(range.max, { error: message });

/** A reading of the blood pressure pair: "is required (…)" when left out, else the range. */
const reading = (range: { min: number; max: number }) =>
  wholeIn(range, (issue) =>
    issue.input === undefined ? `is required (${wholeNumber(range)})` : wholeNumber(range),
  );

/** Every key a strict object does not know is named in one issue; the message for each is made per key. */
const UNKNOWN_KEYS = 'has unknown fields';

const findingsShape = Object.fromEntries(
  FINDING_NAMES.map((name) => [name, z.boolean({ error: 'must be true or false' }).optional()]),
) as Record<FindingName, z.ZodOptional<z.ZodBoolean>>;

const inRange = (value: number, range: { min: number; max: number }): boolean =>
  Number.isInteger(value) && value >= range.min && value <= range.max;

const bloodPressureSchema = z
  .strictObject(
    { systolic: reading(SYSTOLIC_RANGE), diastolic: reading(DIASTOLIC_RANGE) },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? UNKNOWN_KEYS
          : 'must be an object such as {"systolic": 120, "diastolic": 80}',
    },
  )
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
 * Schema of the request body, with the message of every field in it. `findings` may be left out (nothing
 * found). `gestationalWeek` and `bloodPressure` may be left out or null (not known); an unknown week never
 * lowers urgency. Unknown names are refused, with a "Did you mean …?" per name (see triageFieldErrors).
 */
export const triageInputSchema = z
  .strictObject(
    {
      findings: z
        .strictObject(findingsShape, {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? UNKNOWN_KEYS
              : 'must be an object of finding names, each set to true or false',
        })
        .optional(),
      gestationalWeek: wholeIn(WEEK_RANGE, wholeNumber(WEEK_RANGE)).nullish(),
      bloodPressure: bloodPressureSchema.nullish(),
      postpartumWeeks: wholeIn(
        POSTPARTUM_WEEK_RANGE,
        `${wholeNumber(POSTPARTUM_WEEK_RANGE)} (weeks since the birth; this check covers the first 12 weeks)`,
      ).nullish(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? UNKNOWN_KEYS
          : 'must be a JSON object such as {"findings": {"one_leg_swollen": true}}',
    },
  )
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

/** The body once the schema accepts it. */
export type ValidTriageBody = z.output<typeof triageInputSchema>;

const BOTH_STAGES =
  'cannot be sent together with gestationalWeek: send the week of pregnancy while pregnant, or the weeks since the birth after it';
const AFTER_BIRTH_ONLY =
  'needs the baby still inside, so it cannot be answered with postpartumWeeks (after the birth); leave it out, or send gestationalWeek instead';

const TOP_LEVEL_FIELDS = ['findings', 'gestationalWeek', 'bloodPressure', 'postpartumWeeks'] as const;

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

/** What the field-message step needs of a schema issue (a zod issue, or Fastify's copy of one). */
export type TriageIssue = {
  readonly path: readonly string[];
  readonly message: string;
  /** The names a strict object did not know, when that is the issue. */
  readonly keys?: readonly string[] | undefined;
};

/**
 * The schema's issues as one message per field, keyed by dotted path ('body' for the whole): each unknown
 * name gets its own "Did you mean …?". The first issue on a path wins.
 */
export function triageFieldErrors(issues: readonly TriageIssue[]): Record<string, string> {
  // A Map, then fromEntries, so a key such as '__proto__' becomes a plain field, not a prototype.
  const fields = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!fields.has(key)) fields.set(key, message);
  };
  for (const { path, message, keys } of issues) {
    if (keys !== undefined && message === UNKNOWN_KEYS) {
      for (const key of keys) add([...path, key].join('.'), unknownKeyMessage(path, key));
    } else {
      add(path.length === 0 ? 'body' : path.join('.'), message);
    }
  }
  return Object.fromEntries(fields);
}

/** The 400 for a refused triage request: its message names every bad field. */
export function triageInputError(fields: Record<string, string>): TriageInputError {
  const summary = Object.entries(fields)
    .map(([key, message]) => `${key}: ${message}`)
    .join('; ');
  return { code: 'invalid_input', message: `Invalid triage input. ${summary}`, fields };
}

/** An accepted body as the engine takes it: no findings is none found, null numbers are left out. */
export function triageInputFrom(body: ValidTriageBody): TriageInput {
  const { findings, gestationalWeek, bloodPressure, postpartumWeeks } = body;
  return {
    findings: findings ?? {},
    ...(gestationalWeek != null ? { gestationalWeek } : {}),
    ...(bloodPressure != null ? { bloodPressure } : {}),
    ...(postpartumWeeks != null ? { postpartumWeeks } : {}),
  };
}

/**
 * Validate an untrusted triage request (an HTTP body, CLI flags, a form).
 * @example parseTriageInput({ findings: { one_leg_swollen: true }, gestationalWeek: 30 })
 */
export function parseTriageInput(raw: unknown): ParseTriageInputResult {
  const parsed = triageInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: triageInputFrom(parsed.data) };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
    keys: issue.code === 'unrecognized_keys' ? issue.keys : undefined,
  }));
  return { ok: false, error: triageInputError(triageFieldErrors(issues)) };
}
