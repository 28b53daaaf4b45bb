// Held-out questions in Chinese, written before the Chinese synonym table and never tuned against one by one:
// how a pregnant person types at night (colloquial, brand names, homophone slips, no punctuation). The same
// rules as ../fresh-set.ts: `expect` lists the items that answer; `own` marks "is X safe?" questions whose own
// verdict page must come first. Add new questions rather than editing old ones to make them pass.
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

export const ZH_FRESH_SET: readonly FreshCase[] = [
  safe('孕妇可以吃芬必得吗', NSAIDS),
  safe('怀孕了布洛芬能吃吗', NSAIDS),
  safe('孕期能用扶他林吗', NSAIDS),
  safe('怀孕吃泰诺安全吗', PARACETAMOL),
  safe('孕妇能吃对乙酰氨基酚吗 腿疼', PARACETAMOL),
  // Since the regional remedy items joined (after this set was written), the brand's own page answers as well.
  safe('钙尔奇孕妇能吃吗', ['treat.chinese-calcium-tablets', CALCIUM]),
  safe('迪巧钙片怀孕可以吃吗', CALCIUM),
  safe('孕妇补钙吃什么钙片好', CALCIUM, ['nutrient.calcium', 'cause.calcium']),
  safe('镁片孕妇能吃吗', MAGNESIUM, ['nutrient.magnesium']),
  safe('孕期吃奎宁治抽筋可以吗', 'treat.quinine'),
  safe('甘草泡水喝孕妇可以吗', 'remedy.licorice'),
  safe('孕妇能泡泻盐澡吗', 'remedy.epsom-salt'),
  safe('鸡蛋壳磨粉补钙靠谱吗', 'remedy.eggshell-calcium'),
  safe('孕妇可以针灸吗', ['treat.acupuncture', 'acupoint.contraindicated'], ['acupuncture.evidence']),
  safe('三阴交孕妇能按吗', ['acupoint.sp6', 'acupoint.contraindicated']),
  safe('怀孕能吃维生素b吗', 'treat.vitamin-b', ['nutrient.vitamin-b6']),
  ask('半夜小腿抽筋怎么办', NIGHT_CRAMP, RELIEF_NOW),
  ask('晚上睡觉腿抽筋疼醒了', NIGHT_CRAMP),
  ask('腿抽筋了现在怎么缓解', RELIEF_NOW),
  ask('小腿抽筋要拉伸吗 怎么拉', 'relief.calf-stretch', 'prevent.calf-stretches'),
  ask('热敷能缓解抽筋吗', 'relief.heat', 'prevent.warm-bath-or-foot-soak', 'relief.warm-bath'),
  ask('睡前泡脚有用吗', 'prevent.warm-bath-or-foot-soak', 'relief.warm-bath'),
  ask('一条腿又红又肿还发热', CLOT),
  ask('一边小腿肿胀 按着疼', CLOT, 'redflag.leg-tenderness'),
  ask(
    '腿肿还头疼眼花',
    'pattern.swelling-with-headache',
    'redflag.headache-with-swelling',
    'diff.preeclampsia',
    'redflag.preeclampsia-signs',
  ),
  ask('子痫前期有什么症状', 'diff.preeclampsia', 'redflag.preeclampsia-signs', 'risk.oedema-preeclampsia'),
  ask('喘不上气胸口疼', 'redflag.breathless-or-chest-pain'),
  ask(
    '孕晚期脚肿正常吗',
    'pattern.late-pregnancy-with-swelling',
    'cause.fluid-retention',
    'redflag.leg-swelling',
  ),
  ask('腿麻 像针扎一样', 'pattern.numbness-or-tingling', 'redflag.numbness-tingling'),
  ask('晚上腿不舒服老想动', 'diff.restless-legs'),
  ask('静脉曲张会引起抽筋吗', 'cause.varicose-veins', 'diff.varicose-veins', 'risk.varicose-veins'),
  ask('抽筋是缺钙吗', 'cause.calcium', 'overview.deficiency-claim', 'nutrient.calcium'),
  ask('缺镁会抽筋吗', 'cause.magnesium', 'nutrient.magnesium'),
  ask('吃什么食物补钙', 'nutrient.calcium', 'food.milk', 'food.tofu', 'food.yoghurt', 'food.cheese'),
  ask('香蕉能防抽筋吗', 'food.banana', 'cause.potassium', 'nutrient.potassium'),
  ask('豆腐含钙高吗', 'food.tofu'),
  ask('喝水少会不会抽筋', 'cause.dehydration', 'prevent.hydration'),
  ask('左侧睡有什么好处', 'prevent.left-side-sleeping'),
  ask('弹力袜孕妇要穿吗', 'prevent.compression-stockings'),
  ask('承山穴在哪里', 'acupoint.bl57'),
  ask('足三里按摩', 'acupoint.st36'),
  ask('孕期抽筋一般什么时候开始', 'overview.when-they-happen', 'risk.later-pregnancy'),
  ask('生完孩子腿疼还要注意吗', 'redflag.after-the-birth'),
  ask('妊娠糖尿病和抽筋有关系吗', 'cause.gestational-diabetes', 'risk.diabetes', 'test.glucose-tolerance'),
];
