// What the triage needs to know about the person asking: their region (for the emergency number)
// and, when they have a due date, their week of pregnancy.
import { postpartumWeeksOn, sinceBirthOn } from '../../core/pregnancy/after-birth.js';
import { calendarDateIn, pregnancyWeekOn } from '../../core/pregnancy/gestational-age.js';
import type { GestationalWeekSource } from '../db/schema.js';
import { type RegionSource, regionFromAcceptLanguage } from '../http/request-region.js';

export type { RegionSource };

/**
 * The region for the emergency number: the profile's, else the browser's language, else the
 * server's REGION (the rule of requestRegion, for a caller that already holds the profile).
 */
export function triageRegion(
  profileRegion: string | null | undefined,
  acceptLanguage: string | undefined,
  fallback: string,
): { region: string; source: RegionSource } {
  if (profileRegion) return { region: profileRegion, source: 'profile' };
  const fromHeader = regionFromAcceptLanguage(acceptLanguage);
  if (fromHeader !== undefined) return { region: fromHeader, source: 'language' };
  return { region: fallback, source: 'default' };
}

/** The week of pregnancy today on the person's own calendar, or undefined without a usable due date. */
export function weekFromProfile(
  dueDate: string | null | undefined,
  timeZone: string,
  now: Date,
): number | undefined {
  if (!dueDate) return undefined;
  return pregnancyWeekOn(dueDate, calendarDateIn(timeZone, now)) ?? undefined;
}

/** Weeks since the birth (0–12) today on the person's calendar, or undefined without a birth date in that window. */
export function postpartumWeeksFromProfile(
  birthDate: string | null | undefined,
  timeZone: string,
  now: Date,
): number | undefined {
  if (!birthDate) return undefined;
  return postpartumWeeksOn(birthDate, calendarDateIn(timeZone, now));
}

/** True once the profile's birth date has passed: the due date no longer gives a week of pregnancy. */
export function bornByProfile(birthDate: string | null | undefined, timeZone: string, now: Date): boolean {
  return !!birthDate && sinceBirthOn(birthDate, calendarDateIn(timeZone, now)) !== null;
}

export type StageChoice = {
  gestationalWeek: number | undefined;
  gestationalWeekSource: GestationalWeekSource;
  postpartumWeeks: number | undefined;
  postpartumWeeksSource: GestationalWeekSource;
};

/**
 * Pregnant or after the birth, and how far along. An answer in the request wins; otherwise the
 * profile's birth date (within 12 weeks) and then its due date. A finding that needs the baby
 * inside means the person is pregnant whatever the profile says, so the birth date is not used then.
 */
export function chooseStage(
  answered: { gestationalWeek?: number | undefined; postpartumWeeks?: number | undefined },
  fromProfile: { week: number | undefined; postpartumWeeks: number | undefined },
  answersNeedBaby: boolean,
): StageChoice {
  if (answered.postpartumWeeks !== undefined) {
    return {
      gestationalWeek: undefined,
      gestationalWeekSource: 'unknown',
      postpartumWeeks: answered.postpartumWeeks,
      postpartumWeeksSource: 'answer',
    };
  }
  if (
    answered.gestationalWeek === undefined &&
    fromProfile.postpartumWeeks !== undefined &&
    !answersNeedBaby
  ) {
    return {
      gestationalWeek: undefined,
      gestationalWeekSource: 'unknown',
      postpartumWeeks: fromProfile.postpartumWeeks,
      postpartumWeeksSource: 'profile',
    };
  }
  const { week, source } = chooseWeek(answered.gestationalWeek, fromProfile.week);
  return {
    gestationalWeek: week,
    gestationalWeekSource: source,
    postpartumWeeks: undefined,
    postpartumWeeksSource: 'unknown',
  };
}

/** An answered week wins; otherwise the profile's; otherwise unknown (which never lowers urgency). */
export function chooseWeek(
  answered: number | undefined,
  fromProfile: number | undefined,
): { week: number | undefined; source: GestationalWeekSource } {
  if (answered !== undefined) return { week: answered, source: 'answer' };
  if (fromProfile !== undefined) return { week: fromProfile, source: 'profile' };
  return { week: undefined, source: 'unknown' };
}
