// The FHIR R4 export: a Bundle of type collection holding the person, their pregnancy, every
// cramp, check-in and saved triage check in the period, and the definitions those point at.
import type { Bundle, BundleEntry, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { epochDayOf, ZoneClock } from '../insights/local-time.js';
import { type ReportError, reportPeriod } from '../report/period.js';
import { stageOf } from '../report/stage.js';
import type { ReportInput, ReportOptions } from '../report/types.js';
import { CRAMPWISE_FHIR } from './codes.js';
import { crampwiseCodeSystems, triageQuestionnaire } from './definitions.js';
import { resourceId } from './ids.js';
import {
  checkinObservation,
  crampObservation,
  patient,
  pregnancyObservations,
  triageResponse,
} from './resources.js';
import { ENGLISH_FHIR_WORDS, type FhirWords } from './words.js';

/**
 * `fhirBase` is where the export is served (e.g. https://host/fhir): each entry's fullUrl is
 * `<fhirBase>/<type>/<id>`, so the relative references inside (Patient/<id>) resolve in the Bundle.
 * `words` is the human-readable text in one language (English, without narratives, when not given).
 */
export function buildFhirBundle(
  input: ReportInput,
  options: ReportOptions & { fhirBase?: string; words?: FhirWords },
): { ok: true; bundle: Bundle } | { ok: false; error: ReportError } {
  const period = reportPeriod(input, options);
  if (!period.ok) return period;
  const { person } = input;
  const words = options.words ?? ENGLISH_FHIR_WORDS;
  const now = options.now.toISOString();
  const clock = new ZoneClock(person.timeZone);
  const inRange = (day: number) => day >= period.firstDay && day <= period.lastDay;
  const localDay = (instant: string) => clock.localTime(Date.parse(instant)).epochDay;

  const fhirBase = (options.fhirBase ?? CRAMPWISE_FHIR).replace(/\/+$/, '');
  const subject: Reference<Patient> = {
    reference: `Patient/${resourceId('Patient', person.id)}`,
    ...(person.name ? { display: person.name } : {}),
  };
  const resources: Resource[] = [
    patient(person, now, words),
    ...pregnancyObservations(person, stageOf(person, options.now), subject, now, words),
    ...input.episodes
      .filter((e) => inRange(localDay(e.startedAt)))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .map((e) => crampObservation(e, subject, words)),
    ...input.checkins
      .filter((c) => inRange(epochDayOf(c.date)))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((c) => checkinObservation(c, person.id, subject, words)),
    triageQuestionnaire(words),
    ...input.triageChecks
      .filter((t) => inRange(localDay(t.createdAt)))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((t) => triageResponse(t, subject, words)),
    ...crampwiseCodeSystems(words),
  ];
  const entry: BundleEntry[] = resources.map((resource) => ({
    fullUrl: `${fhirBase}/${resource.resourceType}/${resource.id}`,
    resource,
  }));
  const id = resourceId('Bundle', `${person.id}/${period.from}/${period.to}`);
  return {
    ok: true,
    bundle: {
      resourceType: 'Bundle',
      id,
      meta: { lastUpdated: now },
      language: words.language,
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` },
      type: 'collection',
      timestamp: now,
      entry,
    },
  };
}
