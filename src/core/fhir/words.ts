// The human-readable text of the FHIR export, handed in by the caller so the core stays free of any
// language: our own codes' displays and titles, the `text` of our code concepts, the Questionnaire's
// item texts and, when given, each resource's narrative (text.div). Standard codes (LOINC, SNOMED CT,
// UCUM) keep the standard's own English display in every language.
import type { CheckinRecord, EpisodeRecord } from '../insights/records.js';
import type { Muscle, ReliefMethod } from '../insights/vocabulary.js';
import { LEVEL_DISPLAY, RELIEF_DISPLAY } from '../report/labels.js';
import type { ReportPerson, TriageCheckFact } from '../report/types.js';
import { FINDINGS, type FindingName, type TriageLevel } from '../triage/index.js';
import { DIARY_CODES, type DiaryCode } from './codes.js';

/** One sentence (plain text, escaped by the builder) that tells a reader what a resource says. */
export type Narratives = {
  patient(person: ReportPerson): string;
  dueDate(dueDate: string): string;
  gestationalAge(stage: { weeks: number; days: number }): string;
  delivery(birthDate: string): string;
  cramp(episode: EpisodeRecord): string;
  checkin(checkin: CheckinRecord): string;
  triage(check: TriageCheckFact): string;
};

export type FhirWords = {
  /** BCP 47 tag of the text: Bundle.language and every resource's language. */
  language: string;
  level: Record<TriageLevel, { display: string; definition: string }>;
  relief: Record<ReliefMethod, string>;
  /**
   * The muscles' names for bodySite.text. Without them (English) the text is SNOMED CT's display for
   * one muscle and the codes for several, as the export always wrote.
   */
  muscle?: Record<Muscle, string>;
  diary: Record<DiaryCode, string>;
  text: {
    dueDate: string;
    pregnancyStatus: string;
    pregnant: string;
    gestationalAge(weeks: number, days: number): string;
    deliveryDate: string;
    legCramp: string;
    dailyCheckIn: string;
  };
  codeSystemTitle: { triageLevel: string; reliefMethod: string; diary: string };
  questionnaire: {
    title: string;
    findings: string;
    finding(name: FindingName): string;
    gestationalWeek: string;
    bloodPressure: string;
    systolic: string;
    diastolic: string;
    level: string;
    reasons: string;
  };
  /** Without narratives the resources carry no text.div (the core's English default). */
  narrative?: Narratives;
};

const QUESTIONS = new Map(FINDINGS.map((f) => [f.name as FindingName, f.question]));

/** The export's English words: what the export said before it spoke other languages. */
export const ENGLISH_FHIR_WORDS: FhirWords = {
  language: 'en',
  level: LEVEL_DISPLAY,
  relief: RELIEF_DISPLAY,
  diary: DIARY_CODES,
  text: {
    dueDate: 'Estimated due date',
    pregnancyStatus: 'Pregnancy status',
    pregnant: 'Pregnant',
    gestationalAge: (weeks, days) => `Gestational age: ${weeks} weeks ${days} days`,
    deliveryDate: 'Date of birth of the baby',
    legCramp: 'Leg cramp',
    dailyCheckIn: 'Daily check-in',
  },
  codeSystemTitle: {
    triageLevel: 'Crampwise triage level',
    reliefMethod: 'Crampwise relief method',
    diary: 'Crampwise diary entries without a standard code',
  },
  questionnaire: {
    title: 'Should I call? Leg cramps and leg pain in pregnancy',
    findings: 'Signs (only those answered yes are recorded)',
    finding: (name) => QUESTIONS.get(name) ?? name,
    gestationalWeek: 'Week of pregnancy',
    bloodPressure: 'Blood pressure, if measured (mmHg)',
    systolic: 'Systolic (top number)',
    diastolic: 'Diastolic (bottom number)',
    level: 'What to do (the result of the check)',
    reasons: 'Why',
  },
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A generated narrative: one escaped paragraph in the XHTML a FHIR text.div must be. */
export function narrativeOf(sentence: string): { status: 'generated'; div: string } {
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(sentence)}</p></div>`,
  };
}
