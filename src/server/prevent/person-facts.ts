// What the food check and the lab explainer read from a profile: where she is in pregnancy or after the
// birth, and the DRI age band from her birth year. Both fall back to "not said" rather than guessing.

import { type AgeBand, ageBandFor, DEFAULT_AGE_BAND } from '../../core/nutrition/targets.js';
import { sinceBirthAt } from '../../core/pregnancy/after-birth.js';
import { calendarDateIn, gestationalAgeAt } from '../../core/pregnancy/gestational-age.js';
import type { Stage } from '../../core/pregnancy/stage.js';
import type { UserRow } from '../db/repos/users.js';

/** A birth date wins over a due date: after the birth there is no week of pregnancy any more. */
export function stageOf(user: UserRow, zone: string, now: Date): Stage {
  if (user.baby_birth_date !== null) {
    const since = sinceBirthAt(user.baby_birth_date, zone, now);
    if (since !== null) return { kind: 'postpartum', weeksSinceBirth: since.weeks };
  }
  if (user.due_date !== null) {
    const age = gestationalAgeAt(user.due_date, zone, now);
    if (age.status === 'pregnant' || age.status === 'post-term') return { kind: 'pregnant', week: age.weeks };
  }
  return { kind: 'unknown' };
}

/**
 * The band for the age she reaches this year on her own calendar (the profile keeps only the year). Without
 * a birth year, or outside the 14–50 the pregnancy tables cover, the adult default band is used and said.
 */
export function ageBandOf(
  user: UserRow,
  zone: string,
  now: Date,
): { ageBand: AgeBand; from: 'birth-year' | 'default' } {
  if (user.birth_year === null) return { ageBand: DEFAULT_AGE_BAND, from: 'default' };
  const year = Number(calendarDateIn(zone, now).slice(0, 4));
  const band = ageBandFor(year - user.birth_year);
  return band === null
    ? { ageBand: DEFAULT_AGE_BAND, from: 'default' }
    : { ageBand: band, from: 'birth-year' };
}
