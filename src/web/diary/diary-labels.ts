// Words for the diary's closed vocabularies (src/core/insights/vocabulary.ts), as a person says them, in
// the page's language: each value's message id is written out here, so the catalog check finds it.
import type { IntlShape } from 'react-intl';
import type { Muscle, ReliefMethod, Side, Supplement, Swelling } from '../../core/insights/vocabulary';

const MUSCLE_IDS: Record<Muscle, string> = {
  calf: 'diary.muscle.calf',
  thigh: 'diary.muscle.thigh',
  foot: 'diary.muscle.foot',
  toes: 'diary.muscle.toes',
  other: 'diary.muscle.other',
};

const SIDE_IDS: Record<Side, string> = {
  left: 'diary.side.left',
  right: 'diary.side.right',
  both: 'diary.side.both',
};

const RELIEF_IDS: Record<ReliefMethod, string> = {
  'calf-stretch': 'diary.relief.calfStretch',
  'thigh-stretch': 'diary.relief.thighStretch',
  massage: 'diary.relief.massage',
  heat: 'diary.relief.heat',
  walk: 'diary.relief.walk',
  'warm-bath': 'diary.relief.warmBath',
  paracetamol: 'diary.relief.paracetamol',
  other: 'diary.relief.other',
};

const SUPPLEMENT_IDS: Record<Supplement, string> = {
  calcium: 'diary.supplement.calcium',
  magnesium: 'diary.supplement.magnesium',
  multivitamin: 'diary.supplement.multivitamin',
  'vitamin-d': 'diary.supplement.vitaminD',
  other: 'diary.supplement.other',
};

const SWELLING_IDS: Record<Swelling, string> = {
  none: 'diary.swelling.none',
  'both-ankles': 'diary.swelling.bothAnkles',
  'one-leg': 'diary.swelling.oneLeg',
};

export const muscleLabel = (intl: IntlShape, muscle: Muscle) =>
  intl.formatMessage({ id: MUSCLE_IDS[muscle] });
export const sideLabel = (intl: IntlShape, side: Side) => intl.formatMessage({ id: SIDE_IDS[side] });
export const reliefLabel = (intl: IntlShape, method: ReliefMethod) =>
  intl.formatMessage({ id: RELIEF_IDS[method] });
export const supplementLabel = (intl: IntlShape, supplement: Supplement) =>
  intl.formatMessage({ id: SUPPLEMENT_IDS[supplement] });
export const swellingLabel = (intl: IntlShape, swelling: Swelling) =>
  intl.formatMessage({ id: SWELLING_IDS[swelling] });

/** "Left calf", "Calf and foot, both legs", "Calf" (side not known); "Икра, левая нога", "左侧小腿". */
export function whereLabel(intl: IntlShape, muscles: readonly Muscle[], side: Side | null): string {
  const names = muscles.map((m) => muscleLabel(intl, m).toLocaleLowerCase(intl.locale));
  const places =
    names.length <= 1
      ? (names[0] ?? '')
      : intl.formatMessage(
          { id: 'diary.where.list' },
          {
            others: names.slice(0, -1).join(intl.formatMessage({ id: 'diary.where.separator' })),
            last: names.at(-1),
          },
        );
  const text = intl.formatMessage({ id: 'diary.where' }, { side: side ?? 'unknown', places });
  return text.charAt(0).toLocaleUpperCase(intl.locale) + text.slice(1);
}
