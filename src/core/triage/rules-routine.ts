/**
 * Routine and self-care rules: things to mention at the next prenatal appointment, and the
 * reassuring findings that keep an answer at self-care.
 */

import type { TriageRule } from './rule.js';
import { MASSAGE_SELF_CARE } from './self-care.js';

export const ROUTINE_RULES: readonly TriageRule[] = [
  {
    id: 'frequent-cramps',
    level: 'routine',
    when: { any: ['frequent_cramps'] },
    explanation:
      'Frequent cramps are common in pregnancy and usually harmless; mention them so your midwife or doctor ' +
      'can look for anything behind them.',
    sources: ['nhs-leg-cramps'],
    selfCare: [
      'prevent.calf-stretches',
      'prevent.daily-walk',
      'prevent.change-position',
      'prevent.hydration',
      'prevent.warm-bath-or-foot-soak',
      'prevent.left-side-sleeping',
    ],
  },
  {
    id: 'cramps-disturb-sleep',
    level: 'routine',
    when: { any: ['cramps_disturb_sleep'] },
    explanation:
      'Cramps that spoil your sleep are worth mentioning; stretching before bed and a warm bath may help ' +
      'in the meantime.',
    sources: ['nhs-leg-cramps'],
    selfCare: ['prevent.calf-stretches', 'prevent.warm-bath-or-foot-soak', 'lifestyle.sleep-and-fatigue'],
  },
  {
    id: 'supplement-question',
    level: 'routine',
    when: { any: ['supplement_question'] },
    explanation:
      'Some supplements, herbal remedies and medicines are not safe in pregnancy, so check with your ' +
      'midwife, doctor or pharmacist before you start anything new.',
    sources: ['webmd', 'fuji'],
    selfCare: [
      'redflag.supplement-questions',
      'prevent.mineral-rich-diet',
      'treat.magnesium-supplement',
      'treat.calcium-supplement',
    ],
  },
  {
    id: 'painful-varicose-veins',
    level: 'routine',
    when: { any: ['painful_varicose_veins'] },
    explanation:
      'Varicose veins often ache in pregnancy; support stockings and resting with your legs raised can help, ' +
      'and your midwife can advise.',
    sources: ['ilive', 'cainiu'],
    selfCare: ['prevent.compression-stockings', 'prevent.elevate-legs', 'prevent.change-position'],
    // Firm rubbing over swollen veins can injure them; stretching and heat stay available.
    avoid: MASSAGE_SELF_CARE,
    watchFor: [
      'Do not rub hard over the veins themselves.',
      'A vein that turns red, hard, warm or tender → contact your maternity team today.',
    ],
  },
  {
    id: 'both-legs-swollen',
    level: 'routine',
    when: { any: ['both_legs_swollen'] },
    explanation:
      'Mild swelling of both feet or ankles is common in pregnancy; mention it at your next check.',
    sources: ['ilive'],
    selfCare: ['prevent.elevate-legs', 'prevent.left-side-sleeping', 'prevent.change-position'],
    watchFor: [
      'Swelling that comes on suddenly, swelling of one leg more than the other, or swelling with a headache ' +
        '→ contact your maternity unit today.',
    ],
  },
  {
    id: 'headache',
    level: 'routine',
    when: { any: ['headache'] },
    explanation:
      'Most headaches in pregnancy are not serious, but a headache can be an early sign of pre-eclampsia, so ' +
      'mention it and have your blood pressure checked if you can.',
    sources: ['nice-ng133'],
    selfCare: ['prevent.rest', 'prevent.hydration', 'redflag.preeclampsia-signs'],
    watchFor: [
      'The headache becomes severe or will not go away, or comes with blurred vision or flashing lights → ' +
        'contact your maternity unit today.',
    ],
  },
  {
    id: 'vomiting',
    level: 'routine',
    when: { any: ['vomiting'] },
    explanation: 'Being sick is common, especially early in pregnancy; mention it, and sip fluids often.',
    sources: ['ilive'],
    selfCare: ['prevent.hydration'],
    watchFor: [
      'You cannot keep fluids down for a day or more → contact your maternity team today.',
      'From 20 weeks, new vomiting → contact your maternity unit today.',
    ],
  },
  {
    id: 'diabetes-known',
    level: 'routine',
    when: { any: ['diabetes'] },
    explanation:
      'Mention your diabetes with the cramps: with diabetes, cramps can point to nerve damage or to a ' +
      'problem with the salt balance in the blood, which a simple check can find.',
    sources: ['ilive', 'nice-ng3'],
    watchFor: ['Numbness or tingling in your feet → contact your midwife or doctor within a day or two.'],
  },
  {
    id: 'clot-risk-context',
    level: 'routine',
    when: { any: ['long_journey', 'reduced_mobility', 'recent_surgery'] },
    explanation:
      'A long journey, days of bed rest or an operation (including a caesarean) make a clot more likely for ' +
      'a while. On their own they do not mean you have one; mention them, and keep moving when you can.',
    sources: ['rcog-gtg37a'],
    selfCare: ['risk.clot-risk-factors', 'prevent.hydration'],
    watchFor: ['Pain, swelling, redness or tenderness in one leg → contact your maternity team today.'],
  },
];

export const SELF_CARE_RULES: readonly TriageRule[] = [
  {
    id: 'residual-soreness',
    level: 'self-care',
    when: { any: ['residual_soreness'] },
    explanation: 'Some soreness for up to a day after a strong cramp is normal, as long as it keeps easing.',
    sources: ['hse-leg-cramps-pregnancy'],
    selfCare: ['relief.heat', 'relief.massage', 'relief.paracetamol'],
    watchFor: [
      'Soreness that gets worse instead of easing, or lasts more than a day → contact your maternity team today.',
    ],
  },
];
