/**
 * The closed vocabulary of triage findings (listed in docs/triage.md, written from this file). The API accepts exactly
 * these names, so a misspelt red flag is refused rather than silently ignored.
 */

export type FindingGroup = 'emergency' | 'leg' | 'pregnancy' | 'pattern' | 'context';

export interface Finding {
  readonly name: string;
  readonly group: FindingGroup;
  /** A yes/no question in plain words. */
  readonly question: string;
  /** One sentence on why the answer matters, for a worried person at night. */
  readonly why: string;
  /** Only possible with the baby still inside: refused after the birth, and not asked then. */
  readonly needsBaby?: true;
  /** Not asked after the birth, where it would mislead (bleeding is expected for weeks after a birth). */
  readonly pregnancyOnly?: true;
}

export const FINDINGS = [
  // Emergency screen
  {
    name: 'chest_pain',
    group: 'emergency',
    question: 'Do you have pain in your chest, especially when you breathe in?',
    why: 'Chest pain can mean a clot has travelled to the lungs, which needs an ambulance.',
  },
  {
    name: 'sudden_breathlessness',
    group: 'emergency',
    question: 'Have you suddenly become short of breath?',
    why: 'Sudden breathlessness can mean a clot in the lungs, which needs an ambulance.',
  },
  {
    name: 'coughing_blood',
    group: 'emergency',
    question: 'Are you coughing up blood?',
    why: 'Blood when you cough can be a sign of a clot in the lungs.',
  },
  {
    name: 'fainting',
    group: 'emergency',
    question: 'Have you fainted or collapsed?',
    why: 'Fainting with leg pain or breathlessness can mean a clot has reached the lungs.',
  },
  {
    name: 'seizure',
    group: 'emergency',
    question: 'Have you had a fit or seizure?',
    why: 'A fit in pregnancy can be eclampsia, which needs emergency care straight away.',
  },
  {
    name: 'leg_cold_pale_severe_pain',
    group: 'emergency',
    question: 'Has a leg or foot suddenly turned cold, pale or blue, and is it very painful?',
    why: 'A cold, pale, very painful limb can mean its blood supply is blocked.',
  },
  {
    name: 'bladder_bowel_changes',
    group: 'emergency',
    question: 'Have you newly lost control of your bladder or bowels, or gone numb between your legs?',
    why: 'These can mean the nerves at the base of the spine are being squeezed, which needs emergency care without delay.',
  },
  {
    name: 'both_legs_weak',
    group: 'emergency',
    question: 'Have both of your legs suddenly become weak?',
    why: 'New weakness in both legs can mean the nerves in the spine are being squeezed, which needs emergency care.',
  },
  {
    name: 'heavy_bleeding',
    group: 'emergency',
    question: 'Are you bleeding heavily from the vagina (soaking a pad within an hour, or passing clots)?',
    why: 'Heavy bleeding in pregnancy or after the birth can become dangerous within minutes.',
  },
  {
    name: 'constant_abdominal_pain',
    group: 'emergency',
    question: 'Do you have severe tummy pain that does not come and go?',
    why: 'Strong pain in the tummy that stays can mean the placenta is coming away or another emergency.',
  },
  {
    name: 'sepsis_signs',
    group: 'emergency',
    question:
      'Do you have shivering fits, fast breathing, confusion, blotchy or bluish skin, or do you feel very unwell?',
    why: 'These can be signs of sepsis, a severe reaction to an infection that needs treatment within the hour.',
  },
  // Leg
  {
    name: 'one_leg_swollen',
    group: 'leg',
    question: 'Is one leg (calf, ankle or thigh) more swollen than the other?',
    why: 'Swelling on one side only is a typical sign of a blood clot in the leg.',
  },
  {
    name: 'one_leg_pain',
    group: 'leg',
    question:
      'Do you have pain, aching or throbbing in ONE calf or thigh that is not the usual cramp that comes and goes?',
    why: 'Throbbing or cramping pain in one leg only is the first sign of a blood clot the NHS lists.',
  },
  {
    name: 'both_legs_swollen',
    group: 'leg',
    question: 'Are both feet or ankles mildly swollen?',
    why: 'Mild swelling of both legs is common, but later in pregnancy it is worth a blood pressure check.',
  },
  {
    name: 'leg_redness',
    group: 'leg',
    question: 'Is part of your leg red or a different colour than usual?',
    why: 'A red or discoloured patch, often behind the knee, can be a sign of a clot.',
  },
  {
    name: 'leg_warmth',
    group: 'leg',
    question: 'Does an area of your leg feel warm or hot?',
    why: 'A warm patch on the leg can be a sign of a clot or an infection.',
  },
  {
    name: 'leg_tenderness',
    group: 'leg',
    question:
      'Is one calf or thigh tender to touch, or does it hurt when you pull your foot up — and it is not just the easing soreness after a cramp?',
    why: 'Tenderness in one calf or thigh that is not ordinary after-cramp soreness can be a sign of a clot.',
  },
  {
    name: 'pain_persists',
    group: 'leg',
    question: 'Has the leg pain not eased hours after the cramp, or is it getting worse?',
    why: 'A cramp lets go; pain that stays or grows may have another cause, such as a clot.',
  },
  {
    name: 'residual_soreness',
    group: 'leg',
    question: 'Is there only mild soreness after a cramp, and is it easing?',
    why: 'A muscle can stay sore for up to a day after a strong cramp, and that is normal.',
  },
  {
    name: 'cramp_over_10_min',
    group: 'leg',
    question: 'Did a single cramp last more than 10 minutes?',
    why: 'Cramps usually pass within minutes; a very long one should be checked the same day.',
  },
  {
    name: 'trouble_walking',
    group: 'leg',
    question: 'Is it hard to walk or to put weight on the leg?',
    why: 'Not being able to bear weight is unusual after a cramp and can be a sign of a clot.',
  },
  {
    name: 'leg_weakness',
    group: 'leg',
    question: 'Is your leg or foot newly weak?',
    why: 'New weakness can mean a nerve is being pressed and needs checking today.',
  },
  {
    name: 'numbness_tingling',
    group: 'leg',
    question: 'Do you have numbness or tingling in your legs or feet?',
    why: 'Numbness or tingling with cramps can point to pressure on a nerve or another condition worth checking.',
  },
  {
    name: 'back_pain_radiating',
    group: 'leg',
    question: 'Does back pain spread into your buttock or down your leg?',
    why: 'Pain that travels from the back into the leg often comes from a pressed nerve root.',
  },
  {
    name: 'toes_cold_pale_episodes',
    group: 'leg',
    question: 'Do your toes go cold and pale from time to time?',
    why: 'Toes that turn cold and white at times can mean the circulation to the feet needs looking at.',
  },
  {
    name: 'painful_varicose_veins',
    group: 'leg',
    question: 'Do you have painful varicose veins (with no redness or heat)?',
    why: 'Varicose veins can ache and add to cramps; a clinician can advise on support stockings.',
  },
  {
    name: 'hard_red_vein',
    group: 'leg',
    question: 'Is there a vein on your leg that is hard, red and tender?',
    why: 'A hard, red, sore vein can be a clot in a vein near the skin, which sometimes spreads deeper.',
  },
  {
    name: 'arm_cramps_with_pain',
    group: 'leg',
    question: 'Do you also get cramps and pain in your arms?',
    why: 'Cramps with pain in both arms and legs can come from a problem in the spine.',
  },
  // Heart and breathing (not sudden: those are on the emergency screen)
  {
    name: 'racing_heart',
    group: 'pregnancy',
    question: 'Is your heart racing or pounding while you are resting?',
    why: 'A racing heart at rest can be a sign that a clot has reached the lungs, especially with a painful leg.',
  },
  {
    name: 'breathless_gradual',
    group: 'pregnancy',
    question: 'Has shortness of breath built up over hours or days?',
    why: 'Breathlessness that keeps growing needs checking today, and at once if one leg is painful or swollen.',
  },
  // Pregnancy warning signs
  {
    name: 'headache',
    group: 'pregnancy',
    question: 'Do you have a headache?',
    why: 'Most headaches are harmless, but with swelling or later in pregnancy they can be a sign of pre-eclampsia.',
  },
  {
    name: 'severe_headache',
    group: 'pregnancy',
    question: 'Do you have a severe headache that will not go away?',
    why: 'A bad headache that does not ease is a warning sign of pre-eclampsia.',
  },
  {
    name: 'vision_changes',
    group: 'pregnancy',
    question: 'Is your vision blurred, or are you seeing flashing lights or spots?',
    why: 'Changes in your eyesight are a warning sign of pre-eclampsia.',
  },
  {
    name: 'pain_below_ribs',
    group: 'pregnancy',
    question: 'Do you have severe pain just below your ribs?',
    why: 'Strong pain under the ribs can come from the liver in pre-eclampsia.',
  },
  {
    name: 'sudden_swelling_face_hands',
    group: 'pregnancy',
    question: 'Have your face, hands or feet suddenly swollen up?',
    why: 'Swelling that comes on quickly is a warning sign of pre-eclampsia.',
  },
  {
    name: 'vomiting',
    group: 'pregnancy',
    question: 'Are you vomiting?',
    why: 'Vomiting can drain the body of salts early on, and later in pregnancy it can go with pre-eclampsia.',
  },
  {
    name: 'cannot_keep_fluids',
    group: 'pregnancy',
    question: 'Have you been unable to keep fluids down for a day or more?',
    why: 'Not keeping fluids down can dry you out quickly and needs treatment the same day.',
  },
  {
    name: 'reduced_fetal_movement',
    group: 'pregnancy',
    needsBaby: true,
    question: 'Is the baby moving less than usual?',
    why: 'Fewer movements than usual can be a sign the baby needs checking, and should never wait until tomorrow.',
  },
  {
    name: 'vaginal_bleeding',
    group: 'pregnancy',
    pregnancyOnly: true,
    question: 'Do you have any bleeding from the vagina?',
    why: 'Bleeding in pregnancy should always be checked by the maternity team the same day.',
  },
  {
    name: 'fluid_leaking',
    group: 'pregnancy',
    needsBaby: true,
    question: 'Is fluid leaking from your vagina?',
    why: 'Leaking fluid can mean your waters have broken, which the maternity team needs to know about now.',
  },
  {
    name: 'fever',
    group: 'pregnancy',
    question: 'Do you have a fever (a temperature of 38°C / 100.4°F or more)?',
    why: 'A fever in pregnancy can mean an infection that needs treating quickly.',
  },
  {
    name: 'regular_contractions',
    group: 'pregnancy',
    needsBaby: true,
    question: 'Are you having regular, painful tightenings of your bump?',
    why: 'Regular painful tightenings can be the start of labour, early or on time.',
  },
  // Pattern and context
  {
    name: 'frequent_cramps',
    group: 'pattern',
    question: 'Do you get cramps most nights, or several times a week?',
    why: 'Frequent cramps are worth mentioning so your midwife or doctor can look for a cause.',
  },
  {
    name: 'cramps_disturb_sleep',
    group: 'pattern',
    question: 'Do the cramps keep waking you or spoil your sleep?',
    why: 'Lost sleep adds up in pregnancy, and your clinician can help you find ways to prevent the cramps.',
  },
  {
    name: 'home_care_not_helping',
    group: 'pattern',
    question: 'Are the cramps severe or persistent even though you stretch, keep active and drink enough?',
    why: 'Cramps that home care cannot control deserve a check for other causes.',
  },
  {
    name: 'supplement_question',
    group: 'pattern',
    question:
      "Are you thinking about supplements, or worried about a deficiency or a medicine's side effects?",
    why: 'Some supplements and remedies are not safe in pregnancy, so ask before you take anything new.',
  },
  {
    name: 'diabetes',
    group: 'pattern',
    question: 'Do you have diabetes or gestational diabetes?',
    why: 'With diabetes, cramps can point to nerve or salt-balance problems worth mentioning.',
  },
  // Clot risk context: these raise the chance of a clot but never lower an answer.
  {
    name: 'long_journey',
    group: 'context',
    question: 'Have you made a journey of 4 hours or more in the last 4 weeks?',
    why: 'Sitting still for a long journey makes a clot in the leg more likely.',
  },
  {
    name: 'reduced_mobility',
    group: 'context',
    question: 'Have you been on bed rest, or hardly moving, for days?',
    why: 'Blood moves slowly in legs that do not move, so clots are more likely.',
  },
  {
    name: 'recent_surgery',
    group: 'context',
    question: 'Have you had an operation, including a caesarean, in the last 6 weeks?',
    why: 'An operation, and a caesarean in particular, raises the chance of a clot for weeks.',
  },
  {
    name: 'previous_clot',
    group: 'context',
    question: 'Have you had a blood clot before, or has a parent, brother or sister had one?',
    why: 'A clot before, or in close family, can mean you need injections to prevent another one.',
  },
] as const satisfies readonly Finding[];

export type FindingName = (typeof FINDINGS)[number]['name'];

export const FINDING_NAMES: readonly FindingName[] = FINDINGS.map((finding) => finding.name);

const NAME_SET: ReadonlySet<string> = new Set(FINDING_NAMES);

export function isFindingName(value: string): value is FindingName {
  return NAME_SET.has(value);
}

/** The findings of one group, in the order of the project spec (docs/triage.md lists them). */
/**
 * The findings answered yes, in the vocabulary's order: stray keys count for nothing, and the same answers
 * always list alike (stored JSON does not keep key order).
 */
export function findingsAnsweredYes(findings: Readonly<Partial<Record<string, unknown>>>): FindingName[] {
  return FINDING_NAMES.filter((name) => findings[name] === true);
}

export function findingsInGroup(group: FindingGroup): readonly FindingName[] {
  return FINDINGS.filter((finding) => finding.group === group).map((finding) => finding.name);
}

/** Where the person is: still pregnant, or in the weeks after the birth. */
export type Stage = 'pregnant' | 'after-birth';

/** Findings that need the baby inside (movements, waters, contractions): refused after the birth. */
export const BABY_FINDINGS: readonly FindingName[] = FINDINGS.filter(
  (finding: Finding) => finding.needsBaby === true,
).map((finding) => finding.name);

/** Whether the questionnaire should ask this finding at this stage (it hides what does not apply). */
export function findingApplies(name: FindingName, stage: Stage): boolean {
  if (stage === 'pregnant') return true;
  const finding: Finding | undefined = FINDINGS.find((f) => f.name === name);
  return finding !== undefined && finding.needsBaby !== true && finding.pregnancyOnly !== true;
}
