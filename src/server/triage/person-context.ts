// What the triage needs to know about the person asking: their region (for the emergency number)
// and, when they have a due date, their week of pregnancy.
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

/** An answered week wins; otherwise the profile's; otherwise unknown (which never lowers urgency). */
export function chooseWeek(
  answered: number | undefined,
  fromProfile: number | undefined,
): { week: number | undefined; source: GestationalWeekSource } {
  if (answered !== undefined) return { week: answered, source: 'answer' };
  if (fromProfile !== undefined) return { week: fromProfile, source: 'profile' };
  return { week: undefined, source: 'unknown' };
}
