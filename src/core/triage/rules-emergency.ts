/**
 * Emergency rules: call the emergency number now. Each is a sign of a condition where minutes
 * matter (pulmonary embolism, eclampsia, a blocked artery, cauda equina, severe pre-eclampsia).
 */

import type { TriageRule } from './rule.js';
import { CLOT_UNSAFE_SELF_CARE, NO_MASSAGE_WARNING } from './self-care.js';

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
        { any: ['severe_headache', 'vision_changes', 'pain_below_ribs'] },
      ],
    },
    explanation:
      'A blood pressure of 160/110 or more together with a severe headache, changes in your sight or pain ' +
      'below the ribs can mean severe pre-eclampsia, which needs emergency care.',
    sources: ['nice-ng133'],
  },
];
