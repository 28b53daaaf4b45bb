// Questions people ask, as they type them (lay words, brand names, typos, Chinese point names, whole
// questions), with the items that answer them. Any expected id in the top three counts as a hit.

export type TuningCase = { query: string; expect: readonly string[] };

export const TUNING_SET: readonly TuningCase[] = [
  // During a cramp
  { query: 'charley horse', expect: ['relief.calf-stretch', 'relief.massage'] },
  { query: 'charly horse in my leg', expect: ['relief.calf-stretch', 'relief.massage'] },
  {
    query: 'cramp in my calff',
    expect: ['relief.calf-stretch', 'pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp'],
  },
  { query: 'how do I stop a leg cramp right now', expect: ['relief.calf-stretch', 'relief.massage'] },
  { query: 'massage my calf', expect: ['relief.massage', 'prevent.self-massage'] },
  { query: 'thigh cramp', expect: ['relief.thigh-stretch'] },
  { query: 'heating pad', expect: ['relief.heat'] },
  { query: 'epsom salt bath', expect: ['remedy.epsom-salt', 'relief.warm-bath'] },
  // Medicines
  { query: 'is it safe to take ibuprofen in the third trimester?', expect: ['relief.nsaids'] },
  { query: 'can I take Advil for leg pain', expect: ['relief.nsaids'] },
  { query: 'nurofen', expect: ['relief.nsaids'] },
  { query: 'Motrin', expect: ['relief.nsaids'] },
  { query: 'ibuprofin', expect: ['relief.nsaids'] },
  { query: 'Tylenol', expect: ['relief.paracetamol'] },
  { query: 'acetaminophen', expect: ['relief.paracetamol'] },
  { query: 'paracetamoll', expect: ['relief.paracetamol'] },
  { query: 'is paracetamol safe when pregnant', expect: ['relief.paracetamol'] },
  { query: 'what painkiller can I take after a cramp', expect: ['relief.paracetamol', 'relief.nsaids'] },
  {
    query: 'what can I take for leg cramps',
    expect: ['relief.calf-stretch', 'relief.massage', 'relief.paracetamol', 'treat.magnesium-supplement'],
  },
  { query: 'tonic water for cramps', expect: ['treat.quinine'] },
  { query: 'quinine', expect: ['treat.quinine'] },
  // Warning signs and what else it could be
  { query: 'blood clot', expect: ['diff.dvt', 'pattern.one-leg-swollen-red-warm', 'redflag.leg-swelling'] },
  { query: 'thrombosis', expect: ['diff.dvt'] },
  {
    query: 'my calf is swollen red and warm',
    expect: [
      'pattern.one-leg-swollen-red-warm',
      'redflag.leg-swelling',
      'redflag.leg-redness',
      'redflag.leg-warmth',
      'diff.dvt',
    ],
  },
  {
    query: 'one leg more swollen than the other',
    expect: ['redflag.leg-swelling', 'pattern.one-leg-swollen-red-warm'],
  },
  {
    query: 'pins and needles in my feet',
    expect: ['redflag.numbness-tingling', 'pattern.numbness-or-tingling'],
  },
  {
    query: 'numb toes',
    expect: ['pattern.numbness-or-tingling', 'redflag.numbness-tingling', 'pattern.cold-pale-toes'],
  },
  { query: 'preeclampsia', expect: ['diff.preeclampsia', 'redflag.preeclampsia-signs'] },
  { query: 'pre-eclampsia symptoms', expect: ['redflag.preeclampsia-signs', 'diff.preeclampsia'] },
  {
    query: 'toxemia',
    expect: ['diff.preeclampsia', 'redflag.preeclampsia-signs', 'risk.oedema-preeclampsia'],
  },
  {
    query: 'headache and swollen face',
    expect: [
      'redflag.headache-with-swelling',
      'pattern.swelling-with-headache',
      'redflag.preeclampsia-signs',
    ],
  },
  { query: 'short of breath and chest pain', expect: ['redflag.breathless-or-chest-pain'] },
  {
    query: "can't pee and my back hurts",
    expect: ['redflag.bladder-or-bowel-changes', 'complication.missed-nerve-compression'],
  },
  { query: 'cold pale toes', expect: ['pattern.cold-pale-toes', 'diff.peripheral-circulation'] },
  {
    query: 'when should I worry about leg pain',
    expect: [
      'redflag.pain-does-not-go-away',
      'redflag.leg-tenderness',
      'redflag.leg-swelling',
      'pattern.one-leg-swollen-red-warm',
    ],
  },
  { query: "cramp won't go away", expect: ['redflag.pain-does-not-go-away'] },
  { query: 'restless legs', expect: ['diff.restless-legs'] },
  { query: 'sciatica pain down my leg', expect: ['diff.lumbar-radiculopathy', 'cause.lumbar-spine'] },
  { query: 'varicose veins', expect: ['diff.varicose-veins', 'cause.varicose-veins', 'risk.varicose-veins'] },
  {
    query: 'gestational diabetes',
    expect: ['cause.gestational-diabetes', 'risk.diabetes', 'test.glucose-tolerance'],
  },
  // What is happening and why
  {
    query: 'why do I get leg cramps at night',
    expect: ['pattern.night-calf-cramp', 'overview.when-they-happen'],
  },
  {
    query: 'what causes leg cramps in pregnancy',
    expect: [
      'cause.uterine-pressure',
      'cause.circulation-changes',
      'cause.calcium',
      'cause.magnesium',
      'overview.deficiency-claim',
    ],
  },
  { query: 'how common are leg cramps when pregnant', expect: ['overview.prevalence'] },
  { query: 'how long does a cramp last', expect: ['overview.what-is-a-leg-cramp'] },
  { query: 'will the cramps go away after birth', expect: ['overview.prognosis'] },
  {
    query: 'sweling in legs',
    expect: ['cause.fluid-retention', 'redflag.leg-swelling', 'pattern.late-pregnancy-with-swelling'],
  },
  {
    query: 'cramps in the first trimester',
    expect: ['overview.when-they-happen', 'risk.later-pregnancy', 'pattern.early-pregnancy-with-vomiting'],
  },
  {
    query: 'vomiting a lot and cramps',
    expect: ['pattern.early-pregnancy-with-vomiting', 'cause.vomiting-electrolyte-loss'],
  },
  { query: 'flat feet', expect: ['cause.flat-feet'] },
  {
    query: "can't sleep because of cramps",
    expect: ['complication.sleep-loss', 'lifestyle.sleep-and-fatigue'],
  },
  { query: 'is my baby ok', expect: ['complication.untreated-deficiency'] },
  // Prevention
  { query: 'compression stockings', expect: ['prevent.compression-stockings'] },
  { query: 'how much water should I drink', expect: ['prevent.hydration', 'cause.dehydration'] },
  { query: 'best sleeping position', expect: ['prevent.left-side-sleeping', 'lifestyle.sleep-and-fatigue'] },
  { query: 'pregnancy yoga', expect: ['prevent.regular-exercise'] },
  { query: 'support belt', expect: ['prevent.support-belt', 'treat.support-devices'] },
  { query: 'what shoes should I wear', expect: ['prevent.supportive-shoes'] },
  { query: 'prenatal vitamins', expect: ['prevent.prenatal-vitamins', 'risk.no-prenatal-vitamins'] },
  // Supplements, nutrients and food
  { query: 'magnesim', expect: ['nutrient.magnesium', 'treat.magnesium-supplement'] },
  { query: 'Mg', expect: ['nutrient.magnesium', 'treat.magnesium-supplement', 'cause.magnesium'] },
  {
    query: 'does magnesium help leg cramps',
    expect: ['treat.magnesium-supplement', 'nutrient.magnesium', 'cause.magnesium'],
  },
  { query: 'calcium tablets', expect: ['treat.calcium-supplement'] },
  { query: 'potasium', expect: ['nutrient.potassium', 'cause.potassium'] },
  {
    query: 'foods high in magnesium',
    expect: ['nutrient.magnesium', 'food.pumpkin-seeds', 'food.almonds', 'food.cashews', 'food.spinach'],
  },
  {
    query: 'what to eat for potassium',
    expect: ['nutrient.potassium', 'food.banana', 'food.avocado', 'food.sweet-potato', 'food.dried-apricots'],
  },
  { query: 'bananas for cramps', expect: ['food.banana'] },
  { query: 'B6', expect: ['nutrient.vitamin-b6', 'treat.vitamin-b'] },
  { query: 'pyridoxine', expect: ['nutrient.vitamin-b6', 'treat.vitamin-b'] },
  { query: 'vitamin D', expect: ['nutrient.vitamin-d', 'treat.vitamin-d'] },
  { query: 'blood test for cramps', expect: ['test.electrolytes'] },
  { query: 'D-dimer', expect: ['test.coagulation'] },
  // Remedies
  { query: 'licorice', expect: ['remedy.licorice'] },
  { query: 'liquorice', expect: ['remedy.licorice'] },
  { query: 'stramonium', expect: ['remedy.stramonium'] },
  { query: 'is datura safe in pregnancy', expect: ['remedy.stramonium'] },
  { query: 'natural remedies for leg cramps', expect: ['remedy.herbal-general'] },
  { query: 'herbal tea for cramps', expect: ['remedy.herbal-general', 'remedy.valerian-nettle-tea'] },
  { query: 'eggshell calcium', expect: ['remedy.eggshell-calcium'] },
  { query: 'homeopathy', expect: ['remedy.homeopathy'] },
  { query: 'valerian tea', expect: ['remedy.valerian-nettle-tea'] },
  { query: 'hawthorn', expect: ['remedy.hawthorn'] },
  // Acupuncture
  { query: 'Zusanli', expect: ['acupoint.st36'] },
  { query: '足三里', expect: ['acupoint.st36'] },
  { query: 'Sanyinjiao', expect: ['acupoint.sp6'] },
  { query: 'is SP6 safe in pregnancy', expect: ['acupoint.sp6'] },
  { query: 'Taichong', expect: ['acupoint.lr3'] },
  { query: 'Hegu point', expect: ['acupoint.contraindicated'] },
  { query: 'acupuncture points to avoid', expect: ['acupoint.contraindicated'] },
  { query: 'does acupuncture work for cramps', expect: ['acupuncture.evidence', 'treat.acupuncture'] },
];
