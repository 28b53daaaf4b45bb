// The FHIR export's human-readable text in one of our languages, from the `report` catalog: our codes'
// displays and titles, the Questionnaire's texts and a one-sentence narrative per resource, with dates
// and times in the person's time zone. The core builds the Bundle from these (src/core/fhir/words.ts).
import type { IntlShape } from 'react-intl';
import { ENGLISH_FHIR_WORDS, type FhirWords } from '../../core/fhir/index.js';
import type { ReliefMethod } from '../../core/insights/index.js';
import { RELIEF_METHODS } from '../../core/insights/index.js';
import { TRIAGE_LEVELS, type TriageLevel } from '../../core/triage/index.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { formatDay, formatDuration } from './format.js';
import { findingLabel, reliefLabel, triageLevelDefinition, triageLevelLabel } from './words.js';

const made = new Map<string, FhirWords>();

/**
 * The tag FHIR's language elements get. Resource.language is bound (preferred) to HL7's Common
 * Languages, which has zh-CN but not zh-Hans: receiving systems and the `fhir` validator know zh-CN,
 * and mainland Chinese is written in Simplified characters. The other three are in the set as they are.
 */
export function fhirLanguage(locale: Locale): string {
  return locale === 'zh-Hans' ? 'zh-CN' : locale;
}

function instant(intl: IntlShape, iso: string, timeZone: string): string {
  return intl.formatDate(Date.parse(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** The words for `locale`; narratives write local times in `timeZone` (the person's). */
export function fhirWords(locale: Locale, timeZone: string): FhirWords {
  const key = `${locale}|${timeZone}`;
  const cached = made.get(key);
  if (cached) return cached;
  const intl = serverIntl(locale, ['report']);
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const level = Object.fromEntries(
    TRIAGE_LEVELS.map((l) => [
      l,
      { display: triageLevelLabel(intl, l), definition: triageLevelDefinition(intl, l) },
    ]),
  ) as Record<TriageLevel, { display: string; definition: string }>;
  const relief = Object.fromEntries(RELIEF_METHODS.map((m) => [m, reliefLabel(intl, m)])) as Record<
    ReliefMethod,
    string
  >;
  const words: FhirWords = {
    language: fhirLanguage(locale),
    level,
    relief,
    // English keeps SNOMED CT's display for one muscle and the codes for several, as it always has.
    ...(locale === 'en'
      ? {}
      : {
          muscle: {
            calf: t('report.csv.muscle.calf'),
            thigh: t('report.csv.muscle.thigh'),
            foot: t('report.csv.muscle.foot'),
            toes: t('report.csv.muscle.toes'),
            other: t('report.csv.muscle.other'),
          },
        }),
    diary: {
      duration: t('report.fhir.diary.duration'),
      'relief-tried': t('report.fhir.diary.relief-tried'),
      'relief-helped': t('report.fhir.diary.relief-helped'),
      'time-to-relief': t('report.fhir.diary.time-to-relief'),
      'woke-from-sleep': t('report.fhir.diary.woke-from-sleep'),
      'daily-check-in': t('report.fhir.diary.daily-check-in'),
    },
    text: {
      dueDate: t('report.fhir.dueDate'),
      pregnancyStatus: t('report.fhir.pregnancyStatus'),
      pregnant: t('report.fhir.pregnant'),
      gestationalAge: (weeks, days) => t('report.fhir.gestationalAge', { weeks, days }),
      deliveryDate: t('report.fhir.deliveryDate'),
      legCramp: t('report.fhir.legCramp'),
      dailyCheckIn: t('report.fhir.diary.daily-check-in'),
    },
    codeSystemTitle: {
      triageLevel: t('report.fhir.codeSystem.triageLevel'),
      reliefMethod: t('report.fhir.codeSystem.reliefMethod'),
      diary: t('report.fhir.codeSystem.diary'),
    },
    questionnaire: {
      title: t('report.fhir.questionnaire.title'),
      findings: t('report.fhir.questionnaire.findings'),
      // English keeps the check's own questions; the other languages name each sign from the catalog.
      finding:
        locale === 'en' ? ENGLISH_FHIR_WORDS.questionnaire.finding : (name) => findingLabel(intl, name),
      gestationalWeek: t('report.fhir.questionnaire.gestationalWeek'),
      bloodPressure: t('report.fhir.questionnaire.bloodPressure'),
      systolic: t('report.fhir.questionnaire.systolic'),
      diastolic: t('report.fhir.questionnaire.diastolic'),
      level: t('report.fhir.questionnaire.level'),
      reasons: t('report.fhir.questionnaire.reasons'),
    },
    narrative: {
      patient: (person) => {
        const name = person.name ?? t('report.nameNotGiven');
        return person.birthYear === null
          ? name
          : `${name} · ${t('report.born', { year: String(person.birthYear) })}`;
      },
      dueDate: (date) => t('report.fhir.narrative.dueDate', { date: formatDay(intl, date) }),
      gestationalAge: (stage) => t('report.fhir.gestationalAge', { weeks: stage.weeks, days: stage.days }),
      delivery: (date) => t('report.fhir.narrative.delivery', { date: formatDay(intl, date) }),
      cramp: (episode) => {
        const parts = [
          t('report.fhir.narrative.cramp', { when: instant(intl, episode.startedAt, timeZone) }),
        ];
        if (episode.intensity !== null)
          parts.push(t('report.fhir.narrative.intensity', { intensity: episode.intensity }));
        if (episode.durationSeconds !== null)
          parts.push(
            t('report.fhir.narrative.duration', { duration: formatDuration(intl, episode.durationSeconds) }),
          );
        if (episode.wokeFromSleep) parts.push(t('report.fhir.narrative.woke'));
        return parts.join('; ');
      },
      checkin: (checkin) => t('report.fhir.narrative.checkin', { date: formatDay(intl, checkin.date) }),
      triage: (check) =>
        t('report.fhir.narrative.triage', {
          when: instant(intl, check.createdAt, timeZone),
          level: level[check.level].display,
          definition: level[check.level].definition,
        }),
    },
  };
  made.set(key, words);
  return words;
}
