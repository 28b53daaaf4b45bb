// The English words for triage levels and relief methods: the FHIR export's default displays
// (src/core/fhir/words.ts). The report, its pages and the translated exports take the same words,
// in every language, from the `report` catalog (src/server/report/words.ts).
import type { ReliefMethod } from '../insights/vocabulary.js';
import type { TriageLevel } from '../triage/index.js';

export const LEVEL_DISPLAY: Record<TriageLevel, { display: string; definition: string }> = {
  emergency: { display: 'Emergency', definition: 'Call the emergency number now.' },
  urgent: {
    display: 'Urgent',
    definition: 'Contact the maternity unit, midwife or doctor now; be seen today.',
  },
  soon: { display: 'Soon', definition: 'Contact the midwife or doctor within a day or two.' },
  routine: { display: 'Routine', definition: 'Mention it at the next prenatal appointment.' },
  'self-care': { display: 'Self-care', definition: 'Can be looked after at home.' },
};

export const RELIEF_DISPLAY: Record<ReliefMethod, string> = {
  'calf-stretch': 'Calf stretch',
  'thigh-stretch': 'Thigh stretch',
  massage: 'Massage',
  heat: 'Heat',
  walk: 'Walking it out',
  'warm-bath': 'Warm bath',
  paracetamol: 'Paracetamol',
  other: 'Other',
};
