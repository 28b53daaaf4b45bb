// Chinese questions the Chinese tables were tuned against (misses looked at one by one). The held-out measure
// is fresh-set.ts, never tuned against.
import type { FreshCase } from '../fresh-set.js';

export const ZH_TUNING_SET: readonly FreshCase[] = [
  { query: '孕妇能吃布洛芬吗', expect: ['relief.nsaids'], own: ['relief.nsaids'] },
  { query: '美林孕期可以吃吗', expect: ['relief.nsaids'], own: ['relief.nsaids'] },
  { query: '扑热息痛孕妇', expect: ['relief.paracetamol'], own: ['relief.paracetamol'] },
  { query: '孕妇吃镁有用吗', expect: ['treat.magnesium-supplement', 'nutrient.magnesium'] },
  { query: '孕妇能喝汤力水吗', expect: ['treat.quinine'], own: ['treat.quinine'] },
  { query: '孕妇可以按摩小腿吗', expect: ['relief.massage', 'prevent.self-massage'] },
  {
    query: '腿抽筋好疼',
    expect: ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp', 'relief.calf-stretch'],
  },
  {
    query: '腿肚子抽筋',
    expect: ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp', 'relief.calf-stretch'],
  },
  { query: '深静脉血栓症状', expect: ['diff.dvt', 'pattern.one-leg-swollen-red-warm'] },
  {
    query: '腿肿 一按一个坑',
    expect: ['cause.fluid-retention', 'redflag.leg-swelling', 'pattern.late-pregnancy-with-swelling'],
  },
  { query: '孕晚期抽筋特别频繁', expect: ['risk.later-pregnancy', 'overview.when-they-happen'] },
  { query: '阳陵泉', expect: ['acupoint.gb34'] },
  { query: '太冲穴', expect: ['acupoint.lr3'] },
  { query: '孕妇不能按的穴位', expect: ['acupoint.contraindicated'] },
  { query: '抽筋睡不好', expect: ['complication.sleep-loss', 'lifestyle.sleep-and-fatigue'] },
  { query: '杏仁补镁', expect: ['food.almonds'] },
  { query: '酸奶含钙', expect: ['food.yoghurt'] },
  {
    query: '腰疼连着腿麻',
    expect: ['diff.lumbar-radiculopathy', 'cause.lumbar-spine', 'pattern.numbness-or-tingling'],
  },
  { query: '大小便失禁 腿没力气', expect: ['redflag.bladder-or-bowel-changes'] },
  { query: '发烧 伤口红肿', expect: ['redflag.sepsis-signs'] },
];
