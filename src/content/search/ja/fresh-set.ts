// Held-out questions in Japanese, written before the Japanese synonym table and never tuned against one by one:
// how a pregnant person types at night (hiragana where kanji would be usual, colloquial endings, brand names
// sold in Japan). The same rules as ../fresh-set.ts: `expect` lists the items that answer; `own` marks "is X
// safe?" questions whose own verdict page must come first. Add new questions rather than editing old ones.
import type { FreshCase } from '../fresh-set.js';

const NSAIDS = 'relief.nsaids';
const PARACETAMOL = 'relief.paracetamol';
const CALCIUM = 'treat.calcium-supplement';
const MAGNESIUM = 'treat.magnesium-supplement';
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

export const JA_FRESH_SET: readonly FreshCase[] = [
  // Since the regional remedy items joined (after this set was written), the brand's own page answers as well.
  safe('芍薬甘草湯 妊娠中 飲んでいい？', ['remedy.shakuyaku-kanzo-to', 'remedy.licorice']),
  safe('ツムラ68 妊婦', ['remedy.shakuyaku-kanzo-to', 'remedy.licorice']),
  safe('しゃくやくかんぞうとう 妊娠中', ['remedy.shakuyaku-kanzo-to', 'remedy.licorice']),
  safe('妊娠中 ロキソニン 飲んでもいい', NSAIDS),
  safe('イブプロフェン 妊婦 だめ？', NSAIDS),
  safe('ボルタレン 湿布 妊娠中', NSAIDS),
  safe('妊娠中 カロナール 大丈夫', PARACETAMOL),
  safe('アセトアミノフェン 妊婦 足の痛み', PARACETAMOL),
  safe('カルシウム剤 妊娠中 飲んでいい', CALCIUM, ['nutrient.calcium']),
  safe('マグネシウム サプリ 妊婦', MAGNESIUM, ['nutrient.magnesium']),
  safe('キニーネ こむら返り 妊娠', 'treat.quinine'),
  safe('エプソムソルト 妊娠中 お風呂', 'remedy.epsom-salt'),
  safe('卵の殻 カルシウム 妊婦', 'remedy.eggshell-calcium'),
  safe('妊娠中 鍼 大丈夫？', ['treat.acupuncture', 'acupoint.contraindicated'], ['acupuncture.evidence']),
  safe('三陰交 妊娠中 押していい', ['acupoint.sp6', 'acupoint.contraindicated']),
  safe('ハーブティー 妊娠中 足つり', 'remedy.herbal-general', ['remedy.valerian-nettle-tea']),
  ask('夜中 足がつる 妊娠中', NIGHT_CRAMP, RELIEF_NOW),
  ask('寝てるとき こむらがえり 痛い', NIGHT_CRAMP, RELIEF_NOW),
  ask('ふくらはぎ つった すぐ治す方法', RELIEF_NOW),
  ask('足がつったらストレッチ', 'relief.calf-stretch', 'prevent.calf-stretches'),
  ask('温めるといい？ こむら返り', 'relief.heat', 'relief.warm-bath', 'prevent.warm-bath-or-foot-soak'),
  ask('足湯 寝る前', 'prevent.warm-bath-or-foot-soak', 'relief.warm-bath'),
  ask('片足だけ 腫れて 赤い 熱い', CLOT),
  ask('ふくらはぎ 片方だけ むくみ 痛い', CLOT, 'pattern.one-leg-pain'),
  ask(
    'むくみ 頭痛 目がチカチカ',
    'pattern.swelling-with-headache',
    'redflag.headache-with-swelling',
    'diff.preeclampsia',
    'redflag.preeclampsia-signs',
  ),
  ask('妊娠高血圧腎症 症状', 'diff.preeclampsia', 'redflag.preeclampsia-signs', 'diff.hypertension'),
  ask('息苦しい 胸が痛い', 'redflag.breathless-or-chest-pain'),
  ask('足がしびれる ピリピリ', 'pattern.numbness-or-tingling', 'redflag.numbness-tingling'),
  ask('むずむず脚 夜眠れない', 'diff.restless-legs'),
  ask('下肢静脈瘤 妊娠中', 'diff.varicose-veins', 'cause.varicose-veins', 'risk.varicose-veins'),
  ask('こむら返り カルシウム不足？', 'cause.calcium', 'overview.deficiency-claim', 'nutrient.calcium'),
  ask('マグネシウム不足 足つる', 'cause.magnesium', 'nutrient.magnesium'),
  ask('カルシウム 多い 食べ物', 'nutrient.calcium', 'food.milk', 'food.tofu', 'food.yoghurt', 'food.cheese'),
  ask('バナナ 足つり 予防', 'food.banana', 'cause.potassium', 'nutrient.potassium'),
  ask('水分不足 こむら返り', 'cause.dehydration', 'prevent.hydration'),
  ask('着圧ソックス 妊婦', 'prevent.compression-stockings'),
  ask('左向きで寝る 理由', 'prevent.left-side-sleeping', 'cause.vena-cava-compression'),
  ask('つわり 吐いて 足がつる', 'pattern.early-pregnancy-with-vomiting', 'cause.vomiting-electrolyte-loss'),
  ask('産後 足が痛い', 'redflag.after-the-birth'),
  ask('承山 ツボ', 'acupoint.bl57'),
  ask('足三里 どこ', 'acupoint.st36'),
  ask('妊娠糖尿病 こむら返り', 'cause.gestational-diabetes', 'risk.diabetes', 'test.glucose-tolerance'),
];
