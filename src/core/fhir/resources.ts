// The person's own resources: Patient, the pregnancy, one Observation per cramp, one per daily
// check-in, and one QuestionnaireResponse per saved triage check.
import type {
  CodeableConcept,
  Extension,
  Observation,
  ObservationComponent,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from '@medplum/fhirtypes';
import type { CheckinRecord, EpisodeRecord } from '../insights/records.js';
import { HABITS } from '../insights/vocabulary.js';
import type { ReportPerson, ReportStage, TriageCheckFact } from '../report/types.js';
import {
  CHECKIN_EXTENSION_URL,
  CODE_SYSTEM_URLS,
  CRAMP_IN_LOWER_LEG,
  DELIVERY_DATE,
  diaryCoding,
  ESTIMATED_DUE_DATE,
  GESTATIONAL_AGE,
  LATERALITY,
  MUSCLE_CODES,
  PAIN_SEVERITY,
  PREGNANCY_STATUS,
  PREGNANT,
  QUESTIONNAIRE_URL,
  SIDE_CODES,
  UCUM,
} from './codes.js';
import { LEVEL_DISPLAY, RELIEF_DISPLAY } from './definitions.js';
import { resourceId } from './ids.js';

export function patient(person: ReportPerson, lastUpdated: string): Patient {
  return {
    resourceType: 'Patient',
    id: resourceId('Patient', person.id),
    meta: { lastUpdated },
    ...(person.name ? { name: [{ text: person.name }] } : {}),
    // A FHIR date may be a year alone: we keep only the birth year.
    ...(person.birthYear !== null ? { birthDate: String(person.birthYear).padStart(4, '0') } : {}),
    ...(person.locale
      ? {
          communication: [
            { language: { coding: [{ system: 'urn:ietf:bcp:47', code: person.locale }] }, preferred: true },
          ],
        }
      : {}),
  };
}

function observation(
  kind: string,
  ourId: string,
  subject: Reference<Patient>,
  lastUpdated: string,
  fields: Omit<Observation, 'resourceType' | 'status' | 'subject' | 'meta' | 'id'>,
): Observation {
  return {
    resourceType: 'Observation',
    id: resourceId(kind, ourId),
    meta: { lastUpdated },
    status: 'final',
    subject,
    // The person recorded it themselves.
    performer: [subject],
    ...fields,
  };
}

/** The pregnancy on the day of the export: status, due date and gestational age, or the birth. */
export function pregnancyObservations(
  person: ReportPerson,
  stage: ReportStage,
  subject: Reference<Patient>,
  now: string,
): Observation[] {
  const out: Observation[] = [];
  if (person.dueDate !== null) {
    out.push(
      observation('Observation/due-date', person.id, subject, now, {
        code: { coding: [ESTIMATED_DUE_DATE], text: 'Estimated due date' },
        effectiveDateTime: now,
        valueDateTime: person.dueDate,
      }),
    );
  }
  if (stage.status === 'pregnant' || stage.status === 'post-term') {
    out.push(
      observation('Observation/pregnancy-status', person.id, subject, now, {
        code: { coding: [PREGNANCY_STATUS], text: 'Pregnancy status' },
        effectiveDateTime: now,
        valueCodeableConcept: { coding: [PREGNANT], text: 'Pregnant' },
      }),
      observation('Observation/gestational-age', person.id, subject, now, {
        code: { coding: [GESTATIONAL_AGE], text: `Gestational age: ${stage.weeks} weeks ${stage.days} days` },
        effectiveDateTime: now,
        valueQuantity: {
          value: Math.round(((stage.weeks * 7 + stage.days) / 7) * 100) / 100,
          unit: 'wk',
          system: UCUM,
          code: 'wk',
        },
      }),
    );
  }
  if (stage.status === 'after-birth') {
    out.push(
      observation('Observation/delivery-date', person.id, subject, now, {
        code: { coding: [DELIVERY_DATE], text: 'Date of birth of the baby' },
        effectiveDateTime: stage.birthDate,
        valueDateTime: stage.birthDate,
      }),
    );
  }
  return out;
}

const component = (code: ObservationComponent['code'], value: Partial<ObservationComponent>) => ({
  code,
  ...value,
});

export function crampObservation(episode: EpisodeRecord, subject: Reference<Patient>): Observation {
  const components: ObservationComponent[] = [];
  if (episode.intensity !== null)
    components.push(component({ coding: [PAIN_SEVERITY] }, { valueInteger: episode.intensity }));
  if (episode.side !== null)
    components.push(
      component({ coding: [LATERALITY] }, { valueCodeableConcept: { coding: [SIDE_CODES[episode.side]] } }),
    );
  if (episode.durationSeconds !== null)
    components.push(
      component(
        { coding: [diaryCoding('duration')] },
        { valueQuantity: { value: episode.durationSeconds, unit: 's', system: UCUM, code: 's' } },
      ),
    );
  const relief = (
    code: 'relief-tried' | 'relief-helped',
    methods: readonly EpisodeRecord['reliefTried'][number][],
  ) => {
    for (const method of methods)
      components.push(
        component(
          { coding: [diaryCoding(code)] },
          {
            valueCodeableConcept: {
              coding: [
                { system: CODE_SYSTEM_URLS.reliefMethod, code: method, display: RELIEF_DISPLAY[method] },
              ],
            },
          },
        ),
      );
  };
  relief('relief-tried', episode.reliefTried);
  relief('relief-helped', episode.reliefHelped);
  if (episode.minutesToRelief !== null)
    components.push(
      component(
        { coding: [diaryCoding('time-to-relief')] },
        { valueQuantity: { value: episode.minutesToRelief, unit: 'min', system: UCUM, code: 'min' } },
      ),
    );
  components.push(
    component({ coding: [diaryCoding('woke-from-sleep')] }, { valueBoolean: episode.wokeFromSleep }),
  );

  return observation('Observation/cramp', episode.id, subject, episode.updatedAt, {
    code: { coding: [CRAMP_IN_LOWER_LEG], text: 'Leg cramp' },
    effectiveDateTime: episode.startedAt,
    issued: episode.createdAt,
    ...(episode.muscles.length > 0 ? { bodySite: bodySite(episode.muscles) } : {}),
    component: components,
    ...(episode.notes ? { note: [{ text: episode.notes }] } : {}),
  });
}

/** One muscle gets its code; several (Observation.bodySite holds one concept) are named in text. */
function bodySite(muscles: EpisodeRecord['muscles']): CodeableConcept {
  const [only] = muscles;
  if (muscles.length === 1 && only !== undefined && only !== 'other')
    return { coding: [MUSCLE_CODES[only]], text: MUSCLE_CODES[only].display! };
  return { text: muscles.join(', ') };
}

/** A check-in's answers as sub-extensions of the documented daily-check-in extension. */
function checkinExtension(checkin: CheckinRecord): Extension | null {
  const parts: Extension[] = [];
  if (checkin.waterGlasses !== null) parts.push({ url: 'waterGlasses', valueInteger: checkin.waterGlasses });
  if (checkin.walkedMinutes !== null)
    parts.push({ url: 'walkedMinutes', valueInteger: checkin.walkedMinutes });
  if (checkin.standingHours !== null)
    parts.push({ url: 'standingHours', valueDecimal: checkin.standingHours });
  for (const habit of HABITS) {
    const value = checkin[habit];
    if (value !== null) parts.push({ url: habit, valueBoolean: value });
  }
  if (checkin.supplements !== null) {
    if (checkin.supplements.length === 0) parts.push({ url: 'supplement', valueCode: 'none' });
    for (const supplement of checkin.supplements) parts.push({ url: 'supplement', valueCode: supplement });
  }
  if (checkin.swelling !== null) parts.push({ url: 'swelling', valueCode: checkin.swelling });
  return parts.length > 0 ? { url: CHECKIN_EXTENSION_URL, extension: parts } : null;
}

export function checkinObservation(
  checkin: CheckinRecord,
  personId: string,
  subject: Reference<Patient>,
): Observation {
  const extension = checkinExtension(checkin);
  return observation('Observation/check-in', `${personId}/${checkin.date}`, subject, checkin.updatedAt, {
    ...(extension ? { extension: [extension] } : {}),
    code: { coding: [diaryCoding('daily-check-in')], text: 'Daily check-in' },
    effectiveDateTime: checkin.date,
    issued: checkin.createdAt,
    ...(checkin.notes ? { note: [{ text: checkin.notes }] } : {}),
  });
}

export function triageResponse(check: TriageCheckFact, subject: Reference<Patient>): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  if (check.findings.length > 0)
    item.push({
      linkId: 'findings',
      item: check.findings.map((name) => ({ linkId: name, answer: [{ valueBoolean: true }] })),
    });
  if (check.gestationalWeek !== null)
    item.push({ linkId: 'gestational-week', answer: [{ valueInteger: check.gestationalWeek }] });
  if (check.bloodPressure !== null)
    item.push({
      linkId: 'blood-pressure',
      item: [
        { linkId: 'systolic', answer: [{ valueInteger: check.bloodPressure.systolic }] },
        { linkId: 'diastolic', answer: [{ valueInteger: check.bloodPressure.diastolic }] },
      ],
    });
  item.push({
    linkId: 'level',
    answer: [
      {
        valueCoding: {
          system: CODE_SYSTEM_URLS.triageLevel,
          code: check.level,
          display: LEVEL_DISPLAY[check.level].display,
        },
      },
    ],
  });
  if (check.reasons.length > 0)
    item.push({ linkId: 'reasons', answer: check.reasons.map((r) => ({ valueString: r.explanation })) });
  return {
    resourceType: 'QuestionnaireResponse',
    id: resourceId('QuestionnaireResponse/triage', check.id),
    meta: { lastUpdated: check.createdAt },
    questionnaire: QUESTIONNAIRE_URL,
    status: 'completed',
    subject,
    authored: check.createdAt,
    author: subject,
    source: subject,
    item,
  };
}
