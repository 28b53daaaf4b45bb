// The profile as the API shows it: stored fields plus the gestational age on the person's own calendar.
import { z } from 'zod';
import { sinceBirthAt } from '../../core/pregnancy/after-birth.js';
import { gestationalAgeAt } from '../../core/pregnancy/gestational-age.js';
import type { UserRow } from '../db/repos/users.js';

export const pregnancySchema = z.union([
  z.object({
    status: z.enum(['pregnant', 'post-term']),
    weeks: z.number().int(),
    days: z.number().int(),
    trimester: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    dueDate: z.string(),
  }),
  z.object({ status: z.literal('not-yet'), daysUntilStart: z.number().int(), dueDate: z.string() }),
  z.object({ status: z.literal('ended'), daysSinceDue: z.number().int(), dueDate: z.string() }),
]);

export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  dueDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  region: z.string().nullable(),
  timezone: z.string(),
  locale: z.string().nullable(),
  maternityUnit: z.object({ name: z.string(), phone: z.string() }).nullable(),
  createdAt: z.string(),
  gestationalAge: z.object({ weeks: z.number().int(), days: z.number().int() }).nullable(),
  trimester: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  pregnancy: pregnancySchema.nullable(),
  birthDate: z.string().nullable().describe("The baby's birth date, when given"),
  afterBirth: z
    .object({
      weeks: z.number().int(),
      days: z.number().int(),
      inTriageWindow: z.boolean().describe('Within 12 weeks: checks count as after the birth'),
    })
    .nullable()
    .describe('Weeks and days since the birth on the person’s calendar; null without a birth date'),
});
export type ProfileView = z.infer<typeof profileSchema>;

export function profileView(user: UserRow, defaultTimeZone: string, now: Date): ProfileView {
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
