// Crampwise's own CodeSystems and the triage Questionnaire: the definitions every exported
// QuestionnaireResponse and diary Observation points at, shipped inside each Bundle.
import type { CodeSystem, Questionnaire } from '@medplum/fhirtypes';
import { RELIEF_METHODS } from '../insights/vocabulary.js';
import { FINDINGS, type FindingName, TRIAGE_LEVELS } from '../triage/index.js';
import { CODE_SYSTEM_URLS, CRAMPWISE_FHIR, DIARY_CODES, QUESTIONNAIRE_URL } from './codes.js';
import { resourceId } from './ids.js';
import type { FhirWords } from './words.js';

/** When these definitions last changed; their meta.lastUpdated. */
export const DEFINITIONS_UPDATED = '2026-12-01T00:00:00Z';
const PUBLISHER = 'Crampwise';

function codeSystem(
  words: FhirWords,
  key: keyof typeof CODE_SYSTEM_URLS,
  name: string,
  title: string,
  concept: NonNullable<CodeSystem['concept']>,
): CodeSystem {
  const id = resourceId('CodeSystem', key);
  return {
    resourceType: 'CodeSystem',
    id,
    meta: { lastUpdated: DEFINITIONS_UPDATED },
    language: words.language,
    url: CODE_SYSTEM_URLS[key],
    version: '1',
    name,
    title,
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    concept,
  };
}

/** Our three CodeSystems, their titles and displays in the words' language (codes never change). */
export function crampwiseCodeSystems(words: FhirWords): CodeSystem[] {
  return [
    codeSystem(
      words,
      'triageLevel',
      'CrampwiseTriageLevel',
      words.codeSystemTitle.triageLevel,
      TRIAGE_LEVELS.map((code) => ({ code, ...words.level[code] })),
    ),
    codeSystem(
      words,
      'reliefMethod',
      'CrampwiseReliefMethod',
      words.codeSystemTitle.reliefMethod,
      RELIEF_METHODS.map((code) => ({ code, display: words.relief[code] })),
    ),
    codeSystem(
      words,
      'diary',
      'CrampwiseDiary',
      words.codeSystemTitle.diary,
      (Object.keys(DIARY_CODES) as (keyof typeof DIARY_CODES)[]).map((code) => ({
        code,
        display: words.diary[code],
      })),
    ),
  ];
}

export function triageQuestionnaire(words: FhirWords): Questionnaire {
  const q = words.questionnaire;
  return {
    resourceType: 'Questionnaire',
    id: resourceId('Questionnaire', 'triage'),
    meta: { lastUpdated: DEFINITIONS_UPDATED },
    language: words.language,
    url: QUESTIONNAIRE_URL,
    version: '2',
    name: 'CrampwiseTriage',
    title: q.title,
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    subjectType: ['Patient'],
    item: [
      {
        linkId: 'findings',
        type: 'group',
        text: q.findings,
        item: FINDINGS.map((finding) => ({
          linkId: finding.name,
          type: 'boolean',
          text: q.finding(finding.name as FindingName),
        })),
      },
      { linkId: 'gestational-week', type: 'integer', text: q.gestationalWeek },
      {
        linkId: 'blood-pressure',
        type: 'group',
        text: q.bloodPressure,
        item: [
          { linkId: 'systolic', type: 'integer', text: q.systolic },
          { linkId: 'diastolic', type: 'integer', text: q.diastolic },
        ],
      },
      {
        linkId: 'level',
        type: 'choice',
        text: q.level,
        readOnly: true,
        answerOption: TRIAGE_LEVELS.map((code) => ({
          valueCoding: { system: CODE_SYSTEM_URLS.triageLevel, code, display: words.level[code].display },
        })),
      },
      { linkId: 'reasons', type: 'string', text: q.reasons, repeats: true, readOnly: true },
    ],
  };
}

export { CRAMPWISE_FHIR };
