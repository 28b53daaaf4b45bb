import type {
  Bundle,
  CodeSystem,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../core/fhir/index.js';
import { fhirProblems } from '../../core/fhir/validators.test-support.js';
import { SAMPLE_PERSON, sampleDiary } from '../../core/report/sample-diary.test-support.js';
import { CATALOGS } from '../../i18n/catalogs.js';
import type { Locale } from '../../i18n/locales.js';
import { fhirLanguage, fhirWords } from './fhir-words.js';

const now = new Date('2026-06-01T09:00:00Z');
const diary = sampleDiary();

function bundleIn(locale: Locale): Bundle {
  const built = buildFhirBundle(diary, {
    now,
    from: null,
    to: '2026-05-31',
    words: fhirWords(locale, SAMPLE_PERSON.timeZone),
  });
  if (!built.ok) throw new Error(built.error.message);
  return built.bundle;
}

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] =>
  resources(bundle).filter((r): r is T => r.resourceType === type);

describe.each(['ru', 'zh-Hans', 'ja'] as const)('the FHIR export in %s', (locale) => {
  const bundle = bundleIn(locale);
  const t = (id: string) => CATALOGS.report[locale][id]!;

  it('is valid R4 to both validators, the Bundle and each entry', { timeout: 60_000 }, () => {
    expect([bundle, ...resources(bundle)].flatMap(fhirProblems)).toEqual([]);
  });

  it('says its language on the Bundle and on every resource', () => {
    const tag = { ru: 'ru', 'zh-Hans': 'zh-CN', ja: 'ja' }[locale];
    expect(fhirLanguage(locale)).toBe(tag);
    expect(bundle.language).toBe(tag);
    for (const resource of resources(bundle)) expect(resource.language).toBe(tag);
  });

  it('gives the patient, each cramp, check-in and check a narrative in the language', () => {
    const narrated = [
      ...ofType<Patient>(bundle, 'Patient'),
      ...ofType<Observation>(bundle, 'Observation'),
      ...ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse'),
    ];
    for (const resource of narrated) {
      expect(resource.text?.status).toBe('generated');
      expect(resource.text?.div).toMatch(
        /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><p>.+<\/p><\/div>$/,
      );
    }
    const cramp = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.code.coding?.[0]?.code === '449918009',
    )!;
    const legCramp = t('report.fhir.legCramp');
    expect(cramp.code.text).toBe(legCramp);
    expect(cramp.text?.div).toContain(t('report.fhir.narrative.cramp').split('{when}')[0]!.trim());
    const urgent = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse').find((r) =>
      r.item?.some((i) => i.answer?.[0]?.valueCoding?.code === 'urgent'),
    )!;
    expect(urgent.text?.div).toContain(t('report.level.urgent'));
    expect(urgent.text?.div).toContain(t('report.levelDefinition.urgent'));
  });

  it('displays our own codes and titles in the language, and the standard codes as the standard does', () => {
    const levels = ofType<CodeSystem>(bundle, 'CodeSystem').find((c) => c.url?.endsWith('/triage-level'))!;
    expect(levels.title).toBe(t('report.fhir.codeSystem.triageLevel'));
    expect(levels.concept?.find((c) => c.code === 'emergency')).toMatchObject({
      display: t('report.level.emergency'),
      definition: t('report.levelDefinition.emergency'),
    });
    const questionnaire = ofType<Questionnaire>(bundle, 'Questionnaire')[0]!;
    expect(questionnaire.title).toBe(t('report.fhir.questionnaire.title'));
    expect(questionnaire.item?.[0]?.item?.find((i) => i.linkId === 'one_leg_swollen')?.text).toBe(
      t('report.finding.one_leg_swollen'),
    );
    const cramp = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.code.coding?.[0]?.code === '449918009',
    )!;
    // SNOMED CT's own display, in every language; our text beside it in the language.
    expect(cramp.code.coding?.[0]?.display).toBe('Cramp in lower leg');
    const calf = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.bodySite?.coding?.[0]?.code === '53840002',
    );
    expect(calf?.bodySite).toMatchObject({
      coding: [{ display: 'Calf of leg' }],
      text: t('report.csv.muscle.calf'),
    });
    const relief = cramp.component?.find((c) => c.code.coding?.[0]?.code === 'relief-tried');
    if (relief) {
      const method = relief.valueCodeableConcept?.coding?.[0];
      expect(method?.display).toBe(t(`report.relief.method.${method?.code}`));
      expect(relief.code.coding?.[0]?.display).toBe(t('report.fhir.diary.relief-tried'));
    }
  });
});

describe('the FHIR export in English', () => {
  it('keeps the check’s own questions and the English displays, with English narratives', () => {
    const bundle = bundleIn('en');
    expect(bundle.language).toBe('en');
    const questionnaire = ofType<Questionnaire>(bundle, 'Questionnaire')[0]!;
    expect(questionnaire.item?.[0]?.item?.find((i) => i.linkId === 'one_leg_swollen')?.text).toBe(
      'Is one leg (calf, ankle or thigh) more swollen than the other?',
    );
    expect(ofType<Patient>(bundle, 'Patient')[0]?.text?.div).toContain('Anna Petrova · Born 1993');
  });

  it('escapes a name that looks like markup in the narrative', () => {
    const built = buildFhirBundle(
      { ...diary, person: { ...SAMPLE_PERSON, name: '<b>Anna</b> & "Co"' } },
      { now, from: null, to: '2026-05-31', words: fhirWords('en', SAMPLE_PERSON.timeZone) },
    );
    if (!built.ok) throw new Error(built.error.message);
    const patient = ofType<Patient>(built.bundle, 'Patient')[0]!;
    expect(patient.text?.div).toContain('&lt;b&gt;Anna&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(fhirProblems(patient)).toEqual([]);
  });
});
