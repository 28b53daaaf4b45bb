/**
 * Urgent rules: contact the maternity unit, midwife or doctor now and be seen today. Clot signs
 * (DVT), pre-eclampsia signs, obstetric warning signs and raised blood pressure from 20 weeks.
 */

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
      'Cramps normally ease within about 10 minutes. One that lasts longer should be looked at the same day ' +
      'in case something other than a cramp is behind it.',
    sources: ['nice-cks-leg-cramps', 'nhs-leg-cramps'],
    watchFor: ['If the leg stays hard, swollen or painful after the cramp, say so when you call.'],
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
    sources: ['nice-ng133'],
    selfCare: ['redflag.preeclampsia-signs'],
    watchFor: ['Breathing difficulty or confusion with these signs → call {number} now.'],
  },
  {
    id: 'headache-with-swelling',
    level: 'urgent',
    when: { allOf: [{ all: ['headache'] }, { any: ['both_legs_swollen', 'sudden_swelling_face_hands'] }] },
    explanation:
      'A headache together with swelling can be an early sign of pre-eclampsia, so your blood pressure ' +
      'should be measured today.',
    sources: ['ilive', 'nice-ng133'],
    selfCare: ['redflag.headache-with-swelling', 'pattern.swelling-with-headache'],
  },
  {
    id: 'vomiting-with-preeclampsia-signs',
    level: 'urgent',
    when: {
      allOf: [
        { all: ['vomiting'] },
        { weekAtLeast: 20 },
        {
          any: [
            'headache',
            'severe_headache',
            'vision_changes',
            'pain_below_ribs',
            'both_legs_swollen',
            'sudden_swelling_face_hands',
          ],
        },
      ],
    },
    explanation:
      'From 20 weeks, being sick together with a headache, changes in sight, pain under the ribs or swelling ' +
      'can be part of pre-eclampsia.',
    sources: ['nice-ng133'],
    selfCare: ['redflag.preeclampsia-signs'],
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
  },
  {
    id: 'obstetric-warning-signs',
    level: 'urgent',
    when: { any: ['vaginal_bleeding', 'fluid_leaking', 'regular_contractions', 'fever'] },
    explanation:
      'Bleeding, leaking fluid, regular painful tightenings or a fever in pregnancy need a same-day check by ' +
      'the maternity team.',
    sources: ['nhs-pregnancy-urgent-help'],
    watchFor: ['Heavy bleeding, or feeling faint or very unwell → call {number} now.'],
  },
  {
    id: 'high-blood-pressure-from-20-weeks',
    level: 'urgent',
    when: { allOf: [{ bpAtLeast: { systolic: 140, diastolic: 90 } }, { weekAtLeast: 20 }] },
    explanation:
      'A reading of 140/90 or more from 20 weeks of pregnancy (or when the week is not known) needs a ' +
      'same-day check for pre-eclampsia.',
    sources: ['nice-ng133'],
    watchFor: [
      'A reading of 160/110 or more with a severe headache, changes in sight or pain below the ribs → call {number} now.',
    ],
  },
  {
    id: 'severe-blood-pressure',
    level: 'urgent',
    when: { bpAtLeast: { systolic: 160, diastolic: 110 } },
    explanation:
      'A reading of 160/110 or more is severely high blood pressure at any stage of pregnancy and needs ' +
      'treatment today.',
    sources: ['nice-ng133'],
    watchFor: [
      'A severe headache, changes in sight or pain below the ribs with this reading → call {number} now.',
    ],
  },
];
