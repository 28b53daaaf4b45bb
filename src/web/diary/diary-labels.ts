// Words for the diary's closed vocabularies (src/core/insights/vocabulary.ts), as a person says them.
import type { Muscle, ReliefMethod, Side, Supplement, Swelling } from '../../core/insights/vocabulary';

export const MUSCLE_LABELS: Record<Muscle, string> = {
  calf: 'Calf',
  thigh: 'Thigh',
  foot: 'Foot',
  toes: 'Toes',
  other: 'Elsewhere',
};

export const SIDE_LABELS: Record<Side, string> = { left: 'Left', right: 'Right', both: 'Both' };

export const RELIEF_LABELS: Record<ReliefMethod, string> = {
  'calf-stretch': 'Calf stretch',
  'thigh-stretch': 'Thigh stretch',
  massage: 'Massage',
  heat: 'Heat',
  walk: 'Walking',
  'warm-bath': 'Warm bath',
  paracetamol: 'Paracetamol',
  other: 'Something else',
};

export const SUPPLEMENT_LABELS: Record<Supplement, string> = {
  calcium: 'Calcium',
  magnesium: 'Magnesium',
  multivitamin: 'Multivitamin',
  'vitamin-d': 'Vitamin D',
  other: 'Other',
};

export const SWELLING_LABELS: Record<Swelling, string> = {
  none: 'No swelling',
  'both-ankles': 'Both ankles',
  'one-leg': 'One leg more than the other',
};

/** "Left calf", "Calf and foot, both legs", "Calf" (side not known). */
export function whereLabel(muscles: readonly Muscle[], side: Side | null): string {
  const names = muscles.map((m) => MUSCLE_LABELS[m].toLowerCase());
  const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const text = side === 'both' ? `${list}, both legs` : side ? `${side} ${list}` : list;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "45 s", "2 min", "1 min 30 s". */
export function durationLabel(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
