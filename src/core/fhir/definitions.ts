// Crampwise's own CodeSystems and the triage Questionnaire: the definitions every exported
// QuestionnaireResponse and diary Observation points at, shipped inside each Bundle.
import type { CodeSystem, Questionnaire } from '@medplum/fhirtypes';
import { RELIEF_METHODS } from '../insights/vocabulary.js';
import { LEVEL_DISPLAY, RELIEF_DISPLAY } from '../report/labels.js';
import { FINDINGS, TRIAGE_LEVELS } from '../triage/index.js';
import { CODE_SYSTEM_URLS, CRAMPWISE_FHIR, DIARY_CODES, QUESTIONNAIRE_URL } from './codes.js';
import { resourceId } from './ids.js';

/** When these definitions last changed; their meta.lastUpdated. */
export const DEFINITIONS_UPDATED = '2026-12-01T00:00:00Z';
const PUBLISHER = 'Crampwise';

// The words live with the report (the web app shows them too); the CodeSystems carry the same.
export { LEVEL_DISPLAY, RELIEF_DISPLAY };

function codeSystem(
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

export function crampwiseCodeSystems(): CodeSystem[] {
  return [
    codeSystem(
      'triageLevel',
      'CrampwiseTriageLevel',
      'Crampwise triage level',
      TRIAGE_LEVELS.map((code) => ({ code, ...LEVEL_DISPLAY[code] })),
    ),
    codeSystem(
      'reliefMethod',
      'CrampwiseReliefMethod',
      'Crampwise relief method',
      RELIEF_METHODS.map((code) => ({ code, display: RELIEF_DISPLAY[code] })),
    ),
    codeSystem(
      'diary',
      'CrampwiseDiary',
      'Crampwise diary entries without a standard code',
      Object.entries(DIARY_CODES).map(([code, display]) => ({ code, display })),
    ),
  ];
}

export function triageQuestionnaire(): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: resourceId('Questionnaire', 'triage'),
    meta: { lastUpdated: DEFINITIONS_UPDATED },
    url: QUESTIONNAIRE_URL,
    version: '2',
    name: 'CrampwiseTriage',
    title: 'Should I call? Leg cramps and leg pain in pregnancy',
    status: 'active',
    experimental: false,
    publisher: PUBLISHER,
    subjectType: ['Patient'],
    item: [
      {
        linkId: 'findings',
        type: 'group',
        text: 'Signs (only those answered yes are recorded)',
        item: FINDINGS.map((finding) => ({ linkId: finding.name, type: 'boolean', text: finding.question })),
      },
      { linkId: 'gestational-week', type: 'integer', text: 'Week of pregnancy' },
      {
        linkId: 'blood-pressure',
        type: 'group',
        text: 'Blood pressure, if measured (mmHg)',
        item: [
          { linkId: 'systolic', type: 'integer', text: 'Systolic (top number)' },
          { linkId: 'diastolic', type: 'integer', text: 'Diastolic (bottom number)' },
        ],
      },
      {
        linkId: 'level',
        type: 'choice',
        text: 'What to do (the result of the check)',
        readOnly: true,
        answerOption: TRIAGE_LEVELS.map((code) => ({
          valueCoding: { system: CODE_SYSTEM_URLS.triageLevel, code, display: LEVEL_DISPLAY[code].display },
        })),
      },
      { linkId: 'reasons', type: 'string', text: 'Why', repeats: true, readOnly: true },
    ],
  };
}

export { CRAMPWISE_FHIR };
