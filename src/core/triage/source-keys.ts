/**
 * The keys of src/content/sources.yaml that triage rules may cite. Kept as a literal list so a
 * typo in a rule is a type error; a test checks every key against the registry itself.
 */

export const TRIAGE_SOURCE_KEYS = [
  'webmd',
  'apa',
  'ilive',
  'cainiu',
  'fuji',
  'nice-cks-leg-cramps',
  'nhs-leg-cramps',
  'hse-leg-cramps-pregnancy',
  'rcog-gtg37',
  'nhs-dvt',
  'nice-ng133',
  'nhs-cauda-equina',
  'nhs-sciatica',
  'nice-cks-pad',
  'nhs-baby-movements',
  'nhs-pregnancy-urgent-help',
  'nhs-preeclampsia',
  'acog-severe-hypertension',
  'rcog-gtg37a',
  'rcog-gtg37b',
  'nhs-pulmonary-embolism',
  'nhs-sepsis',
  'rcog-gtg64',
  'rcog-gtg63',
  'rcog-gtg52',
  'nhs-superficial-thrombophlebitis',
  'nice-ng3',
  'nhs-varicose-veins',
  'nhs-hyperemesis',
  'nhs-swollen-ankles',
] as const;

export type TriageSourceKey = (typeof TRIAGE_SOURCE_KEYS)[number];
