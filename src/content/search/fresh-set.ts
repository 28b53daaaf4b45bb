// A held-out evaluation set for search: messy lay questions written from the item titles and summaries only,
// before the tuning set or the synonym table were read, so it measures how search does on questions it was not
// tuned against. `expect` lists the items that answer the question (a hit is any of them in the top k). A
// question with `own` asks whether a particular medicine or remedy is safe: its own verdict page (one of `own`)
// must be ranked FIRST, before any general page. Do not tune against this set question by question; fix the
// general mechanism instead, and add new questions here rather than editing old ones to make them pass.
// Remedies with no item of their own (vinegar, soap, pickle juice, mustard) expect the general folk-remedy page
// and carry no `own`, since there is no verdict page of their own to put first.

export type FreshCase = {
  query: string;
  expect: readonly string[];
  /** Set on "is X safe?" questions: the item(s) holding X's own verdict; one must be ranked first. */
  own?: readonly string[];
};

const NSAIDS = 'relief.nsaids';
const PARACETAMOL = 'relief.paracetamol';
const QUININE = 'treat.quinine';
const MAGNESIUM = 'treat.magnesium-supplement';
const CALCIUM = 'treat.calcium-supplement';
const HERBAL = 'remedy.herbal-general';
const CLOT = ['pattern.one-leg-swollen-red-warm', 'diff.dvt', 'redflag.leg-swelling', 'redflag.leg-warmth'];
const NIGHT_CRAMP = ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp', 'relief.calf-stretch'];

/** A safety question: X's own verdict page must come first. */
function safe(query: string, own: string | readonly string[], alsoFine: readonly string[] = []): FreshCase {
  const ownIds = typeof own === 'string' ? [own] : own;
  return { query, expect: [...ownIds, ...alsoFine], own: ownIds };
}

function ask(query: string, ...expect: (string | readonly string[])[]): FreshCase {
  return { query, expect: expect.flat() };
}

export const FRESH_SET: readonly FreshCase[] = [
  // Medicine brand names, asked as "is it safe / can I take".
  safe('can i take advil for leg cramps', NSAIDS),
  safe('motrin while pregnant ok?', NSAIDS),
  safe('is aleve safe when pregnant', NSAIDS),
  safe('nurofen 3rd trimester safe', NSAIDS),
  safe('am i allowed aspirin for the pain', NSAIDS),
  safe('voltaren gel on my calf pregnant', NSAIDS),
  safe('ibuprofin safe pregnancy', NSAIDS),
  safe('panadol safe in pregnancy', PARACETAMOL),
  safe('can i take tylenol for a sore calf after a cramp', PARACETAMOL),
  safe('is paracetmol ok pregnat', PARACETAMOL),
  safe('acetaminophen dose pregnant leg pain safe?', PARACETAMOL),
  safe('is tonic water ok for cramps when pregnant', QUININE),
  safe('quinnine tablets safe for pregnant leg cramps', QUININE),
  safe('my nan says drink schweppes tonic, safe?', QUININE),
  safe('are slow-mag tablets ok in pregnancy', MAGNESIUM),
  safe('magnesuim suplement safe pregnacy', MAGNESIUM),
  safe('is magnesium glycinate safe while pregnant', MAGNESIUM),
  safe('can i take caltrate pregnant', CALCIUM),
  safe('are tums safe for cramps in pregnancy', CALCIUM),
  safe('calcuim tablts safe 30 weeks', CALCIUM),
  safe('is berocca ok to take pregnant', 'treat.multivitamin', ['prevent.prenatal-vitamins']),
  safe('vitamin e capsules for cramps safe?', 'treat.vitamin-c-e'),
  safe('b6 tablets safe for leg cramps pregnancy', 'treat.vitamin-b', ['nutrient.vitamin-b6']),
  safe('vit d drops safe when pregnant', 'treat.vitamin-d', ['nutrient.vitamin-d']),

  // Folk remedies and herbs, asked as "is it safe".
  safe('is it safe to wrap burdock leaves on my legs', 'remedy.burdock-golden-mustache'),
  safe('golden mustache tincture safe pregnant', 'remedy.burdock-golden-mustache'),
  safe('ground egg shells with lemon juice for calcium safe?', 'remedy.eggshell-calcium'),
  safe('licorise tea ok in pregnancy', 'remedy.licorice'),
  safe('sweet flag rub on legs safe', 'remedy.calamus-rub'),
  safe('homeopath gave me stramonium drops are they safe', 'remedy.stramonium'),
  safe('jimson weed remedy pregnant', 'remedy.stramonium'),
  safe('hawthorn berry tea for cramps safe?', 'remedy.hawthorn'),
  safe('nettle tea safe pregnancy', 'remedy.valerian-nettle-tea'),
  safe('valerian drops to sleep pregnant ok', 'remedy.valerian-nettle-tea'),
  safe('is epson salt bath ok pregnant', 'remedy.epsom-salt', ['relief.warm-bath']),
  safe('is uzvar ok when pregnant', 'remedy.dried-fruit-tea'),
  safe('homeopathic pills for cramps safe', 'remedy.homeopathy'),
  safe('are chinese herbs safe for leg cramps in pregnancy', HERBAL),

  // Other "is it safe" questions about self-care.
  safe('hot water bottle on my leg while pregnant safe', 'relief.heat'),
  safe('are compression socks safe pregnant', 'prevent.compression-stockings'),
  safe('accupuncture safe pregant', ['treat.acupuncture', 'acupuncture.evidence']),
  safe('is pressing sp6 safe in pregnancy', 'acupoint.sp6'),

  // Folk remedies with no item of their own: the general folk-remedy page.
  ask('grandma says put a bar of soap under the sheets', HERBAL),
  ask('apple cider vinegar rubbed on calves', HERBAL),
  ask('shot of pickle juice for leg cramp', HERBAL),
  ask('teaspoon of yellow mustard stops cramps?', HERBAL),
  ask('natural remedies for leg cramps pregnancy', HERBAL, 'remedy.epsom-salt', 'relief.calf-stretch'),

  // Everyday words for symptoms.
  ask('pins and needles in my feet at night', 'pattern.numbness-or-tingling', 'redflag.numbness-tingling'),
  ask("can't catch my breath and my leg hurts", 'redflag.breathless-or-chest-pain'),
  ask('chest hurts when i breathe in', 'redflag.breathless-or-chest-pain'),
  ask('coughing up blood', 'redflag.breathless-or-chest-pain'),
  ask('support tights for cramps', 'prevent.compression-stockings', 'treat.support-devices'),
  ask('calf hot and swollen', CLOT),
  ask('throbbing pain in one leg only', CLOT, 'redflag.leg-tenderness'),
  ask('my leg is all blotchy and purple', 'redflag.leg-redness'),
  ask('charley horse woke me up at 3am', NIGHT_CRAMP),
  ask('seeing spots and a bad headache', 'redflag.preeclampsia-signs', 'pattern.swelling-with-headache'),
  ask(
    'puffy face and hands',
    'redflag.headache-with-swelling',
    'redflag.preeclampsia-signs',
    'pattern.swelling-with-headache',
  ),
  ask("can't wee and my bum feels numb", 'redflag.bladder-or-bowel-changes'),
  ask('my leg keeps giving way', 'redflag.trouble-walking'),
  ask('creepy crawly urge to move my legs at night', 'diff.restless-legs'),
  ask('toes go white and cold', 'pattern.cold-pale-toes', 'diff.peripheral-circulation'),
  ask(
    'shooting pain from my bum down my leg',
    'diff.lumbar-radiculopathy',
    'cause.lumbar-spine',
    'cause.nerve-pressure',
  ),
  ask("cramp won't go away after 20 minutes", 'redflag.pain-does-not-go-away'),
  ask('cankles at the end of the day', 'pattern.late-pregnancy-with-swelling', 'cause.fluid-retention'),
  ask(
    'throwing up all the time and getting cramps',
    'pattern.early-pregnancy-with-vomiting',
    'cause.vomiting-electrolyte-loss',
  ),
  ask('bump belt', 'prevent.support-belt', 'treat.support-devices'),
  ask('cramp in the front of my thigh', 'relief.thigh-stretch'),

  // Doubled misspellings.
  ask('crmaps preganncy', NIGHT_CRAMP, 'overview.prevalence', 'overview.when-they-happen'),
  ask('compresion stokings', 'prevent.compression-stockings'),
  ask('swolen calff', CLOT),
  ask('restles legz', 'diff.restless-legs'),
  ask('preclampsia simptoms', 'redflag.preeclampsia-signs', 'diff.preeclampsia'),
  ask('sciatca pian', 'diff.lumbar-radiculopathy', 'cause.lumbar-spine'),
  ask('vitamine b6 dosage', 'nutrient.vitamin-b6', 'treat.vitamin-b'),

  // Other night-time questions.
  ask('woke up screaming with a calf cramp what do i do', NIGHT_CRAMP, 'relief.massage'),
  ask('how to stop a cramp fast', 'relief.calf-stretch', 'relief.massage', 'relief.walk-it-out'),
  ask(
    'is it normal to get cramps every night',
    'overview.prevalence',
    'overview.when-they-happen',
    'pattern.night-calf-cramp',
  ),
  ask('will the cramps stop after i give birth', 'overview.prognosis'),
  ask('are the cramps bad for the baby', 'complication.untreated-deficiency', 'overview.prognosis'),
  ask('best way to sleep so i dont get cramps', 'prevent.left-side-sleeping', 'lifestyle.sleep-and-fatigue'),
  ask('how much water should i drink', 'prevent.hydration', 'cause.dehydration'),
  ask('what foods have magnesium', 'prevent.mineral-rich-diet', 'nutrient.magnesium'),
  ask('blood test to check for a clot', 'test.coagulation'),
  ask('sugar drink test', 'test.glucose-tolerance'),
  ask(
    'veins bulging behind my knee ache',
    'diff.varicose-veins',
    'cause.varicose-veins',
    'risk.varicose-veins',
  ),
];
