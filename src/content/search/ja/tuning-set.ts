// Japanese questions the Japanese tables were tuned against (misses looked at one by one). The held-out measure
// is fresh-set.ts, never tuned against.
import type { FreshCase } from '../fresh-set.js';

export const JA_TUNING_SET: readonly FreshCase[] = [
  { query: 'バファリン 妊娠中', expect: ['relief.nsaids'], own: ['relief.nsaids'] },
  { query: 'タイレノール 妊婦', expect: ['relief.paracetamol'], own: ['relief.paracetamol'] },
  { query: 'トニックウォーター 妊娠中', expect: ['treat.quinine'], own: ['treat.quinine'] },
  { query: '甘草 妊婦 だめ', expect: ['remedy.licorice'], own: ['remedy.licorice'] },
  { query: 'ホメオパシー こむら返り', expect: ['remedy.homeopathy'], own: ['remedy.homeopathy'] },
  {
    query: '足がつる 夜',
    expect: ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp', 'relief.calf-stretch'],
  },
  { query: '太ももがつった', expect: ['relief.thigh-stretch'] },
  { query: 'エコノミークラス症候群 妊婦', expect: ['diff.dvt', 'risk.clot-risk-factors'] },
  {
    query: '夕方になると足がむくむ',
    expect: ['pattern.after-a-long-day', 'cause.fluid-retention', 'pattern.late-pregnancy-with-swelling'],
  },
  { query: '陽陵泉 ツボ', expect: ['acupoint.gb34'] },
  { query: '妊娠中 押してはいけないツボ', expect: ['acupoint.contraindicated'] },
  { query: 'こむら返りで眠れない', expect: ['complication.sleep-loss', 'lifestyle.sleep-and-fatigue'] },
  { query: 'アーモンド マグネシウム', expect: ['food.almonds'] },
  { query: 'プルーン', expect: ['food.prunes'] },
  {
    query: '腰から足にしびれ',
    expect: ['diff.lumbar-radiculopathy', 'cause.lumbar-spine', 'pattern.numbness-or-tingling'],
  },
  { query: '帝王切開後 熱', expect: ['redflag.sepsis-signs', 'redflag.after-the-birth'] },
  { query: 'ふくらはぎ マッサージ', expect: ['relief.massage', 'prevent.self-massage'] },
  { query: '葉酸サプリ こむら返り', expect: ['prevent.prenatal-vitamins', 'treat.multivitamin'] },
];
