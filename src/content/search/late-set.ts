// A second held-out set, written after the search mechanisms for the fresh set were built and never tuned
// against: it shows how far those mechanisms carry to questions nobody fitted them to. Measured by
// bench/search.ts only, with no bar, so that it stays honest. Same format as fresh-set.ts. Measured on
// 2026-12-01: before the safety-first work hit@1 70.8%, hit@3 83.3%, safety-first 64.3% (9 of 14); after it,
// 79.2%, 83.3% and 78.6%. One miss here ("numb bum") then led to the lay words for the bottom, so from then on
// (83.3%, 87.5%, 78.6%) this set is no longer wholly untouched.
import type { FreshCase } from './fresh-set.js';

const safe = (query: string, own: string, alsoFine: readonly string[] = []): FreshCase => ({
  query,
  expect: [own, ...alsoFine],
  own: [own],
});
const ask = (query: string, ...expect: string[]): FreshCase => ({ query, expect });

export const LATE_SET: readonly FreshCase[] = [
  safe('can i have a gin and tonic for my cramps', 'treat.quinine'),
  safe('is nurofen plus ok at 25 weeks', 'relief.nsaids'),
  safe('naproxen for leg pain while pregnant?', 'relief.nsaids'),
  safe('is calpol safe for adults pregnant', 'relief.paracetamol'),
  safe('are magnesium bath flakes safe', 'remedy.epsom-salt', [
    'relief.warm-bath',
    'prevent.warm-bath-or-foot-soak',
  ]),
  safe('can i drink liquorice tea', 'remedy.licorice'),
  safe('is valerian root safe to help me sleep', 'remedy.valerian-nettle-tea'),
  safe('can i use a heat pad on my calf', 'relief.heat'),
  safe('is it ok to take pregnacare for cramps', 'prevent.prenatal-vitamins', ['treat.multivitamin']),
  safe('are flight socks safe when pregnant', 'prevent.compression-stockings'),
  safe('is acupressure on the hand safe pregnant', 'acupoint.contraindicated', ['treat.acupuncture']),
  safe('eggshel powder safe?', 'remedy.eggshell-calcium'),
  safe('is vitamin c safe for cramps', 'treat.vitamin-c-e'),
  safe('can i take potassium tablets', 'cause.potassium', [
    'nutrient.potassium',
    'redflag.supplement-questions',
  ]),
  ask('numb bum and leg weakness', 'redflag.bladder-or-bowel-changes', 'redflag.trouble-walking'),
  ask(
    'my calf is red and really hot',
    'redflag.leg-warmth',
    'redflag.leg-redness',
    'pattern.one-leg-swollen-red-warm',
  ),
  ask('out of breath going up stairs and chest pain', 'redflag.breathless-or-chest-pain'),
  ask(
    'blurry vision and swollen face',
    'redflag.preeclampsia-signs',
    'redflag.headache-with-swelling',
    'pattern.swelling-with-headache',
  ),
  ask('legs feel jumpy at night cant keep still', 'diff.restless-legs'),
  ask(
    'cramp in my foot arch',
    'overview.what-is-a-leg-cramp',
    'relief.calf-stretch',
    'pattern.night-calf-cramp',
  ),
  ask('hamstring cramp', 'relief.thigh-stretch'),
  ask('how long will this last', 'overview.what-is-a-leg-cramp', 'overview.prognosis'),
  ask(
    'cramps since 12 weeks',
    'overview.when-they-happen',
    'risk.later-pregnancy',
    'pattern.early-pregnancy-with-vomiting',
  ),
  ask('pillow between my knees', 'prevent.left-side-sleeping'),
];
