// The lab explainer's words in the reader's language. Core (src/core/labs) decides everything — the flag,
// the range, the contact-today limits, which caveats and questions apply — and writes them in English;
// this edge only swaps the words. Each English sentence core can produce has one message id below, found
// through the English catalog (a unit test walks every analyte, stage and flag to prove none is missing),
// so the numbers and thresholds a reader sees are the ones core computed, never restated.
import type { IntlShape } from 'react-intl';
import type { LabAnalytesResponse, LabInterpretResponse } from '../../contract/labs.js';
import type { Analyte } from '../../core/labs/analytes.js';
import { labUnitName } from '../../i18n/lab-units.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

const ANALYTE_WORDS: Record<Analyte, { label: string; plain: string }> = {
  'calcium-total': {
    label: 'labs.analyte.calciumTotal.label',
    plain: 'labs.analyte.calciumTotal.plain',
  },
  'calcium-ionised': {
    label: 'labs.analyte.calciumIonised.label',
    plain: 'labs.analyte.calciumIonised.plain',
  },
  albumin: { label: 'labs.analyte.albumin.label', plain: 'labs.analyte.albumin.plain' },
  magnesium: { label: 'labs.analyte.magnesium.label', plain: 'labs.analyte.magnesium.plain' },
  potassium: { label: 'labs.analyte.potassium.label', plain: 'labs.analyte.potassium.plain' },
  sodium: { label: 'labs.analyte.sodium.label', plain: 'labs.analyte.sodium.plain' },
  'vitamin-d-25oh': { label: 'labs.analyte.vitaminD.label', plain: 'labs.analyte.vitaminD.plain' },
  'glucose-fasting': {
    label: 'labs.analyte.glucoseFasting.label',
    plain: 'labs.analyte.glucoseFasting.plain',
  },
  'glucose-ogtt-2h': { label: 'labs.analyte.glucoseOgtt.label', plain: 'labs.analyte.glucoseOgtt.plain' },
  haemoglobin: { label: 'labs.analyte.haemoglobin.label', plain: 'labs.analyte.haemoglobin.plain' },
  platelets: { label: 'labs.analyte.platelets.label', plain: 'labs.analyte.platelets.plain' },
  creatinine: { label: 'labs.analyte.creatinine.label', plain: 'labs.analyte.creatinine.plain' },
  'urine-pcr': { label: 'labs.analyte.urinePcr.label', plain: 'labs.analyte.urinePcr.plain' },
  'urine-acr': { label: 'labs.analyte.urineAcr.label', plain: 'labs.analyte.urineAcr.plain' },
};

/** Every range note, caveat and question core writes; their English messages equal core's sentences. */
export const LAB_TEXT_IDS = [
  'labs.note.commonAdult',
  'labs.note.potassium',
  'labs.note.vitaminD',
  'labs.note.glucoseFasting',
  'labs.note.glucoseOgtt',
  'labs.note.haemoglobinFirst',
  'labs.note.haemoglobinLater',
  'labs.note.haemoglobinAfterBirth',
  'labs.note.platelets',
  'labs.note.creatinine',
  'labs.note.urinePcr',
  'labs.note.urineAcr',
  'labs.note.lab',
  'labs.caveat.calciumAlbumin',
  'labs.caveat.calciumLater',
  'labs.caveat.calciumIonised',
  'labs.caveat.albumin',
  'labs.caveat.magnesium',
  'labs.caveat.potassium',
  'labs.caveat.sodium',
  'labs.caveat.vitaminD',
  'labs.caveat.glucose',
  'labs.caveat.glucoseOgtt',
  'labs.caveat.haemoglobin',
  'labs.caveat.platelets',
  'labs.caveat.creatinine',
  'labs.caveat.urineProtein',
  'labs.ask.calciumCorrected',
  'labs.ask.calciumRepeatVitaminD',
  'labs.ask.calciumRepeatRaise',
  'labs.ask.stopCalciumVitaminD',
  'labs.ask.againLaterPregnancy',
  'labs.ask.calciumLowering',
  'labs.ask.calciumRepeatStop',
  'labs.ask.moreCalciumTests',
  'labs.ask.albuminLow',
  'labs.ask.shortOfFluidsSample',
  'labs.ask.albuminCorrect',
  'labs.ask.magnesiumLowering',
  'labs.ask.supplementDose',
  'labs.ask.stopMagnesium',
  'labs.ask.kidneyFunction',
  'labs.ask.takeMagnesium',
  'labs.ask.potassiumLow',
  'labs.ask.repeatSample',
  'labs.ask.testAgain',
  'labs.ask.sodiumLow',
  'labs.ask.shortOfFluids',
  'labs.ask.vitaminDDose',
  'labs.ask.checkAgain',
  'labs.ask.lowerVitaminD',
  'labs.ask.keepVitaminD',
  'labs.ask.fasting',
  'labs.ask.glucoseHigh',
  'labs.ask.beforeNextTest',
  'labs.ask.toleranceLater',
  'labs.ask.repeatTest',
  'labs.ask.diabetesTeam',
  'labs.ask.testedLater',
  'labs.ask.iron',
  'labs.ask.working',
  'labs.ask.bloodCount',
  'labs.ask.bloodPressure',
  'labs.ask.epidural',
  'labs.ask.repeatCount',
  'labs.ask.countBeforeBirth',
  'labs.ask.creatinineLow',
  'labs.ask.bloodPressureUrineToday',
  'labs.ask.kidneyRepeat',
  'labs.ask.bloodPressureToday',
  'labs.ask.bloodTests',
  'labs.ask.urineHowOften',
] as const;

let byEnglish: Map<string, string> | undefined;

/** The message id of one of core's English sentences, or undefined when core wrote one we do not know. */
export function labTextId(english: string): string | undefined {
  if (!byEnglish) {
    const en = serverIntl('en', ['labs']);
    byEnglish = new Map(LAB_TEXT_IDS.map((id) => [en.formatMessage({ id }), id]));
  }
  return byEnglish.get(english);
}

/** One of core's sentences in the reader's language (the English, should core ever add one unknown here). */
function text(intl: IntlShape, english: string): string {
  const id = labTextId(english);
  return id === undefined ? english : intl.formatMessage({ id });
}

export function analyteLabel(intl: IntlShape, analyte: Analyte): string {
  return intl.formatMessage({ id: ANALYTE_WORDS[analyte].label });
}

/** The analyte list with its names in the reader's language; ids and units as they are. */
export function analytesIn(catalogue: LabAnalytesResponse, locale: Locale): LabAnalytesResponse {
  if (locale === 'en') return catalogue;
  const intl = serverIntl(locale, ['labs']);
  return {
    ...catalogue,
    analytes: catalogue.analytes.map((a) => ({
      ...a,
      label: intl.formatMessage({ id: ANALYTE_WORDS[a.id].label }),
      plain: intl.formatMessage({ id: ANALYTE_WORDS[a.id].plain }),
    })),
  };
}

/** A figure as core rounded it, in the locale's digits and decimal sign (2,45 in Russian), never grouped. */
const figure = (intl: IntlShape, value: number) =>
  intl.formatNumber(value, { maximumFractionDigits: 3, useGrouping: false });

type AdviceFacts = Pick<LabInterpretResponse, 'analyte' | 'flag' | 'contactToday' | 'corrected'> & {
  range: Pick<LabInterpretResponse['range'], 'source'>;
};

/**
 * Core's advice, sentence by sentence, from the same facts core used: the flag, the range's source and
 * whether to contact the maternity team today. In English it reads exactly as core's (tested).
 */
export function adviceIn(intl: IntlShape, facts: AdviceFacts): string {
  const parts: string[] = [];
  if (facts.corrected)
    parts.push(
      intl.formatMessage(
        { id: 'labs.advice.corrected' },
        { value: figure(intl, facts.corrected.value), unit: labUnitName(intl, facts.corrected.unit) },
      ),
    );
  const label = analyteLabel(intl, facts.analyte);
  parts.push(
    intl.formatMessage(
      { id: 'labs.advice.position' },
      {
        // English puts the name inside the sentence ("Your vitamin D (25-hydroxy) result…"); the other
        // languages have no capitals to lower, or keep the noun's capital as a quoted name.
        label: intl.locale === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label,
        position: facts.flag === 'in-range' ? 'inside' : facts.flag === 'low' ? 'below' : 'above',
        range: facts.range.source,
      },
    ),
  );
  if (facts.contactToday) parts.push(intl.formatMessage({ id: 'labs.advice.urgent' }));
  else if (facts.flag !== 'in-range') parts.push(intl.formatMessage({ id: 'labs.advice.outside' }));
  else parts.push(intl.formatMessage({ id: 'labs.advice.inRange' }));
  parts.push(intl.formatMessage({ id: 'labs.advice.notDiagnosis' }));
  // Chinese and Japanese write sentences without a space between them.
  return parts.join(intl.locale === 'zh-Hans' || intl.locale === 'ja' ? '' : ' ');
}

/** An interpretation with its words in the reader's language; every id, number, unit and flag as core gave. */
export function interpretationIn<T extends LabInterpretResponse>(result: T, locale: Locale): T {
  if (locale === 'en') return result;
  const intl = serverIntl(locale, ['labs']);
  return {
    ...result,
    label: analyteLabel(intl, result.analyte),
    ...(result.corrected === undefined
      ? {}
      : { corrected: { ...result.corrected, formula: intl.formatMessage({ id: 'labs.formula' }) } }),
    range: { ...result.range, note: text(intl, result.range.note) },
    advice: adviceIn(intl, result),
    askMidwife: result.askMidwife.map((q) => text(intl, q)),
    caveats: result.caveats.map((c) => text(intl, c)),
  };
}
