// The questionnaire's words in the page's language, from the `check` catalog. The triage engine keeps
// its findings' English (src/core/triage/findings.ts); here each finding name is given its two message
// ids written out, so the catalog check can find every id in the source.
import type { ReactNode } from 'react';
import type { FindingName } from '../../core/triage/index.js';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import type { StepNumber } from './form.js';

/** Formats one message of the `check` (or `common`) catalog in the page's language. */
export type CheckWords = {
  readonly locale: Locale;
  text(id: string, values?: Record<string, string | number>): string;
  /** A message with tags (`<call>…</call>`), each tag drawn by the function given for it. */
  rich(id: string, values: Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>): ReactNode;
};

const made = new Map<Locale, CheckWords>();

export function checkWords(locale: Locale = DEFAULT_LOCALE): CheckWords {
  let words = made.get(locale);
  if (!words) {
    const intl = serverIntl(locale, ['common', 'check']);
    words = {
      locale,
      text: (id, values) => intl.formatMessage({ id }, values),
      rich: (id, values) => intl.formatMessage({ id }, values as never) as ReactNode,
    };
    made.set(locale, words);
  }
  return words;
}

/** Each finding's question and "why we ask" line. */
export const FINDING_WORDS: Readonly<Record<FindingName, { question: string; why: string }>> = {
  chest_pain: { question: 'check.q.chest_pain', why: 'check.why.chest_pain' },
  sudden_breathlessness: {
    question: 'check.q.sudden_breathlessness',
    why: 'check.why.sudden_breathlessness',
  },
  coughing_blood: { question: 'check.q.coughing_blood', why: 'check.why.coughing_blood' },
  fainting: { question: 'check.q.fainting', why: 'check.why.fainting' },
  seizure: { question: 'check.q.seizure', why: 'check.why.seizure' },
  leg_cold_pale_severe_pain: {
    question: 'check.q.leg_cold_pale_severe_pain',
    why: 'check.why.leg_cold_pale_severe_pain',
  },
  bladder_bowel_changes: {
    question: 'check.q.bladder_bowel_changes',
    why: 'check.why.bladder_bowel_changes',
  },
  both_legs_weak: { question: 'check.q.both_legs_weak', why: 'check.why.both_legs_weak' },
  heavy_bleeding: { question: 'check.q.heavy_bleeding', why: 'check.why.heavy_bleeding' },
  constant_abdominal_pain: {
    question: 'check.q.constant_abdominal_pain',
    why: 'check.why.constant_abdominal_pain',
  },
  sepsis_signs: { question: 'check.q.sepsis_signs', why: 'check.why.sepsis_signs' },
  one_leg_swollen: { question: 'check.q.one_leg_swollen', why: 'check.why.one_leg_swollen' },
  one_leg_pain: { question: 'check.q.one_leg_pain', why: 'check.why.one_leg_pain' },
  both_legs_swollen: { question: 'check.q.both_legs_swollen', why: 'check.why.both_legs_swollen' },
  leg_redness: { question: 'check.q.leg_redness', why: 'check.why.leg_redness' },
  leg_warmth: { question: 'check.q.leg_warmth', why: 'check.why.leg_warmth' },
  leg_tenderness: { question: 'check.q.leg_tenderness', why: 'check.why.leg_tenderness' },
  pain_persists: { question: 'check.q.pain_persists', why: 'check.why.pain_persists' },
  residual_soreness: { question: 'check.q.residual_soreness', why: 'check.why.residual_soreness' },
  cramp_over_10_min: { question: 'check.q.cramp_over_10_min', why: 'check.why.cramp_over_10_min' },
  trouble_walking: { question: 'check.q.trouble_walking', why: 'check.why.trouble_walking' },
  leg_weakness: { question: 'check.q.leg_weakness', why: 'check.why.leg_weakness' },
  numbness_tingling: { question: 'check.q.numbness_tingling', why: 'check.why.numbness_tingling' },
  back_pain_radiating: { question: 'check.q.back_pain_radiating', why: 'check.why.back_pain_radiating' },
  toes_cold_pale_episodes: {
    question: 'check.q.toes_cold_pale_episodes',
    why: 'check.why.toes_cold_pale_episodes',
  },
  painful_varicose_veins: {
    question: 'check.q.painful_varicose_veins',
    why: 'check.why.painful_varicose_veins',
  },
  hard_red_vein: { question: 'check.q.hard_red_vein', why: 'check.why.hard_red_vein' },
  arm_cramps_with_pain: { question: 'check.q.arm_cramps_with_pain', why: 'check.why.arm_cramps_with_pain' },
  racing_heart: { question: 'check.q.racing_heart', why: 'check.why.racing_heart' },
  breathless_gradual: { question: 'check.q.breathless_gradual', why: 'check.why.breathless_gradual' },
  headache: { question: 'check.q.headache', why: 'check.why.headache' },
  severe_headache: { question: 'check.q.severe_headache', why: 'check.why.severe_headache' },
  vision_changes: { question: 'check.q.vision_changes', why: 'check.why.vision_changes' },
  pain_below_ribs: { question: 'check.q.pain_below_ribs', why: 'check.why.pain_below_ribs' },
  sudden_swelling_face_hands: {
    question: 'check.q.sudden_swelling_face_hands',
    why: 'check.why.sudden_swelling_face_hands',
  },
  vomiting: { question: 'check.q.vomiting', why: 'check.why.vomiting' },
  cannot_keep_fluids: { question: 'check.q.cannot_keep_fluids', why: 'check.why.cannot_keep_fluids' },
  reduced_fetal_movement: {
    question: 'check.q.reduced_fetal_movement',
    why: 'check.why.reduced_fetal_movement',
  },
  vaginal_bleeding: { question: 'check.q.vaginal_bleeding', why: 'check.why.vaginal_bleeding' },
  fluid_leaking: { question: 'check.q.fluid_leaking', why: 'check.why.fluid_leaking' },
  fever: { question: 'check.q.fever', why: 'check.why.fever' },
  regular_contractions: { question: 'check.q.regular_contractions', why: 'check.why.regular_contractions' },
  frequent_cramps: { question: 'check.q.frequent_cramps', why: 'check.why.frequent_cramps' },
  cramps_disturb_sleep: { question: 'check.q.cramps_disturb_sleep', why: 'check.why.cramps_disturb_sleep' },
  home_care_not_helping: {
    question: 'check.q.home_care_not_helping',
    why: 'check.why.home_care_not_helping',
  },
  supplement_question: { question: 'check.q.supplement_question', why: 'check.why.supplement_question' },
  diabetes: { question: 'check.q.diabetes', why: 'check.why.diabetes' },
  long_journey: { question: 'check.q.long_journey', why: 'check.why.long_journey' },
  reduced_mobility: { question: 'check.q.reduced_mobility', why: 'check.why.reduced_mobility' },
  recent_surgery: { question: 'check.q.recent_surgery', why: 'check.why.recent_surgery' },
  previous_clot: { question: 'check.q.previous_clot', why: 'check.why.previous_clot' },
};

/** Each step's progress name, heading and lead. */
export const STEP_WORDS: Readonly<Record<StepNumber, { name: string; heading: string; lead: string }>> = {
  1: { name: 'check.step1.name', heading: 'check.step1.heading', lead: 'check.step1.lead' },
  2: { name: 'check.step2.name', heading: 'check.step2.heading', lead: 'check.step2.lead' },
  3: { name: 'check.step3.name', heading: 'check.step3.heading', lead: 'check.step3.lead' },
  4: { name: 'check.step4.name', heading: 'check.step4.heading', lead: 'check.step4.lead' },
  5: { name: 'check.step5.name', heading: 'check.step5.heading', lead: 'check.step5.lead' },
};

/** The steps whose heading and lead say something else after the birth (no pregnancy to warn about). */
export const AFTER_BIRTH_WORDS: Readonly<Partial<Record<StepNumber, { heading: string; lead: string }>>> = {
  3: { heading: 'check.afterBirth.step3.heading', lead: 'check.afterBirth.step3.lead' },
  5: { heading: 'check.afterBirth.step5.heading', lead: 'check.afterBirth.step5.lead' },
};

/** The question a finding answers, in the page's language; a name outside the vocabulary as it is. */
export function questionIn(words: CheckWords, name: string): string {
  const ids = (FINDING_WORDS as Readonly<Record<string, { question: string } | undefined>>)[name];
  return ids ? words.text(ids.question) : name;
}

/** The field labels placed before an engine's field message on the number boxes. */
export const FIELD_LABELS = {
  gestationalWeek: 'check.field.week',
  postpartumWeeks: 'check.field.postpartumWeeks',
  bloodPressure: 'check.field.bloodPressure',
  'bloodPressure.systolic': 'check.field.systolic',
  'bloodPressure.diastolic': 'check.field.diastolic',
} as const;
