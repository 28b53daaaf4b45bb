// Russian questions the Russian tables were tuned against (misses looked at one by one). The held-out measure
// is fresh-set.ts, never tuned against.
import type { FreshCase } from '../fresh-set.js';

export const RU_TUNING_SET: readonly FreshCase[] = [
  {
    query: 'магнерот при беременности',
    expect: ['treat.magnesium-supplement'],
    own: ['treat.magnesium-supplement'],
  },
  {
    query: 'кальцемин беременным можно ли',
    expect: ['treat.calcium-supplement'],
    own: ['treat.calcium-supplement'],
  },
  {
    query: 'панадол от боли в ногах беременной',
    expect: ['relief.paracetamol'],
    own: ['relief.paracetamol'],
  },
  { query: 'аспирин беременным', expect: ['relief.nsaids'], own: ['relief.nsaids'] },
  { query: 'тоник с хинином при беременности', expect: ['treat.quinine'], own: ['treat.quinine'] },
  {
    query: 'судороги в ногах по ночам',
    expect: ['pattern.night-calf-cramp', 'overview.what-is-a-leg-cramp'],
  },
  { query: 'сводит бедро', expect: ['relief.thigh-stretch', 'overview.what-is-a-leg-cramp'] },
  { query: 'тромбоз глубоких вен признаки', expect: ['diff.dvt', 'pattern.one-leg-swollen-red-warm'] },
  {
    query: 'отекают ноги к вечеру',
    expect: ['pattern.after-a-long-day', 'cause.fluid-retention', 'pattern.late-pregnancy-with-swelling'],
  },
  { query: 'точка сань инь цзяо', expect: ['acupoint.sp6'] },
  { query: 'точки запрещенные при беременности', expect: ['acupoint.contraindicated'] },
  { query: 'не высыпаюсь из-за судорог', expect: ['complication.sleep-loss', 'lifestyle.sleep-and-fatigue'] },
  { query: 'миндаль магний', expect: ['food.almonds'] },
  { query: 'чернослив', expect: ['food.prunes'] },
  { query: 'боль в пояснице отдает в ногу', expect: ['diff.lumbar-radiculopathy', 'cause.lumbar-spine'] },
  { query: 'температура после кесарева', expect: ['redflag.sepsis-signs'] },
  { query: 'массаж икр при беременности', expect: ['relief.massage', 'prevent.self-massage'] },
  {
    query: 'витамины для беременных от судорог',
    expect: ['prevent.prenatal-vitamins', 'treat.multivitamin'],
  },
];
