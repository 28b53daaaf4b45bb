/**
 * Emergency rules: call the emergency number now. Each is a sign of a condition where minutes
 * matter (pulmonary embolism, eclampsia, a blocked artery, cauda equina, severe pre-eclampsia).
 */

import type { FindingName } from './findings.js';
import type { TriageRule } from './rule.js';
import { CLOT_UNSAFE_SELF_CARE, NO_MASSAGE_WARNING } from './self-care.js';

/** Signs of a clot in one leg (deep or near the skin). With a racing heart or breathlessness they point to the lungs. */
export const ONE_LEG_CLOT_SIGNS: readonly FindingName[] = [
  'one_leg_swollen',
  'one_leg_pain',
  'leg_tenderness',
  'leg_redness',
  'leg_warmth',
  'pain_persists',
  'trouble_walking',
  'hard_red_vein',
];

export const EMERGENCY_RULES: readonly TriageRule[] = [
  {
    id: 'pulmonary-embolism-signs',
    level: 'emergency',
    when: { any: ['chest_pain', 'sudden_breathlessness', 'coughing_blood', 'fainting'] },
    explanation:
      'Chest pain, sudden breathlessness, coughing up blood or fainting can mean a blood clot has travelled ' +
      'to the lungs (pulmonary embolism). Clots are more likely in pregnancy and this needs treatment at once.',
    sources: ['nhs-dvt', 'rcog-gtg37'],
    avoid: CLOT_UNSAFE_SELF_CARE,
    watchFor: [NO_MASSAGE_WARNING],
  },
  {
    id: 'eclampsia-seizure',
    level: 'emergency',
    when: { any: ['seizure'] },
    explanation:
      'A fit in pregnancy can be eclampsia, a dangerous complication of high blood pressure that needs ' +
      'emergency treatment.',
    sources: ['nice-ng133'],
    watchFor: [
      'If another fit starts, whoever is with you should turn you onto your left side, clear hard objects ' +
        'away and put nothing in your mouth.',
    ],
  },
  {
    id: 'acute-limb-ischaemia',
    level: 'emergency',
    when: { any: ['leg_cold_pale_severe_pain'] },
    explanation:
      'A leg or foot that suddenly turns cold, pale or blue and is very painful may have lost its blood ' +
      'supply, usually because of a clot in an artery. Blood flow has to be restored quickly.',
    sources: ['nice-cks-pad'],
    avoid: CLOT_UNSAFE_SELF_CARE,
    watchFor: [NO_MASSAGE_WARNING],
  },
  {
    id: 'cauda-equina-signs',
    level: 'emergency',
    when: { any: ['bladder_bowel_changes'] },
    explanation:
      'New loss of bladder or bowel control, or numbness between the legs, can mean the nerves at the base ' +
      'of the spine are being squeezed (cauda equina syndrome). Fast treatment protects those nerves.',
    sources: ['ilive', 'nhs-cauda-equina'],
  },
  {
    id: 'severe-hypertension-with-symptoms',
    level: 'emergency',
    when: {
      allOf: [
        { bpAtLeast: { systolic: 160, diastolic: 110 } },
        {
          any: [
            'severe_headache',
            'vision_changes',
            'pain_below_ribs',
            'sudden_breathlessness',
            'breathless_gradual',
          ],
        },
      ],
    },
    explanation:
      'A blood pressure of 160/110 or more together with a severe headache, changes in your sight, pain ' +
      'below the ribs or breathlessness can mean severe pre-eclampsia, which needs emergency care.',
    sources: ['nice-ng133', 'acog-severe-hypertension', 'nhs-preeclampsia'],
  },
  {
    id: 'clot-reaching-the-lungs',
    level: 'emergency',
    when: {
      anyOf: [
        { allOf: [{ any: ['racing_heart', 'breathless_gradual'] }, { any: ONE_LEG_CLOT_SIGNS }] },
        { all: ['racing_heart', 'breathless_gradual'] },
      ],
    },
    explanation:
      'A racing heart or breathlessness that has built up, together with a painful or swollen leg (or with ' +
      'each other), can mean a clot has reached the lungs. This can happen in pregnancy and in the weeks ' +
      'after the birth, and it needs checking at once.',
    sources: ['nhs-pulmonary-embolism', 'rcog-gtg37b'],
    avoid: CLOT_UNSAFE_SELF_CARE,
    watchFor: [NO_MASSAGE_WARNING],
  },
  {
    id: 'both-legs-weak',
    level: 'emergency',
    when: { any: ['both_legs_weak'] },
    explanation:
      'New weakness in both legs can mean the nerves in the lower spine are being squeezed. Fast treatment ' +
      'protects those nerves.',
    sources: ['nhs-cauda-equina'],
  },
  {
    id: 'heavy-bleeding',
    level: 'emergency',
    when: { any: ['heavy_bleeding'] },
    explanation:
      'Heavy bleeding from the vagina, soaking a pad within an hour or with clots, can become dangerous ' +
      'quickly, in pregnancy and after the birth. Lie down while you wait for help.',
    sources: ['rcog-gtg63', 'rcog-gtg52', 'nhs-pregnancy-urgent-help'],
  },
  {
    id: 'constant-abdominal-pain',
    level: 'emergency',
    when: { any: ['constant_abdominal_pain'] },
    explanation:
      'Severe tummy pain that does not come and go, with or without bleeding, can mean the placenta is ' +
      'coming away from the womb or another emergency inside the tummy.',
    sources: ['rcog-gtg63', 'nhs-pregnancy-urgent-help'],
  },
  {
    id: 'sepsis-signs',
    level: 'emergency',
    when: { any: ['sepsis_signs'] },
    explanation:
      'Shivering fits, fast breathing, confusion, blotchy or bluish skin, or feeling very unwell can be ' +
      'sepsis, the body reacting badly to an infection. It needs treatment within the hour, in pregnancy ' +
      'and after the birth.',
    sources: ['nhs-sepsis', 'rcog-gtg64'],
  },
];
