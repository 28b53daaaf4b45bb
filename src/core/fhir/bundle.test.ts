import type { Bundle, Observation, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PERSON, sampleDiary } from '../report/sample-diary.test-support.js';
import type { ReportInput, ReportOptions } from '../report/types.js';
import { buildFhirBundle } from './bundle.js';
import { stableUuid } from './ids.js';
import { fhirJsProblems, fhirProblems, medplumProblems } from './validators.test-support.js';

const now = new Date('2026-06-01T09:00:00Z');
const options: ReportOptions = { now, from: null, to: '2026-05-31' };

function bundleOf(input: ReportInput, o: ReportOptions & { fhirBase?: string } = options): Bundle {
  const result = buildFhirBundle(input, o);
  if (!result.ok) throw new Error(result.error.message);
  return result.bundle;
}

/** Validates the Bundle and, so nothing hides inside it, each entry on its own. */
function expectValid(bundle: Bundle): void {
  const problems = [bundle, ...(bundle.entry ?? []).map((e) => e.resource as Resource)].flatMap(fhirProblems);
  expect(problems).toEqual([]);
}

const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] =>
  (bundle.entry ?? []).map((e) => e.resource as Resource).filter((r): r is T => r.resourceType === type);

describe('buildFhirBundle', () => {
  // The same three-month diary bench/report.ts measures.
  const diary = sampleDiary();
  const bundle = bundleOf(diary);

  // The first validation loads both validators' R4 definitions (tens of MB of JSON): seconds on a
  // busy machine, past the unit project's 5 s default, so this test alone gets more.
  it('is a valid R4 collection to both validators', { timeout: 30_000 }, () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expectValid(bundle);
  });

  it('holds the patient, the pregnancy, every cramp, check-in and check, and the definitions', () => {
    const counts: Record<string, number> = {};
    for (const entry of bundle.entry ?? []) {
      const type = entry.resource!.resourceType;
      counts[type] = (counts[type] ?? 0) + 1;
    }
    // Due date, pregnancy status and gestational age + one per cramp + one per check-in.
    expect(counts.Observation).toBe(3 + diary.episodes.length + diary.checkins.length);
    expect(counts).toMatchObject({
      Patient: 1,
      Questionnaire: 1,
      QuestionnaireResponse: diary.triageChecks.length,
      CodeSystem: 3,
    });
  });

  it('gives the patient a name and only a birth year', () => {
    const [patient] = ofType<import('@medplum/fhirtypes').Patient>(bundle, 'Patient');
    expect(patient?.name).toEqual([{ text: 'Anna Petrova' }]);
    expect(patient?.birthDate).toBe('1993');
  });

  it('codes the pregnancy with LOINC: status 82810-3, due date 11778-8, gestational age 49051-6', () => {
    const byCode = (code: string) =>
      ofType<Observation>(bundle, 'Observation').find((o) => o.code.coding?.[0]?.code === code);
    expect(byCode('82810-3')?.valueCodeableConcept?.coding?.[0]?.code).toBe('77386006');
    expect(byCode('11778-8')?.valueDateTime).toBe('2026-08-20');
    // 20 Aug due date → 1 June is 280 − 80 = 200 days = 28.57 weeks.
    expect(byCode('49051-6')?.valueQuantity).toMatchObject({ value: 28.57, code: 'wk' });
  });

  it('codes each cramp as SNOMED 449918009 with pain 0–10 (LOINC 72514-3), side, duration and relief', () => {
    const episode = diary.episodes.find(
      (e) =>
        e.intensity !== null && e.side !== null && e.durationSeconds !== null && e.reliefHelped.length > 0,
    )!;
    const observation = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.id === stableUuid(`Observation/cramp/${episode.id}`),
    )!;
    expect(observation.code.coding?.[0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '449918009',
    });
    expect(observation.effectiveDateTime).toBe(episode.startedAt);
    expect(observation.meta?.lastUpdated).toBe(episode.updatedAt);
    const component = (code: string) =>
      observation.component?.filter((c) => c.code.coding?.[0]?.code === code) ?? [];
    expect(component('72514-3')[0]?.valueInteger).toBe(episode.intensity);
    expect(component('272741003')[0]?.valueCodeableConcept?.coding?.[0]?.code).toMatch(
      /^(7771000|24028007|51440002)$/,
    );
    expect(component('duration')[0]?.valueQuantity).toMatchObject({
      value: episode.durationSeconds,
      code: 's',
    });
    expect(component('relief-helped').map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual(
      episode.reliefHelped,
    );
    expect(observation.performer).toEqual([observation.subject]);
  });

  it('answers the triage questionnaire once per check, with the level coded from the Crampwise CodeSystem', () => {
    const responses = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
    const urgent = responses.find((r) => r.item?.some((i) => i.answer?.[0]?.valueCoding?.code === 'urgent'))!;
    expect(urgent.item?.find((i) => i.linkId === 'level')?.answer?.[0]?.valueCoding).toEqual({
      system: 'https://crampwise.app/fhir/CodeSystem/triage-level',
      code: 'urgent',
      display: 'Urgent',
    });
    expect(urgent.item?.find((i) => i.linkId === 'findings')?.item?.[0]).toEqual({
      linkId: 'one_leg_swollen',
      answer: [{ valueBoolean: true }],
    });
  });

  it('puts check-in answers without a standard code in the documented extension', () => {
    const checkin = diary.checkins[0]!;
    const observation = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.id === stableUuid(`Observation/check-in/${SAMPLE_PERSON.id}/${checkin.date}`),
    )!;
    const parts = observation.extension?.[0]?.extension ?? [];
    expect(observation.extension?.[0]?.url).toBe(
      'https://crampwise.app/fhir/StructureDefinition/daily-check-in',
    );
    if (checkin.waterGlasses !== null)
      expect(parts.find((p) => p.url === 'waterGlasses')?.valueInteger).toBe(checkin.waterGlasses);
    expect(observation.effectiveDateTime).toBe(checkin.date);
  });

  it('gives every resource a stable id and meta.lastUpdated, the same on every export', () => {
    const again = bundleOf(diary, { ...options, now: new Date('2026-06-02T10:00:00Z') });
    const ids = (b: Bundle) => (b.entry ?? []).map((e) => e.resource?.id);
    expect(ids(again)).toEqual(ids(bundle));
    expect(new Set(ids(bundle)).size).toBe(bundle.entry?.length);
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toBe(
        `https://crampwise.app/fhir/${entry.resource?.resourceType}/${entry.resource?.id}`,
      );
      expect(entry.resource?.meta?.lastUpdated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
  });

  it('serves fullUrls from the given base, and references resolve inside the Bundle', () => {
    const served = bundleOf(diary, { ...options, fhirBase: 'https://clinic.example/fhir/' });
    const urls = new Set((served.entry ?? []).map((e) => e.fullUrl));
    const [cramp] = ofType<Observation>(served, 'Observation');
    expect(urls.has(`https://clinic.example/fhir/${cramp?.subject?.reference}`)).toBe(true);
  });

  it('keeps only the period asked for', () => {
    const week = bundleOf(diary, { now, from: '2026-05-25', to: '2026-05-31' });
    const cramps = ofType<Observation>(week, 'Observation').filter(
      (o) => o.code.coding?.[0]?.code === '449918009',
    );
    expect(cramps.length).toBeGreaterThan(0);
    expect(cramps.length).toBeLessThan(diary.episodes.length);
    expectValid(week);
  });

  it('stays valid with no name, no due date and an empty diary, and after the birth', () => {
    const bare = { ...SAMPLE_PERSON, name: null, birthYear: null, dueDate: null, locale: null };
    expectValid(bundleOf({ person: bare, episodes: [], checkins: [], triageChecks: [] }));
    const born = bundleOf({ ...diary, person: { ...SAMPLE_PERSON, birthDate: '2026-05-20' } });
    expectValid(born);
    expect(ofType<Observation>(born, 'Observation').some((o) => o.code.coding?.[0]?.code === '93857-1')).toBe(
      true,
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(buildFhirBundle(diary, { now, from: '2026-05-31', to: '2026-05-01' }).ok).toBe(false);
  });
});

describe('the validators are not vacuous', () => {
  const good: Observation = {
    resourceType: 'Observation',
    id: 'x',
    status: 'final',
    code: { text: 'Leg cramp' },
  };

  it('both pass a good resource', () => {
    expect(fhirProblems(good)).toEqual([]);
  });

  it('the fhir package catches a code outside the R4 value set and a missing required element', () => {
    expect(fhirJsProblems({ ...good, status: 'done' } as unknown as Observation).length).toBeGreaterThan(0);
    const { code: _omit, ...noCode } = good;
    expect(fhirJsProblems(noCode as unknown as Observation).length).toBeGreaterThan(0);
    // An element R4 does not define (a typo of valueString) is refused too.
    expect(fhirJsProblems({ ...good, valueStrng: 'x' } as unknown as Observation).length).toBeGreaterThan(0);
  });

  it('medplum catches a malformed dateTime and a broken invariant', () => {
    expect(medplumProblems({ ...good, effectiveDateTime: '1 June 2026' }).length).toBeGreaterThan(0);
    // obs-6: dataAbsentReason only when there is no value.
    expect(
      medplumProblems({ ...good, valueInteger: 3, dataAbsentReason: { text: 'asked, unknown' } }).length,
    ).toBeGreaterThan(0);
  });

  it('each catches a broken resource inside a Bundle', () => {
    const broken: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:1',
          resource: { ...good, status: 'done', effectiveDateTime: 'x' } as unknown as Observation,
        },
      ],
    };
    expect(fhirJsProblems(broken).length).toBeGreaterThan(0);
    expect(medplumProblems(broken).length).toBeGreaterThan(0);
  });
});
