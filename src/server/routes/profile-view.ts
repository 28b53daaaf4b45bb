// The profile as the API shows it: stored fields plus the gestational age on the person's own calendar.
import type { Profile } from '../../contract/profile.js';
import { sinceBirthAt } from '../../core/pregnancy/after-birth.js';
import { gestationalAgeAt } from '../../core/pregnancy/gestational-age.js';
import { isLocale } from '../../i18n/locales.js';
import type { UserRow } from '../db/repos/users.js';

export function profileView(user: UserRow, defaultTimeZone: string, now: Date): Profile {
  const timezone = user.timezone ?? defaultTimeZone;
  const age = user.due_date ? gestationalAgeAt(user.due_date, timezone, now) : null;
  const counted = age && (age.status === 'pregnant' || age.status === 'post-term') ? age : null;
  const sinceBirth = user.baby_birth_date ? sinceBirthAt(user.baby_birth_date, timezone, now) : null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    dueDate: user.due_date,
    birthYear: user.birth_year,
    region: user.region,
    timezone,
    locale: user.locale,
    language: isLocale(user.language) ? user.language : null,
    maternityUnit:
      user.maternity_unit_name !== null && user.maternity_unit_phone !== null
        ? { name: user.maternity_unit_name, phone: user.maternity_unit_phone }
        : null,
    createdAt: user.created_at.toISOString(),
    // After the birth there is no week of pregnancy any more, whatever the due date says.
    gestationalAge: counted && !sinceBirth ? { weeks: counted.weeks, days: counted.days } : null,
    trimester: counted && !sinceBirth ? counted.trimester : null,
    pregnancy:
      age && user.due_date
        ? counted
          ? {
              status: counted.status,
              weeks: counted.weeks,
              days: counted.days,
              trimester: counted.trimester,
              dueDate: user.due_date,
            }
          : { ...age, dueDate: user.due_date }
        : null,
    birthDate: user.baby_birth_date,
    afterBirth: sinceBirth
      ? { weeks: sinceBirth.weeks, days: sinceBirth.days, inTriageWindow: sinceBirth.inTriageWindow }
      : null,
  };
}
