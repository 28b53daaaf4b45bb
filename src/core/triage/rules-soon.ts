/**
 * "Soon" rules: contact the midwife or doctor within a day or two. Patterns that point to a
 * nerve, circulation, blood-pressure or electrolyte problem worth finding, but not an emergency.
 */

import type { FindingName } from './findings.js';
import type { TriageRule } from './rule.js';

// "Frequent cramps with other discomfort" (cainiu), narrowed after clinical review to what changes
// the picture: a nerve, circulation or pre-eclampsia finding. Mild ankle swelling, varicose veins and
// poor sleep are common with ordinary cramps and stay routine.
const OTHER_DISCOMFORT: readonly FindingName[] = [
  'numbness_tingling',
  'leg_weakness',
  'both_legs_weak',
  'back_pain_radiating',
  'arm_cramps_with_pain',
  'bladder_bowel_changes',
  'toes_cold_pale_episodes',
  'leg_cold_pale_severe_pain',
  'headache',
  'severe_headache',
  'vision_changes',
  'pain_below_ribs',
  'sudden_swelling_face_hands',
];

export const SOON_RULES: readonly TriageRule[] = [
  {
    id: 'numbness-tingling',
    level: 'soon',
    when: { any: ['numbness_tingling'] },
    explanation:
      'Numbness or tingling along with cramps can come from pressure on a nerve or from another condition, ' +
      'so it is worth a check.',
    sources: ['fuji', 'nhs-leg-cramps'],
    selfCare: ['pattern.numbness-or-tingling', 'redflag.numbness-tingling', 'prevent.change-position'],
    watchFor: ['New weakness of the leg or foot → contact your maternity team today.'],
  },
  {
    id: 'numbness-with-swelling',
    level: 'soon',
    when: {
      allOf: [{ all: ['numbness_tingling'] }, { any: ['both_legs_swollen', 'sudden_swelling_face_hands'] }],
    },
    explanation:
      'Numbness together with swelling should be looked into: your midwife or doctor may want to check your ' +
      'blood pressure and how well your kidneys are working.',
    sources: ['ilive', 'nhs-leg-cramps'],
    selfCare: ['pattern.swelling-with-numbness'],
  },
  {
    id: 'numbness-with-diabetes',
    level: 'soon',
    when: { all: ['numbness_tingling', 'diabetes'] },
    explanation:
      'With diabetes, numbness or tingling can come from nerve damage caused by raised blood sugar, which ' +
      'your diabetes or maternity team should know about.',
    sources: ['ilive'],
  },
  {
    id: 'back-pain-radiating',
    level: 'soon',
    when: { any: ['back_pain_radiating'] },
    explanation:
      'Back pain that spreads into the buttock or leg usually means a nerve root is being pressed (sciatica). ' +
      'It is worth a check, and a physiotherapist can often help.',
    sources: ['apa', 'ilive', 'cainiu', 'nhs-sciatica'],
    selfCare: ['prevent.left-side-sleeping', 'prevent.support-belt'],
    watchFor: [
      'Loss of bladder or bowel control, or numbness between the legs → call {number} now.',
      'New weakness of the leg or foot → contact your maternity team today.',
    ],
  },
  {
    id: 'cold-pale-toe-episodes',
    level: 'soon',
    when: { any: ['toes_cold_pale_episodes'] },
    explanation:
      'Toes that turn cold and pale from time to time can point to a problem with the circulation to the ' +
      'feet, which a clinician should look at.',
    sources: ['ilive', 'nice-cks-pad'],
    selfCare: ['pattern.cold-pale-toes'],
    watchFor: [
      'A foot that turns cold, pale or blue and stays that way with severe pain → call {number} now.',
    ],
  },
  {
    id: 'arm-and-leg-cramps-with-pain',
    level: 'soon',
    when: { any: ['arm_cramps_with_pain'] },
    explanation:
      'Cramps with pain in the arms as well as the legs can come from a problem in the spine, which is worth ' +
      'checking.',
    sources: ['ilive'],
    selfCare: ['pattern.arms-and-legs-with-pain'],
  },
  {
    id: 'home-care-not-helping',
    level: 'soon',
    when: { any: ['home_care_not_helping'] },
    explanation:
      'Cramps that stay severe or keep coming back despite stretching, moving about and drinking enough ' +
      'should be checked for another cause.',
    sources: ['apa', 'fuji', 'nhs-leg-cramps'],
    selfCare: ['relief.paracetamol', 'prevent.prenatal-checkups'],
  },
  {
    id: 'frequent-cramps-with-other-discomfort',
    level: 'soon',
    when: { allOf: [{ all: ['frequent_cramps'] }, { any: OTHER_DISCOMFORT }] },
    explanation:
      'Frequent cramps that come with numbness, weakness, cold pale toes, a headache or other signs of a ' +
      'nerve, circulation or blood-pressure problem deserve a check to find what is behind them.',
    sources: ['cainiu'],
  },
  {
    id: 'high-blood-pressure-before-20-weeks',
    level: 'soon',
    when: { allOf: [{ bpAtLeast: { systolic: 140, diastolic: 90 } }, { weekBelow: 20 }] },
    explanation:
      'A reading of 140/90 or more before 20 weeks may be high blood pressure that started before pregnancy; ' +
      'it should be rechecked by your midwife or doctor.',
    sources: ['nice-ng133'],
    watchFor: ['A reading of 160/110 or more → contact your maternity team today.'],
  },
  {
    id: 'high-blood-pressure-later-after-birth',
    level: 'soon',
    when: { allOf: [{ bpAtLeast: { systolic: 140, diastolic: 90 } }, { postpartumAfter: 6 }] },
    explanation:
      'A reading of 140/90 or more more than 6 weeks after the birth is past the usual time for ' +
      'pre-eclampsia, but it should be rechecked by your doctor, as high blood pressure may carry on.',
    sources: ['nice-ng133'],
    watchFor: ['A reading of 160/110 or more → contact your doctor today.'],
  },
  {
    id: 'previous-clot',
    level: 'soon',
    when: { any: ['previous_clot'] },
    explanation:
      'A blood clot before, in you or a parent, brother or sister, raises the chance of a clot now. Your ' +
      'midwife or doctor may offer injections to prevent one, so tell them within a day or two.',
    sources: ['rcog-gtg37a'],
    selfCare: ['risk.clot-risk-factors'],
    watchFor: ['Pain, swelling or tenderness in one leg → contact your maternity team today.'],
  },
  {
    // The table limits this to before 20 weeks; it fires at any week here so that an unknown
    // week can never answer lower than a known one. Later vomiting with cramps is "frequent cramps
    // with other discomfort" anyway, so the level is the same; only the explanation is added.
    id: 'vomiting-with-frequent-cramps',
    level: 'soon',
    when: { all: ['vomiting', 'frequent_cramps'] },
    explanation:
      'Repeated vomiting drains water and salts such as potassium and chloride from the body, which can make ' +
      'cramps more frequent; a blood test may be worthwhile.',
    sources: ['ilive'],
    selfCare: ['prevent.hydration', 'pattern.early-pregnancy-with-vomiting'],
  },
];
