// The closed list of results Crampwise explains, with each one's units, molar mass and charge, default
// range, plausible bounds and the limits beyond which we say to contact the maternity team today.
//
// Default ranges are common adult reference intervals unless a source key says otherwise; the lab's own
// range always wins. The "contact today" limits are our own precaution (a value this far out needs a
// clinician to look at it the same day), except where a source is named.
import type { Stage } from '../pregnancy/stage.js';
import { trimesterOfStage } from '../pregnancy/stage.js';
import type { LabUnit } from './units.js';

export const ANALYTES = [
  'calcium-total',
  'calcium-ionised',
  'albumin',
  'magnesium',
  'potassium',
  'sodium',
  'vitamin-d-25oh',
  'glucose-fasting',
  'glucose-ogtt-2h',
  'haemoglobin',
  'platelets',
  'creatinine',
  'urine-pcr',
  'urine-acr',
] as const;
export type Analyte = (typeof ANALYTES)[number];

export type DefaultRange = {
  /** In the analyte's canonical unit; null where only one side is meaningful. */
  low: number | null;
  high: number | null;
  /** Where the range comes from: a pregnancy-specific threshold or a general adult default. */
  kind: 'pregnancy' | 'default';
  note: string;
  sources: string[];
};

export type AnalyteDef = {
  id: Analyte;
  label: string;
  /** The unit ranges and limits below are written in. */
  canonical: LabUnit;
  /** Every unit accepted for it, canonical first; conversions are shown in the others. */
  units: readonly LabUnit[];
  /** Decimals shown per unit. */
  decimals: Partial<Record<LabUnit, number>>;
  /** g/mol, for mass↔mole conversion; charge for mmol↔mEq. */
  molarMass?: number;
  valence?: number;
  /** Values outside are typing errors, not results (canonical unit, inclusive). */
  plausible: { min: number; max: number };
  range: (stage: Stage) => DefaultRange;
  /** Beyond these (canonical unit) we say to contact the maternity team today. */
  contactToday: { below: number | null; above: number | null; sources: string[] };
  /** Pregnancy-specific things to know about this result. */
  caveats: (stage: Stage) => string[];
  ask: { low: string[]; high: string[]; inRange: string[] };
};

const COMMON_DEFAULT =
  'A common adult reference range; labs differ, so the range on your own report comes first.';
const laterPregnancy = (stage: Stage) => (trimesterOfStage(stage) ?? 0) >= 2;

const fixed =
  (low: number | null, high: number | null, note = COMMON_DEFAULT, sources: string[] = []) =>
  (): DefaultRange => ({ low, high, kind: 'default', note, sources });

export const ANALYTE_TABLE: Record<Analyte, AnalyteDef> = {
  'calcium-total': {
    id: 'calcium-total',
    label: 'Calcium (total)',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mg/dL', 'mEq/L'],
    decimals: { 'mmol/L': 2, 'mg/dL': 1, 'mEq/L': 2 },
    molarMass: 40.078,
    valence: 2,
    plausible: { min: 0.5, max: 6 },
    range: fixed(2.2, 2.6),
    contactToday: { below: 1.9, above: 3.0, sources: [] },
    caveats: (stage) =>
      laterPregnancy(stage)
        ? [
            'From the second trimester the blood is more diluted and carries less albumin, so total calcium reads lower. The albumin-corrected or ionised calcium is the figure to go by.',
          ]
        : ['Total calcium moves with albumin, the protein that carries about half of it.'],
    ask: {
      low: [
        'Is this low once corrected for albumin, or checked as ionised calcium?',
        'Should the test be repeated, and should my vitamin D be checked?',
      ],
      high: [
        'Should this be repeated, and what could raise it?',
        'Should I stop any calcium or vitamin D supplement?',
      ],
      inRange: ['Do I need this test again later in pregnancy?'],
    },
  },
  'calcium-ionised': {
    id: 'calcium-ionised',
    label: 'Calcium (ionised)',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mg/dL', 'mEq/L'],
    decimals: { 'mmol/L': 2, 'mg/dL': 1, 'mEq/L': 2 },
    molarMass: 40.078,
    valence: 2,
    plausible: { min: 0.2, max: 4 },
    range: fixed(1.12, 1.32),
    contactToday: { below: 0.9, above: 1.5, sources: [] },
    caveats: () => [
      'Ionised (free) calcium does not fall with albumin in pregnancy, so it reads as it does outside pregnancy.',
    ],
    ask: {
      low: ['What could be lowering my calcium, and should my vitamin D, magnesium or kidneys be checked?'],
      high: ['Should this be repeated, and should I stop any calcium or vitamin D supplement?'],
      inRange: ['Do I need any more calcium tests?'],
    },
  },
  albumin: {
    id: 'albumin',
    label: 'Albumin',
    canonical: 'g/L',
    units: ['g/L', 'g/dL'],
    decimals: { 'g/L': 0, 'g/dL': 1 },
    plausible: { min: 5, max: 80 },
    range: fixed(35, 50),
    contactToday: { below: null, above: null, sources: [] },
    caveats: (stage) =>
      stage.kind === 'pregnant'
        ? [
            'Albumin normally falls in pregnancy as the blood becomes more diluted, so a result a little under the usual range is common.',
          ]
        : [],
    ask: {
      low: ['Is this the usual fall of pregnancy, or should my kidneys or urine protein be checked?'],
      high: ['Could I have been short of fluids when the sample was taken?'],
      inRange: ['Does my calcium result need correcting for my albumin?'],
    },
  },
  magnesium: {
    id: 'magnesium',
    label: 'Magnesium',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mg/dL', 'mEq/L'],
    decimals: { 'mmol/L': 2, 'mg/dL': 1, 'mEq/L': 2 },
    molarMass: 24.305,
    valence: 2,
    plausible: { min: 0.1, max: 6 },
    range: fixed(0.7, 1.0),
    contactToday: { below: 0.4, above: 2.0, sources: [] },
    caveats: () => [
      'Blood magnesium says little about the magnesium stored in the body. Trials of magnesium tablets for pregnancy cramps gave no clear benefit.',
    ],
    ask: {
      low: [
        'What could be lowering it (sickness, diarrhoea, medicines)?',
        'Would a supplement suit me, and at what dose?',
      ],
      high: ['Should I stop any magnesium supplement or antacid?', 'Should my kidney function be checked?'],
      inRange: ['Is there any reason for me to take magnesium?'],
    },
  },
  potassium: {
    id: 'potassium',
    label: 'Potassium',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mEq/L'],
    decimals: { 'mmol/L': 1, 'mEq/L': 1 },
    molarMass: 39.098,
    valence: 1,
    plausible: { min: 1, max: 12 },
    range: fixed(
      3.5,
      5.0,
      'A common adult reference range (many UK labs use 3.5–5.3); your own report comes first.',
    ),
    contactToday: { below: 3.0, above: 6.0, sources: [] },
    caveats: () => [
      'A sample that waited long or was hard to take can read falsely high; labs often repeat a high potassium.',
    ],
    ask: {
      low: ['Could sickness, diarrhoea or a medicine explain this, and should it be repeated?'],
      high: ['Should the sample be repeated?', 'Should my kidney function be checked?'],
      inRange: ['Do I need this test again?'],
    },
  },
  sodium: {
    id: 'sodium',
    label: 'Sodium',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mEq/L'],
    decimals: { 'mmol/L': 0, 'mEq/L': 0 },
    molarMass: 22.99,
    valence: 1,
    plausible: { min: 90, max: 200 },
    range: fixed(135, 145),
    contactToday: { below: 125, above: 155, sources: [] },
    caveats: (stage) =>
      stage.kind === 'pregnant' ? ['Sodium normally runs a few mmol/L lower in pregnancy.'] : [],
    ask: {
      low: ['Could how much I drink, sickness or a medicine explain this?'],
      high: ['Could I have been short of fluids?'],
      inRange: ['Do I need this test again?'],
    },
  },
  'vitamin-d-25oh': {
    id: 'vitamin-d-25oh',
    label: 'Vitamin D (25-hydroxy)',
    canonical: 'nmol/L',
    units: ['nmol/L', 'ng/mL'],
    decimals: { 'nmol/L': 0, 'ng/mL': 1 },
    // 25-hydroxyvitamin D3, C27H44O2.
    molarMass: 400.64,
    plausible: { min: 1, max: 1000 },
    range: fixed(
      50,
      125,
      'At least 50 nmol/L is adequate for nearly everyone; under 30 nmol/L is deficient; over 125 nmol/L may be too much.',
      ['nih-ods-vitamin-d'],
    ),
    contactToday: { below: null, above: null, sources: [] },
    caveats: () => ['In the UK, a daily 10 µg vitamin D supplement is advised for everyone in pregnancy.'],
    ask: {
      low: ['What dose of vitamin D should I take, and for how long?', 'Should it be checked again?'],
      high: ['Should I lower or stop my vitamin D supplement?'],
      inRange: ['Should I keep taking the usual 10 µg a day?'],
    },
  },
  'glucose-fasting': {
    id: 'glucose-fasting',
    label: 'Glucose (fasting)',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mg/dL'],
    decimals: { 'mmol/L': 1, 'mg/dL': 0 },
    molarMass: 180.156,
    plausible: { min: 0.5, max: 60 },
    range: (stage) =>
      stage.kind === 'pregnant'
        ? {
            low: 3.5,
            high: 5.5,
            kind: 'pregnancy',
            note: 'NICE NG3: a fasting glucose of 5.6 mmol/L or more in pregnancy points to gestational diabetes.',
            sources: ['nice-ng3'],
          }
        : { low: 3.5, high: 5.5, kind: 'default', note: COMMON_DEFAULT, sources: [] },
    contactToday: { below: 3.0, above: 11.0, sources: [] },
    caveats: (stage) =>
      stage.kind === 'pregnant' ? ['Pregnancy glucose thresholds are lower than outside pregnancy.'] : [],
    ask: {
      low: ['Was I properly fasting, and should this be repeated?'],
      high: [
        'Does this mean I need the glucose tolerance test or a diabetes appointment?',
        'What changes should I make before the next test?',
      ],
      inRange: ['Do I need a glucose tolerance test later?'],
    },
  },
  'glucose-ogtt-2h': {
    id: 'glucose-ogtt-2h',
    label: 'Glucose (2 hours into a glucose tolerance test)',
    canonical: 'mmol/L',
    units: ['mmol/L', 'mg/dL'],
    decimals: { 'mmol/L': 1, 'mg/dL': 0 },
    molarMass: 180.156,
    plausible: { min: 0.5, max: 60 },
    range: () => ({
      low: 3.5,
      high: 7.7,
      kind: 'pregnancy',
      note: 'NICE NG3: a 2-hour glucose of 7.8 mmol/L or more points to gestational diabetes.',
      sources: ['nice-ng3'],
    }),
    contactToday: { below: 3.0, above: 11.0, sources: [] },
    caveats: () => ['This threshold applies to the 75 g glucose tolerance test done in pregnancy.'],
    ask: {
      low: ['Should the test be repeated?'],
      high: ['When will I see the diabetes team, and how do I check my glucose at home?'],
      inRange: ['Will I be tested again later in pregnancy?'],
    },
  },
  haemoglobin: {
    id: 'haemoglobin',
    label: 'Haemoglobin',
    canonical: 'g/L',
    units: ['g/L', 'g/dL'],
    decimals: { 'g/L': 0, 'g/dL': 1 },
    plausible: { min: 20, max: 250 },
    range: (stage) => {
      if (stage.kind === 'pregnant') {
        const first = trimesterOfStage(stage) === 1;
        return {
          low: first ? 110 : 105,
          high: 150,
          kind: 'pregnancy',
          note: `BSH 2020: anaemia in pregnancy is below ${first ? 110 : 105} g/L in the ${first ? 'first' : 'second and third'} trimester${first ? '' : 's'}.`,
          sources: ['bsh-iron-pregnancy-2020'],
        };
      }
      if (stage.kind === 'postpartum')
        return {
          low: 100,
          high: 150,
          kind: 'pregnancy',
          note: 'BSH 2020: after birth, anaemia is below 100 g/L.',
          sources: ['bsh-iron-pregnancy-2020'],
        };
      return { low: 120, high: 150, kind: 'default', note: COMMON_DEFAULT, sources: [] };
    },
    contactToday: { below: 70, above: 180, sources: [] },
    caveats: (stage) =>
      stage.kind === 'pregnant'
        ? ['Haemoglobin falls in pregnancy because the blood carries more water.']
        : [],
    ask: {
      low: ['Should I take iron, and should my ferritin be checked?', 'How will we know if it is working?'],
      high: ['Could I have been short of fluids when the sample was taken?'],
      inRange: ['When will my blood count be checked again?'],
    },
  },
  platelets: {
    id: 'platelets',
    label: 'Platelets',
    canonical: '10^9/L',
    units: ['10^9/L', '10^3/µL'],
    decimals: { '10^9/L': 0, '10^3/µL': 0 },
    plausible: { min: 1, max: 2500 },
    range: () => ({
      low: 150,
      high: 400,
      kind: 'default',
      note: 'NICE NG133 counts a platelet count under 150 × 10^9/L, with high blood pressure, as a sign of pre-eclampsia.',
      sources: ['nice-ng133'],
    }),
    contactToday: { below: 100, above: 1000, sources: ['nice-ng133'] },
    caveats: (stage) =>
      stage.kind === 'pregnant'
        ? [
            'A mild fall in platelets is common late in pregnancy; with high blood pressure it needs checking.',
          ]
        : [],
    ask: {
      low: ['Does my blood pressure need checking?', 'Does this affect an epidural or birth plans?'],
      high: ['Should the count be repeated?'],
      inRange: ['Do I need another count before the birth?'],
    },
  },
  creatinine: {
    id: 'creatinine',
    label: 'Creatinine',
    canonical: 'µmol/L',
    units: ['µmol/L', 'mg/dL'],
    decimals: { 'µmol/L': 0, 'mg/dL': 2 },
    molarMass: 113.12,
    plausible: { min: 10, max: 3000 },
    range: (stage) =>
      stage.kind === 'unknown'
        ? { low: 45, high: 90, kind: 'default', note: COMMON_DEFAULT, sources: [] }
        : {
            low: null,
            high: 89,
            kind: 'pregnancy',
            note: 'Creatinine falls in pregnancy. NICE NG133 counts 90 µmol/L or more, with high blood pressure, as a sign of pre-eclampsia.',
            sources: ['nice-ng133'],
          },
    contactToday: { below: null, above: 125, sources: [] },
    caveats: (stage) =>
      stage.kind === 'pregnant'
        ? ['Kidneys filter faster in pregnancy, so creatinine is normally lower than outside pregnancy.']
        : [],
    ask: {
      low: ['Is a low creatinine anything to think about in pregnancy?'],
      high: ['Does my blood pressure or urine protein need checking today?'],
      inRange: ['Do my kidney tests need repeating?'],
    },
  },
  'urine-pcr': {
    id: 'urine-pcr',
    label: 'Urine protein:creatinine ratio (PCR)',
    canonical: 'mg/mmol',
    units: ['mg/mmol', 'mg/g'],
    decimals: { 'mg/mmol': 1, 'mg/g': 0 },
    plausible: { min: 0, max: 3000 },
    range: () => ({
      low: null,
      high: 30,
      kind: 'pregnancy',
      note: 'NICE NG133: a PCR above 30 mg/mmol is significant protein in the urine.',
      sources: ['nice-ng133'],
    }),
    contactToday: { below: null, above: 30, sources: ['nice-ng133'] },
    caveats: () => [
      'Protein in the urine with high blood pressure after 20 weeks can be pre-eclampsia, which needs checking the same day.',
    ],
    ask: {
      low: [],
      high: ['When can my blood pressure be checked today?', 'Which blood tests should go with this?'],
      inRange: ['How often will my urine be checked?'],
    },
  },
  'urine-acr': {
    id: 'urine-acr',
    label: 'Urine albumin:creatinine ratio (ACR)',
    canonical: 'mg/mmol',
    units: ['mg/mmol', 'mg/g'],
    decimals: { 'mg/mmol': 1, 'mg/g': 0 },
    plausible: { min: 0, max: 3000 },
    range: () => ({
      low: null,
      high: 8,
      kind: 'pregnancy',
      note: 'NICE NG133: an ACR above 8 mg/mmol is significant protein in the urine.',
      sources: ['nice-ng133'],
    }),
    contactToday: { below: null, above: 8, sources: ['nice-ng133'] },
    caveats: () => [
      'Protein in the urine with high blood pressure after 20 weeks can be pre-eclampsia, which needs checking the same day.',
    ],
    ask: {
      low: [],
      high: ['When can my blood pressure be checked today?', 'Which blood tests should go with this?'],
      inRange: ['How often will my urine be checked?'],
    },
  },
};

export function isAnalyte(name: string): name is Analyte {
  return (ANALYTES as readonly string[]).includes(name);
}
