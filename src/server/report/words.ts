// Our codes (triage levels, relief methods, findings, habits, red flags, supplements) as words in the
// reader's language, from the `report` catalog. Each id is written out, so the catalog check finds it.
import type { IntlShape } from 'react-intl';
import type { FactorKey, ReliefMethod, Supplement } from '../../core/insights/index.js';
import type { ReportRedFlag } from '../../core/report/index.js';
import type { FindingName, TriageLevel } from '../../core/triage/index.js';

const LEVELS: Record<TriageLevel, string> = {
  emergency: 'report.level.emergency',
  urgent: 'report.level.urgent',
  soon: 'report.level.soon',
  routine: 'report.level.routine',
  'self-care': 'report.level.self-care',
};

const LEVEL_DEFINITIONS: Record<TriageLevel, string> = {
  emergency: 'report.levelDefinition.emergency',
  urgent: 'report.levelDefinition.urgent',
  soon: 'report.levelDefinition.soon',
  routine: 'report.levelDefinition.routine',
  'self-care': 'report.levelDefinition.self-care',
};

const RELIEF: Record<ReliefMethod, string> = {
  'calf-stretch': 'report.relief.method.calf-stretch',
  'thigh-stretch': 'report.relief.method.thigh-stretch',
  massage: 'report.relief.method.massage',
  heat: 'report.relief.method.heat',
  walk: 'report.relief.method.walk',
  'warm-bath': 'report.relief.method.warm-bath',
  paracetamol: 'report.relief.method.paracetamol',
  other: 'report.relief.method.other',
};

const HABITS: Record<FactorKey, string> = {
  stretchedBeforeBed: 'report.habit.stretchedBeforeBed',
  warmBath: 'report.habit.warmBath',
  legsElevated: 'report.habit.legsElevated',
  compressionStockings: 'report.habit.compressionStockings',
  sleptOnLeftSide: 'report.habit.sleptOnLeftSide',
  'supplement:calcium': 'report.habit.supplement.calcium',
  'supplement:magnesium': 'report.habit.supplement.magnesium',
  'supplement:multivitamin': 'report.habit.supplement.multivitamin',
  'supplement:vitamin-d': 'report.habit.supplement.vitamin-d',
};

const RED_FLAGS: Record<ReportRedFlag['kind'], string> = {
  'one-leg-swelling': 'report.redFlag.one-leg-swelling',
  'red-warm-or-swollen-leg-in-notes': 'report.redFlag.red-warm-or-swollen-leg-in-notes',
  'triage-finding': 'report.redFlag.triage-finding',
};

const SUPPLEMENTS: Record<Supplement, string> = {
  calcium: 'report.supplement.calcium',
  magnesium: 'report.supplement.magnesium',
  multivitamin: 'report.supplement.multivitamin',
  'vitamin-d': 'report.supplement.vitamin-d',
  other: 'report.supplement.other',
};

/** Short clinical labels of the triage findings (the questions themselves are the check's words). */
const FINDINGS: Record<FindingName, string> = {
  chest_pain: 'report.finding.chest_pain',
  sudden_breathlessness: 'report.finding.sudden_breathlessness',
  coughing_blood: 'report.finding.coughing_blood',
  fainting: 'report.finding.fainting',
  seizure: 'report.finding.seizure',
  leg_cold_pale_severe_pain: 'report.finding.leg_cold_pale_severe_pain',
  bladder_bowel_changes: 'report.finding.bladder_bowel_changes',
  both_legs_weak: 'report.finding.both_legs_weak',
  heavy_bleeding: 'report.finding.heavy_bleeding',
  constant_abdominal_pain: 'report.finding.constant_abdominal_pain',
  sepsis_signs: 'report.finding.sepsis_signs',
  one_leg_swollen: 'report.finding.one_leg_swollen',
  one_leg_pain: 'report.finding.one_leg_pain',
  both_legs_swollen: 'report.finding.both_legs_swollen',
  leg_redness: 'report.finding.leg_redness',
  leg_warmth: 'report.finding.leg_warmth',
  leg_tenderness: 'report.finding.leg_tenderness',
  pain_persists: 'report.finding.pain_persists',
  residual_soreness: 'report.finding.residual_soreness',
  cramp_over_10_min: 'report.finding.cramp_over_10_min',
  trouble_walking: 'report.finding.trouble_walking',
  leg_weakness: 'report.finding.leg_weakness',
  numbness_tingling: 'report.finding.numbness_tingling',
  back_pain_radiating: 'report.finding.back_pain_radiating',
  toes_cold_pale_episodes: 'report.finding.toes_cold_pale_episodes',
  painful_varicose_veins: 'report.finding.painful_varicose_veins',
  hard_red_vein: 'report.finding.hard_red_vein',
  arm_cramps_with_pain: 'report.finding.arm_cramps_with_pain',
  racing_heart: 'report.finding.racing_heart',
  breathless_gradual: 'report.finding.breathless_gradual',
  headache: 'report.finding.headache',
  severe_headache: 'report.finding.severe_headache',
  vision_changes: 'report.finding.vision_changes',
  pain_below_ribs: 'report.finding.pain_below_ribs',
  sudden_swelling_face_hands: 'report.finding.sudden_swelling_face_hands',
  vomiting: 'report.finding.vomiting',
  cannot_keep_fluids: 'report.finding.cannot_keep_fluids',
  reduced_fetal_movement: 'report.finding.reduced_fetal_movement',
  vaginal_bleeding: 'report.finding.vaginal_bleeding',
  fluid_leaking: 'report.finding.fluid_leaking',
  fever: 'report.finding.fever',
  regular_contractions: 'report.finding.regular_contractions',
  frequent_cramps: 'report.finding.frequent_cramps',
  cramps_disturb_sleep: 'report.finding.cramps_disturb_sleep',
  home_care_not_helping: 'report.finding.home_care_not_helping',
  supplement_question: 'report.finding.supplement_question',
  diabetes: 'report.finding.diabetes',
  long_journey: 'report.finding.long_journey',
  reduced_mobility: 'report.finding.reduced_mobility',
  recent_surgery: 'report.finding.recent_surgery',
  previous_clot: 'report.finding.previous_clot',
};

export const triageLevelLabel = (intl: IntlShape, level: TriageLevel) =>
  intl.formatMessage({ id: LEVELS[level] });
export const triageLevelDefinition = (intl: IntlShape, level: TriageLevel) =>
  intl.formatMessage({ id: LEVEL_DEFINITIONS[level] });
export const reliefLabel = (intl: IntlShape, method: ReliefMethod) =>
  intl.formatMessage({ id: RELIEF[method] });
export const habitLabel = (intl: IntlShape, factor: FactorKey) => intl.formatMessage({ id: HABITS[factor] });
export const redFlagLabel = (intl: IntlShape, kind: ReportRedFlag['kind']) =>
  intl.formatMessage({ id: RED_FLAGS[kind] });
export const supplementLabel = (intl: IntlShape, supplement: Supplement) =>
  intl.formatMessage({ id: SUPPLEMENTS[supplement] });
export const findingLabel = (intl: IntlShape, finding: FindingName) =>
  intl.formatMessage({ id: FINDINGS[finding] });
