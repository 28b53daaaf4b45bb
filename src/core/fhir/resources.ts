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
import { HABITS, type Muscle } from '../insights/vocabulary.js';
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
import { resourceId } from './ids.js';
import { type FhirWords, narrativeOf } from './words.js';

/** The resource's language and, when the words have narratives, its human-readable text. */
function human(words: FhirWords, sentence: (n: NonNullable<FhirWords['narrative']>) => string) {
  return {
    language: words.language,
    ...(words.narrative ? { text: narrativeOf(sentence(words.narrative)) } : {}),
  };
}

export function patient(person: ReportPerson, lastUpdated: string, words: FhirWords): Patient {
  return {
    resourceType: 'Patient',
    id: resourceId('Patient', person.id),
    meta: { lastUpdated },
    ...human(words, (n) => n.patient(person)),
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
  words: FhirWords,
  sentence: (n: NonNullable<FhirWords['narrative']>) => string,
): Observation {
  return {
    resourceType: 'Observation',
    id: resourceId(kind, ourId),
    meta: { lastUpdated },
    ...human(words, sentence),
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
  words: FhirWords,
): Observation[] {
  const out: Observation[] = [];
  const { dueDate } = person;
  if (dueDate !== null) {
    out.push(
      observation(
        'Observation/due-date',
        person.id,
        subject,
        now,
        {
          code: { coding: [ESTIMATED_DUE_DATE], text: words.text.dueDate },
          effectiveDateTime: now,
          valueDateTime: dueDate,
        },
        words,
        (n) => n.dueDate(dueDate),
      ),
    );
  }
  if (stage.status === 'pregnant' || stage.status === 'post-term') {
    out.push(
      observation(
        'Observation/pregnancy-status',
        person.id,
        subject,
        now,
        {
          code: { coding: [PREGNANCY_STATUS], text: words.text.pregnancyStatus },
          effectiveDateTime: now,
          valueCodeableConcept: { coding: [PREGNANT], text: words.text.pregnant },
        },
        words,
        () => `${words.text.pregnancyStatus}: ${words.text.pregnant}`,
      ),
      observation(
        'Observation/gestational-age',
        person.id,
        subject,
        now,
        {
          code: { coding: [GESTATIONAL_AGE], text: words.text.gestationalAge(stage.weeks, stage.days) },
          effectiveDateTime: now,
          valueQuantity: {
            value: Math.round(((stage.weeks * 7 + stage.days) / 7) * 100) / 100,
            unit: 'wk',
            system: UCUM,
            code: 'wk',
          },
        },
        words,
        (n) => n.gestationalAge(stage),
      ),
    );
  }
  if (stage.status === 'after-birth') {
    const { birthDate } = stage;
    out.push(
      observation(
        'Observation/delivery-date',
        person.id,
        subject,
        now,
        {
          code: { coding: [DELIVERY_DATE], text: words.text.deliveryDate },
          effectiveDateTime: birthDate,
          valueDateTime: birthDate,
        },
        words,
        (n) => n.delivery(birthDate),
      ),
    );
  }
  return out;
}

const component = (code: ObservationComponent['code'], value: Partial<ObservationComponent>) => ({
  code,
  ...value,
});

export function crampObservation(
  episode: EpisodeRecord,
  subject: Reference<Patient>,
  words: FhirWords,
): Observation {
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
        { coding: [diaryCoding('duration', words.diary.duration)] },
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
          { coding: [diaryCoding(code, words.diary[code])] },
          {
            valueCodeableConcept: {
              coding: [
                { system: CODE_SYSTEM_URLS.reliefMethod, code: method, display: words.relief[method] },
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
        { coding: [diaryCoding('time-to-relief', words.diary['time-to-relief'])] },
        { valueQuantity: { value: episode.minutesToRelief, unit: 'min', system: UCUM, code: 'min' } },
      ),
    );
  components.push(
    component(
      { coding: [diaryCoding('woke-from-sleep', words.diary['woke-from-sleep'])] },
      { valueBoolean: episode.wokeFromSleep },
    ),
  );

  return observation(
    'Observation/cramp',
    episode.id,
    subject,
    episode.updatedAt,
    {
      code: { coding: [CRAMP_IN_LOWER_LEG], text: words.text.legCramp },
      effectiveDateTime: episode.startedAt,
      issued: episode.createdAt,
      ...(episode.muscles.length > 0 ? { bodySite: bodySite(episode.muscles, words) } : {}),
      component: components,
      ...(episode.notes ? { note: [{ text: episode.notes }] } : {}),
    },
    words,
    (n) => n.cramp(episode),
  );
}

/** One muscle gets its code; several (Observation.bodySite holds one concept) are named in text. */
function bodySite(muscles: EpisodeRecord['muscles'], words: FhirWords): CodeableConcept {
  const [only] = muscles;
  const name = (m: Muscle) => words.muscle?.[m];
  if (muscles.length === 1 && only !== undefined && only !== 'other')
    return { coding: [MUSCLE_CODES[only]], text: name(only) ?? MUSCLE_CODES[only].display! };
  return { text: muscles.map((m) => name(m) ?? m).join(', ') };
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
  words: FhirWords,
): Observation {
  const extension = checkinExtension(checkin);
  return observation(
    'Observation/check-in',
    `${personId}/${checkin.date}`,
    subject,
    checkin.updatedAt,
    {
      ...(extension ? { extension: [extension] } : {}),
      code: {
        coding: [diaryCoding('daily-check-in', words.diary['daily-check-in'])],
        text: words.text.dailyCheckIn,
      },
      effectiveDateTime: checkin.date,
      issued: checkin.createdAt,
      ...(checkin.notes ? { note: [{ text: checkin.notes }] } : {}),
    },
    words,
    (n) => n.checkin(checkin),
  );
}

/** One saved check. Its reasons stay the sentences saved with it: they are the record of what was said. */
export function triageResponse(
  check: TriageCheckFact,
  subject: Reference<Patient>,
  words: FhirWords,
): QuestionnaireResponse {
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
          display: words.level[check.level].display,
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
    ...human(words, (n) => n.triage(check)),
    questionnaire: QUESTIONNAIRE_URL,
    status: 'completed',
    subject,
    authored: check.createdAt,
    author: subject,
    source: subject,
    item,
  };
}
