// Held-out questions in Russian, written before the Russian synonym table and stemmer were tuned and never tuned
// against one by one: how a pregnant person types at night (lower case, "е" for "ё", slips, brand names sold in
// Russia). The same rules as ../fresh-set.ts: `expect` lists the items that answer; `own` marks "is X safe?"
// questions whose own verdict page must come first. Add new questions rather than editing old ones.
import type { FreshCase } from '../fresh-set.js';

const NSAIDS = 'relief.nsaids';
const PARACETAMOL = 'relief.paracetamol';
const CALCIUM = 'treat.calcium-supplement';
const MAGNESIUM = 'treat.magnesium-supplement';
const MAGNE_B6 = 'treat.magne-b6';
const CLOT = ['pattern.one-leg-swollen-red-warm', 'diff.dvt', 'redflag.leg-swelling', 'redflag.leg-warmth'];
const NIGHT_CRAMP = ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp', 'relief.calf-stretch'];
const RELIEF_NOW = ['relief.calf-stretch', 'relief.massage', 'relief.heat', 'relief.walk-it-out'];

const safe = (
  query: string,
  own: string | readonly string[],
  alsoFine: readonly string[] = [],
): FreshCase => {
  const ownIds = typeof own === 'string' ? [own] : own;
  return { query, expect: [...ownIds, ...alsoFine], own: ownIds };
};
const ask = (query: string, ...expect: (string | readonly string[])[]): FreshCase => ({
  query,
  expect: expect.flat(),
});

export const RU_FRESH_SET: readonly FreshCase[] = [
  // Since the regional remedy items joined (after this set was written), the brand's own page answers as well.
  safe('можно ли беременным магне б6', [MAGNE_B6, MAGNESIUM], ['nutrient.magnesium']),
  safe('магнелис при беременности безопасно?', [MAGNE_B6, MAGNESIUM]),
  safe('магний б6 пить беременным от судорог', [MAGNE_B6, MAGNESIUM]),
  safe('кальций д3 никомед беременным можно', CALCIUM),
  safe('можно ли пить кальций при беременности', CALCIUM, ['nutrient.calcium']),
  safe('нурофен беременным можно?', NSAIDS),
  safe('ибупрофен при беременности от боли в ноге', NSAIDS),
  safe('вольтарен мазь беременным', NSAIDS),
  safe('парацетамол беременной можно', PARACETAMOL),
  safe('хинин от судорог беременным', 'treat.quinine'),
  safe('солодка при беременности можно', 'remedy.licorice'),
  safe('английская соль ванна беременным', 'remedy.epsom-salt'),
  safe('яичная скорлупа кальций беременным', 'remedy.eggshell-calcium'),
  safe('гомеопатия от судорог при беременности', 'remedy.homeopathy'),
  safe('дурман растирание ног', 'remedy.stramonium'),
  safe('золотой ус и лопух от судорог', 'remedy.burdock-golden-mustache'),
  safe('настойка аира растирать ноги', 'remedy.calamus-rub'),
  safe(
    'можно ли иглоукалывание беременным',
    ['treat.acupuncture', 'acupoint.contraindicated'],
    ['acupuncture.evidence'],
  ),
  ask('сводит икры по ночам что делать', NIGHT_CRAMP, RELIEF_NOW),
  ask('ночью свело ногу судорога', NIGHT_CRAMP, RELIEF_NOW),
  ask('как быстро снять судорогу в икре', RELIEF_NOW),
  ask('потянуть носок на себя помогает?', 'relief.calf-stretch', 'prevent.calf-stretches'),
  ask('тепло грелка на икру', 'relief.heat', 'relief.warm-bath'),
  ask('одна нога опухла покраснела горячая', CLOT),
  ask('отек одной ноги и боль в икре', CLOT, 'pattern.one-leg-pain'),
  ask(
    'отеки и головная боль мушки перед глазами',
    'pattern.swelling-with-headache',
    'redflag.headache-with-swelling',
    'diff.preeclampsia',
    'redflag.preeclampsia-signs',
  ),
  ask('преэклампсия симптомы', 'diff.preeclampsia', 'redflag.preeclampsia-signs'),
  ask('задыхаюсь и боль в груди', 'redflag.breathless-or-chest-pain'),
  ask('немеют ноги покалывание', 'pattern.numbness-or-tingling', 'redflag.numbness-tingling'),
  ask('синдром беспокойных ног у беременных', 'diff.restless-legs'),
  ask('варикоз и судороги', 'cause.varicose-veins', 'diff.varicose-veins', 'risk.varicose-veins'),
  ask('судороги от нехватки кальция?', 'cause.calcium', 'overview.deficiency-claim', 'nutrient.calcium'),
  ask('не хватает магния судороги', 'cause.magnesium', 'nutrient.magnesium'),
  ask(
    'какие продукты с магнием',
    'nutrient.magnesium',
    'food.buckwheat',
    'food.pumpkin-seeds',
    'food.almonds',
    'food.cashews',
  ),
  ask('гречка от судорог', 'food.buckwheat'),
  ask('творог кальций', 'food.cottage-cheese'),
  ask('курага помогает от судорог?', 'food.dried-apricots', 'remedy.dried-fruit-tea'),
  ask('мало пью воды судороги', 'cause.dehydration', 'prevent.hydration'),
  ask('компрессионные чулки беременным', 'prevent.compression-stockings'),
  ask('спать на левом боку зачем', 'prevent.left-side-sleeping', 'cause.vena-cava-compression'),
  ask(
    'токсикоз рвота и судороги',
    'pattern.early-pregnancy-with-vomiting',
    'cause.vomiting-electrolyte-loss',
  ),
  ask('ноги болят после родов', 'redflag.after-the-birth'),
  ask('анализ на свертываемость', 'test.coagulation'),
  ask(
    'гестационный диабет судороги',
    'cause.gestational-diabetes',
    'risk.diabetes',
    'test.glucose-tolerance',
  ),
];
