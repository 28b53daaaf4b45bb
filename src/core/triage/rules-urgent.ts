/**
 * Urgent rules: be seen today. Clot signs (DVT), nerve and infection signs go to the midwife, doctor
 * or maternity unit (`seen-today`); obstetric signs (pre-eclampsia, blood pressure, bleeding,
 * waters, contractions, movements) go to the maternity unit now (`maternity-unit-now`).
 */

import { PREECLAMPSIA_WINDOW } from './condition.js';
import type { TriageRule } from './rule.js';
import { CLOT_UNSAFE_SELF_CARE, NO_MASSAGE_WARNING } from './self-care.js';

// Shared by every rule that raises the possibility of a deep vein thrombosis.
const CLOT_SUSPECTED = { avoid: CLOT_UNSAFE_SELF_CARE, watchFor: [NO_MASSAGE_WARNING] } as const;

export const URGENT_RULES: readonly TriageRule[] = [
  {
    id: 'dvt-one-leg-swollen',
    level: 'urgent',
    when: { any: ['one_leg_swollen'] },
    explanation:
      'One leg more swollen than the other is a typical sign of a blood clot in a deep vein (DVT). Clots are ' +
      'much more likely in pregnancy, in any trimester, and need a scan the same day.',
    sources: ['webmd', 'fuji', 'nhs-dvt', 'rcog-gtg37'],
    selfCare: ['redflag.leg-swelling', 'pattern.one-leg-swollen-red-warm'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'one-leg-pain',
    level: 'urgent',
    when: { any: ['one_leg_pain'] },
    explanation:
      'Throbbing or cramping pain in one leg only, that is not the usual cramp that comes and goes, is the ' +
      'first sign of a blood clot the NHS lists. It can come before any swelling, and needs a check today.',
    sources: ['nhs-dvt', 'rcog-gtg37b'],
    selfCare: ['pattern.one-leg-pain', 'risk.clot-risk-factors'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'hard-red-vein',
    level: 'urgent',
    when: { any: ['hard_red_vein'] },
    explanation:
      'A vein that is hard, red and sore can hold a clot near the skin (phlebitis). In pregnancy and after ' +
      'the birth it can spread to a deep vein, so it should be looked at today.',
    sources: ['nhs-superficial-thrombophlebitis', 'rcog-gtg37b'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'dvt-leg-tenderness',
    level: 'urgent',
    when: { any: ['leg_tenderness'] },
    explanation:
      'A calf or thigh that is tender to press, or hurts when you pull your foot up, can be a sign of a ' +
      'blood clot rather than a cramp.',
    sources: ['webmd', 'nhs-dvt', 'rcog-gtg37'],
    selfCare: ['redflag.leg-tenderness'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'dvt-leg-redness',
    level: 'urgent',
    when: { any: ['leg_redness'] },
    explanation:
      'A red or discoloured patch on the leg, often behind the knee, can be a sign of a blood clot.',
    sources: ['webmd', 'fuji', 'nhs-dvt', 'rcog-gtg37'],
    selfCare: ['redflag.leg-redness'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'dvt-leg-warmth',
    level: 'urgent',
    when: { any: ['leg_warmth'] },
    explanation: 'A warm or hot area on the leg can be a sign of a blood clot, or of an infection.',
    sources: ['webmd', 'fuji', 'nhs-dvt', 'rcog-gtg37'],
    selfCare: ['redflag.leg-warmth'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'leg-pain-persists',
    level: 'urgent',
    when: { any: ['pain_persists'] },
    explanation:
      'A cramp lets go within minutes. Leg pain that is still there hours later, or keeps getting worse, is ' +
      'not a typical cramp and should be checked for a clot today.',
    sources: ['webmd', 'apa', 'fuji', 'nhs-dvt'],
    selfCare: ['redflag.pain-does-not-go-away'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'trouble-walking',
    level: 'urgent',
    when: { any: ['trouble_walking'] },
    explanation:
      'Struggling to walk or to put weight on the leg is not expected after a cramp and can be a sign of a clot.',
    sources: ['webmd', 'nhs-dvt'],
    selfCare: ['redflag.trouble-walking'],
    ...CLOT_SUSPECTED,
  },
  {
    id: 'cramp-over-10-minutes',
    level: 'urgent',
    when: { any: ['cramp_over_10_min'] },
    explanation:
      'Cramps normally ease within about 10 minutes. For cramps that last longer the NHS suggests a ' +
      'non-urgent visit to a GP. In pregnancy we ask you to be seen today instead, as our own precaution: ' +
      'a clot can feel like a cramp that will not let go, and clots are more likely now.',
    sources: ['nice-cks-leg-cramps', 'nhs-leg-cramps', 'rcog-gtg37b'],
    avoid: CLOT_UNSAFE_SELF_CARE,
    watchFor: [
      NO_MASSAGE_WARNING,
      'If the leg stays hard, swollen or painful after the cramp, say so when you call.',
    ],
  },
  {
    id: 'new-leg-weakness',
    level: 'urgent',
    when: { any: ['leg_weakness'] },
    explanation:
      'New weakness in a leg or foot can mean a nerve is being pressed, for example by a disc in the lower ' +
      'back, and needs checking today.',
    sources: ['nhs-sciatica'],
    watchFor: ['Loss of bladder or bowel control, or numbness between the legs → call {number} now.'],
  },
  {
    id: 'preeclampsia-signs',
    level: 'urgent',
    when: { any: ['severe_headache', 'vision_changes', 'pain_below_ribs', 'sudden_swelling_face_hands'] },
    explanation:
      'A severe headache, changes in your sight, strong pain just below the ribs or sudden swelling of the ' +
      'face, hands or feet are warning signs of pre-eclampsia. Your blood pressure and urine need checking today.',
    sources: ['nice-ng133', 'nhs-preeclampsia'],
    selfCare: ['redflag.preeclampsia-signs', 'redflag.after-the-birth'],
    watchFor: ['Breathing difficulty or confusion with these signs → call {number} now.'],
    obstetric: true,
  },
  {
    id: 'headache-with-swelling',
    level: 'urgent',
    when: {
      allOf: [
        { all: ['headache'] },
        { any: ['both_legs_swollen', 'sudden_swelling_face_hands'] },
        PREECLAMPSIA_WINDOW,
      ],
    },
    explanation:
      'From 20 weeks (or when the week is not known), and in the weeks after the birth, a headache together ' +
      'with swelling can be an early sign of pre-eclampsia, so your blood pressure should be measured today.',
    sources: ['ilive', 'nice-ng133'],
    selfCare: ['redflag.headache-with-swelling', 'pattern.swelling-with-headache'],
    obstetric: true,
  },
  {
    id: 'vomiting-from-20-weeks',
    level: 'urgent',
    when: { allOf: [{ all: ['vomiting'] }, PREECLAMPSIA_WINDOW] },
    explanation:
      'From 20 weeks (or when the week is not known), and up to 6 weeks after the birth, new vomiting is one ' +
      'of the pre-eclampsia signs the NHS says need advice straight away. Your blood pressure and urine ' +
      'should be checked today.',
    sources: ['nhs-preeclampsia', 'nice-ng133'],
    selfCare: ['redflag.preeclampsia-signs', 'prevent.hydration'],
    watchFor: ['A severe headache, changes in sight or pain below the ribs as well → say so when you call.'],
    obstetric: true,
  },
  {
    id: 'cannot-keep-fluids-down',
    level: 'urgent',
    when: { any: ['cannot_keep_fluids'] },
    explanation:
      'Not keeping fluids down for a day or more can dry you out quickly; you may need fluids and ' +
      'anti-sickness treatment today.',
    sources: ['nhs-pregnancy-urgent-help'],
  },
  {
    id: 'reduced-fetal-movement',
    level: 'urgent',
    when: { any: ['reduced_fetal_movement'] },
    explanation:
      'When the baby moves less than usual the maternity unit wants to check on the baby straight away, day ' +
      'or night. Do not wait until tomorrow.',
    sources: ['nhs-baby-movements'],
    watchFor: ['Do not rely on a home heartbeat monitor for reassurance; call the maternity unit instead.'],
    obstetric: true,
  },
  {
    id: 'obstetric-warning-signs',
    level: 'urgent',
    when: { any: ['vaginal_bleeding', 'fluid_leaking', 'regular_contractions'] },
    explanation:
      'Bleeding, leaking fluid or regular painful tightenings in pregnancy need a check by the maternity ' +
      'team now, where the baby can be monitored.',
    sources: ['nhs-pregnancy-urgent-help'],
    watchFor: ['Heavy bleeding, constant tummy pain, or feeling faint or very unwell → call {number} now.'],
    obstetric: true,
  },
  {
    id: 'fever',
    level: 'urgent',
    when: { any: ['fever'] },
    explanation:
      'A temperature of 38°C (100.4°F) or more in pregnancy or after the birth can mean an infection that ' +
      'needs treating today.',
    sources: ['nhs-pregnancy-urgent-help', 'rcog-gtg64'],
    selfCare: ['redflag.sepsis-signs'],
    watchFor: [
      'Shivering fits, fast breathing, confusion, blotchy or bluish skin, or feeling very unwell → call {number} now.',
    ],
  },
  {
    id: 'racing-heart',
    level: 'urgent',
    when: { any: ['racing_heart'] },
    explanation:
      'A heart that races or pounds while you rest is worth a check today: it can come from anaemia, an ' +
      'infection, the thyroid or, more rarely, a clot in the lungs.',
    sources: ['nhs-pulmonary-embolism', 'rcog-gtg37b'],
    ...CLOT_SUSPECTED,
    watchFor: [
      NO_MASSAGE_WARNING,
      'Breathlessness, chest pain, or a painful or swollen leg as well → call {number} now.',
    ],
  },
  {
    id: 'breathless-gradual',
    level: 'urgent',
    when: { any: ['breathless_gradual'] },
    explanation:
      'Some breathlessness is normal late in pregnancy, but breathlessness that keeps building over hours or ' +
      'days needs a check today, because a clot in the lungs can start this way.',
    sources: ['nhs-pulmonary-embolism', 'rcog-gtg37b'],
    ...CLOT_SUSPECTED,
    watchFor: [
      NO_MASSAGE_WARNING,
      'Chest pain, coughing up blood, a racing heart, or a painful or swollen leg as well → call {number} now.',
    ],
  },
  {
    id: 'high-blood-pressure-from-20-weeks',
    level: 'urgent',
    when: { allOf: [{ bpAtLeast: { systolic: 140, diastolic: 90 } }, PREECLAMPSIA_WINDOW] },
    explanation:
      'A reading of 140/90 or more from 20 weeks of pregnancy (or when the week is not known), or in the ' +
      '6 weeks after the birth, needs a same-day check for pre-eclampsia.',
    sources: ['nice-ng133', 'nhs-preeclampsia'],
    obstetric: true,
    watchFor: [
      'A reading of 160/110 or more with a severe headache, changes in sight or pain below the ribs → call {number} now.',
    ],
  },
  {
    id: 'severe-blood-pressure',
    level: 'urgent',
    when: { bpAtLeast: { systolic: 160, diastolic: 110 } },
    explanation:
      'A reading of 160/110 or more is severely high blood pressure. In pregnancy and after the birth it ' +
      'needs treatment within the hour, so go to the maternity unit now rather than waiting for an appointment.',
    sources: ['nice-ng133', 'acog-severe-hypertension'],
    watchFor: [
      'Sit quietly and measure once more after 15 minutes, but set off or call the maternity unit whatever it shows.',
      'If you cannot get to the maternity unit, call {number}.',
      'A severe headache, changes in sight, pain below the ribs or breathlessness with this reading → call {number} now.',
    ],
    obstetric: true,
  },
];
