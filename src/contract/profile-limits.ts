// Limits of the profile's fields, shared by the API schema (src/contract/profile.ts) and the web form.
// Plain values without zod, so the browser bundle imports them for free.
export const PROFILE_LIMITS = {
  nameLength: 80,
  birthYear: { min: 1900, max: 2100 },
  maternityUnitNameLength: 80,
  maternityUnitPhoneLength: 30,
  /** Digits a dialable phone number has, whatever else is written around them. */
  maternityUnitPhoneDigits: { min: 3, max: 16 },
} as const;
