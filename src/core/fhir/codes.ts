// Terminology used in the FHIR export. Each external code was checked against published FHIR
// material (see docs/fhir.md, "Codes and how they were checked"); Crampwise's own codes live
// under CRAMPWISE_FHIR, a canonical namespace (an identifier, not a server).
import type { Coding } from '@medplum/fhirtypes';
import type { Muscle, Side } from '../insights/vocabulary.js';

export const SNOMED = 'http://snomed.info/sct';
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const CRAMPWISE_FHIR = 'https://crampwise.app/fhir';

export const CODE_SYSTEM_URLS = {
  triageLevel: `${CRAMPWISE_FHIR}/CodeSystem/triage-level`,
  reliefMethod: `${CRAMPWISE_FHIR}/CodeSystem/relief-method`,
  diary: `${CRAMPWISE_FHIR}/CodeSystem/diary`,
} as const;

export const QUESTIONNAIRE_URL = `${CRAMPWISE_FHIR}/Questionnaire/triage`;
export const CHECKIN_EXTENSION_URL = `${CRAMPWISE_FHIR}/StructureDefinition/daily-check-in`;

export const CRAMP_IN_LOWER_LEG: Coding = {
  system: SNOMED,
  code: '449918009',
  display: 'Cramp in lower leg',
};
export const PAIN_SEVERITY: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
export const LATERALITY: Coding = { system: SNOMED, code: '272741003', display: 'Laterality' };
export const PREGNANCY_STATUS: Coding = { system: LOINC, code: '82810-3', display: 'Pregnancy status' };
export const PREGNANT: Coding = { system: SNOMED, code: '77386006', display: 'Pregnant' };
export const ESTIMATED_DUE_DATE: Coding = {
  system: LOINC,
  code: '11778-8',
  display: 'Delivery date Estimated',
};
export const GESTATIONAL_AGE: Coding = {
  system: LOINC,
  code: '49051-6',
  display: 'Gestational age in weeks',
};
export const DELIVERY_DATE: Coding = {
  system: LOINC,
  code: '93857-1',
  display: 'Date and time of obstetric delivery',
};

export const SIDE_CODES: Record<Side, Coding> = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
  both: { system: SNOMED, code: '51440002', display: 'Bilateral' },
};

/** Body structures (the DICOM body-part codes); 'other' has no code and goes as text. */
export const MUSCLE_CODES: Record<Exclude<Muscle, 'other'>, Coding> = {
  calf: { system: SNOMED, code: '53840002', display: 'Calf of leg' },
  thigh: { system: SNOMED, code: '68367000', display: 'Thigh' },
  foot: { system: SNOMED, code: '56459004', display: 'Foot' },
  toes: { system: SNOMED, code: '29707007', display: 'Toe' },
};

/** Codes of the Crampwise diary CodeSystem: what has no standard code of its own. */
export const DIARY_CODES = {
  duration: 'Duration of the cramp',
  'relief-tried': 'Relief method tried',
  'relief-helped': 'Relief method that helped',
  'time-to-relief': 'Minutes until relief',
  'woke-from-sleep': 'Woke from sleep',
  'daily-check-in': 'Daily check-in',
} as const;
export type DiaryCode = keyof typeof DIARY_CODES;

/** A diary code, displayed in the export's language (English unless told). */
export const diaryCoding = (code: DiaryCode, display: string = DIARY_CODES[code]): Coding => ({
  system: CODE_SYSTEM_URLS.diary,
  code,
  display,
});
