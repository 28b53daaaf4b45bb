// The profile resource: GET/PATCH/DELETE /api/me, also the body of sign-up, log-in and the session. The web
// app's Profile type is inferred from here; the limits its form shows come from ./profile-limits.ts.
import { z } from 'zod';
import { isValidIsoDate, isValidTimeZone } from '../core/pregnancy/time-zones.js';
import { LOCALES } from '../i18n/locales.js';
import { PROFILE_LIMITS as P } from './profile-limits.js';

export const Pregnancy = z
  .union([
    z.object({
      status: z.enum(['pregnant', 'post-term']),
      weeks: z.number().int(),
      days: z.number().int(),
      trimester: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      dueDate: z.string(),
    }),
    z.object({ status: z.literal('not-yet'), daysUntilStart: z.number().int(), dueDate: z.string() }),
    z.object({ status: z.literal('ended'), daysSinceDue: z.number().int(), dueDate: z.string() }),
  ])
  .meta({ id: 'Pregnancy' });

export const Profile = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    dueDate: z.string().nullable(),
    birthYear: z.number().int().nullable(),
    region: z.string().nullable(),
    timezone: z.string(),
    locale: z.string().nullable(),
    language: z
      .enum(LOCALES)
      .nullable()
      .describe('The language chosen for Crampwise; null follows the browser'),
    maternityUnit: z
      .object({ name: z.string(), phone: z.string() })
      .nullable()
      .describe("The person's own maternity unit or triage line, called first when a check says to get seen"),
    createdAt: z.string(),
    gestationalAge: z.object({ weeks: z.number().int(), days: z.number().int() }).nullable(),
    trimester: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    pregnancy: Pregnancy.nullable(),
    birthDate: z.string().nullable().describe("The baby's birth date, when given"),
    afterBirth: z
      .object({
        weeks: z.number().int(),
        days: z.number().int(),
        inTriageWindow: z.boolean().describe('Within 12 weeks: checks count as after the birth'),
      })
      .nullable()
      .describe('Weeks and days since the birth on the person’s calendar; null without a birth date'),
  })
  .meta({ id: 'Profile' });

export type Pregnancy = z.infer<typeof Pregnancy>;
export type Profile = z.infer<typeof Profile>;

const isoDate = z.string().refine(isValidIsoDate, 'must be a date written YYYY-MM-DD');

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** What people write in a phone number: digits, a leading +, spaces, dashes, dots, brackets, # and * codes. */
const PHONE_CHARACTERS = /^\+?[0-9 ()\-.#*]+$/;

function hasDialableDigits(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length;
  return digits >= P.maternityUnitPhoneDigits.min && digits <= P.maternityUnitPhoneDigits.max;
}

export const ProfilePatchRequest = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(P.nameLength, `must be at most ${P.nameLength} characters`)
      .nullable(),
    dueDate: isoDate.nullable(),
    lastPeriodDate: isoDate,
    birthDate: isoDate
      .nullable()
      .describe("The baby's birth date; after it, checks count weeks since the birth"),
    birthYear: z.number().int('must be a whole number').min(P.birthYear.min).max(P.birthYear.max).nullable(),
    region: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as US, GB or JP')
      .transform((s) => s.toUpperCase())
      .nullable(),
    timezone: z
      .string()
      .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London')
      .nullable(),
    locale: z.string().max(35).refine(isValidLocale, 'must be a language tag such as en-GB').nullable(),
    language: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` }).nullable(),
    maternityUnit: z
      .strictObject({
        name: z
          .string()
          .trim()
          .min(1, 'must not be empty')
          .max(P.maternityUnitNameLength, `must be at most ${P.maternityUnitNameLength} characters`),
        phone: z
          .string()
          .trim()
          .max(P.maternityUnitPhoneLength, `must be at most ${P.maternityUnitPhoneLength} characters`)
          .regex(PHONE_CHARACTERS, 'may hold only digits, spaces, +, -, (, ), # and *')
          .refine(hasDialableDigits, 'must have between 3 and 16 digits'),
      })
      .nullable(),
  })
  .partial()
  .meta({ id: 'ProfilePatchRequest' });
export type ProfilePatchRequest = z.infer<typeof ProfilePatchRequest>;

export const DeleteAccountRequest = z
  .strictObject({
    password: z.string().min(1, 'is required').max(200, 'must be at most 200 characters'),
  })
  .meta({ id: 'DeleteAccountRequest' });
