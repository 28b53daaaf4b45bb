// The server's side of a triage: fill in what the person's profile knows (week, region), run the
// pure engine, and save the check for a signed-in person.
import {
  BABY_FINDINGS,
  findingsAnsweredYes,
  type TriageInput,
  type TriageResult,
  triage,
} from '../../core/triage/index.js';
import type { AppContext } from '../context.js';
import { findTriageResult, saveTriageResult, type TriageRecord } from '../db/repos/triage-results.js';
import type { UserRow } from '../db/repos/users.js';
import type { StoredTriageInput } from '../db/schema.js';
import {
  bornByProfile,
  chooseStage,
  postpartumWeeksFromProfile,
  type RegionSource,
  triageRegion,
  weekFromProfile,
} from './person-context.js';

/** What a triage reads besides the answers: the server's region and default time zone. */
export type TriageEnv = Pick<AppContext, 'config'>;

export type Assessment = {
  /** The answers as the engine saw them, with the week filled in from the profile when not answered. */
  input: StoredTriageInput;
  result: TriageResult;
  region: { region: string; source: RegionSource };
};

/** The week of pregnancy the profile gives today, for prefilling a form; none once the baby is born. */
export function profileWeek(ctx: TriageEnv, person: UserRow | undefined, now: Date): number | undefined {
  const timeZone = person?.timezone ?? ctx.config.defaultTimeZone;
  if (bornByProfile(person?.baby_birth_date, timeZone, now)) return undefined;
  return weekFromProfile(person?.due_date, timeZone, now);
}

/** Weeks since the birth (0–12) the profile gives today, for prefilling a form and for signed-in checks. */
export function profilePostpartumWeeks(
  ctx: TriageEnv,
  person: UserRow | undefined,
  now: Date,
): number | undefined {
  const timeZone = person?.timezone ?? ctx.config.defaultTimeZone;
  return postpartumWeeksFromProfile(person?.baby_birth_date, timeZone, now);
}

export function assess(
  ctx: TriageEnv,
  person: UserRow | undefined,
  acceptLanguage: string | undefined,
  input: TriageInput,
  now: Date,
  /**
   * `pregnant`: the person said they are pregnant now, so the profile's birth date does not apply.
   * `afterBirth`: they said the baby is born, whether or not the weeks since could be read.
   */
  options: { pregnant?: boolean; afterBirth?: boolean } = {},
): Assessment {
  const needsBaby = options.pregnant === true || BABY_FINDINGS.some((name) => input.findings[name] === true);
  const stage = chooseStage(
    input,
    { week: profileWeek(ctx, person, now), postpartumWeeks: profilePostpartumWeeks(ctx, person, now) },
    needsBaby,
  );
  const week = stage.gestationalWeek;
  const region = triageRegion(person?.region, acceptLanguage, ctx.config.region);
  const findings = Object.fromEntries(
    findingsAnsweredYes(input.findings).map((name) => [name, true] as const),
  );
  const stored: StoredTriageInput = {
    findings,
    gestationalWeek: week ?? null,
    gestationalWeekSource: stage.gestationalWeekSource,
    bloodPressure: input.bloodPressure ?? null,
    postpartumWeeks: stage.postpartumWeeks ?? null,
    postpartumWeeksSource: stage.postpartumWeeksSource,
  };
  const result = triage(
    {
      findings,
      ...(week !== undefined ? { gestationalWeek: week } : {}),
      ...(stage.postpartumWeeks !== undefined ? { postpartumWeeks: stage.postpartumWeeks } : {}),
      ...(input.bloodPressure !== undefined ? { bloodPressure: input.bloodPressure } : {}),
    },
    { region: region.region, afterBirth: options.afterBirth === true },
  );
  return { input: stored, result, region };
}

/** True when two saved answers are the same answers (jsonb does not keep key order, so compare by value). */
export function sameTriageInput(a: StoredTriageInput, b: StoredTriageInput): boolean {
  const names = (input: StoredTriageInput) => findingsAnsweredYes(input.findings).join(',');
  return (
    names(a) === names(b) &&
    a.gestationalWeek === b.gestationalWeek &&
    a.gestationalWeekSource === b.gestationalWeekSource &&
    (a.postpartumWeeks ?? null) === (b.postpartumWeeks ?? null) &&
    a.bloodPressure?.systolic === b.bloodPressure?.systolic &&
    a.bloodPressure?.diastolic === b.bloodPressure?.diastolic
  );
}

/**
 * Saves the check for the person. A form sends a submission token: sending the same answers again
 * with it (a reload, a double tap) keeps the one saved check; different answers are saved anew.
 */
export async function saveAssessment(
  ctx: AppContext,
  userId: string,
  assessment: Assessment,
  now: Date,
  token?: string,
): Promise<TriageRecord> {
  const entry = { userId, createdAt: now, input: assessment.input, result: assessment.result };
  if (token !== undefined) {
    const saved = await saveTriageResult(ctx.db, { ...entry, id: token });
    if (saved) return saved;
    const existing = await findTriageResult(ctx.db, userId, token);
    if (existing && sameTriageInput(existing.input, assessment.input)) return existing;
  }
  const saved = await saveTriageResult(ctx.db, entry);
  if (!saved) throw new Error('a triage result without an id could not be saved');
  return saved;
}
