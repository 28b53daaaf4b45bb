// Daily targets in pregnancy from the US Dietary Reference Intakes (`nih-ods-dri`), by age band.
// Other bodies differ (the UK sets calcium at 700 mg with no pregnancy increase), so callers say which table this is.

export const AGE_BANDS = ['14-18', '19-30', '31-50'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const TARGET_NUTRIENTS = ['calcium', 'magnesium', 'potassium', 'vitaminB6', 'vitaminD'] as const;
export type TargetNutrient = (typeof TARGET_NUTRIENTS)[number];

export type NutrientTarget = {
  label: string;
  unit: 'mg' | 'µg';
  /** RDA: recommended dietary allowance; AI: adequate intake (no RDA could be set). */
  basis: 'RDA' | 'AI';
  daily: Record<AgeBand, number>;
  /** Tolerable upper intake level; null where none is set. */
  upperLimit: Record<AgeBand, number | null>;
  upperLimitNote?: string;
};

export const TARGETS_TABLE_NAME =
  'US Dietary Reference Intakes for pregnancy (National Academies, via NIH ODS)';

/** The band the % columns use when no age is known. */
export const DEFAULT_AGE_BAND: AgeBand = '19-30';

export const PREGNANCY_TARGETS: Record<TargetNutrient, NutrientTarget> = {
  calcium: {
    label: 'Calcium',
    unit: 'mg',
    basis: 'RDA',
    daily: { '14-18': 1300, '19-30': 1000, '31-50': 1000 },
    upperLimit: { '14-18': 3000, '19-30': 2500, '31-50': 2500 },
  },
  magnesium: {
    label: 'Magnesium',
    unit: 'mg',
    basis: 'RDA',
    daily: { '14-18': 400, '19-30': 350, '31-50': 360 },
    upperLimit: { '14-18': 350, '19-30': 350, '31-50': 350 },
    upperLimitNote: 'The upper limit counts magnesium from supplements and medicines only, not from food.',
  },
  potassium: {
    label: 'Potassium',
    unit: 'mg',
    basis: 'AI',
    daily: { '14-18': 2600, '19-30': 2900, '31-50': 2900 },
    upperLimit: { '14-18': null, '19-30': null, '31-50': null },
  },
  vitaminB6: {
    label: 'Vitamin B6',
    unit: 'mg',
    basis: 'RDA',
    daily: { '14-18': 1.9, '19-30': 1.9, '31-50': 1.9 },
    upperLimit: { '14-18': 80, '19-30': 100, '31-50': 100 },
  },
  vitaminD: {
    label: 'Vitamin D',
    unit: 'µg',
    basis: 'RDA',
    daily: { '14-18': 15, '19-30': 15, '31-50': 15 },
    upperLimit: { '14-18': 100, '19-30': 100, '31-50': 100 },
  },
};

/** Vitamin D labels are often in international units: 1 µg = 40 IU. */
export const IU_PER_MICROGRAM_VITAMIN_D = 40;

/** The DRI band for an age in whole years; null outside 14–50, where the pregnancy tables do not apply. */
export function ageBandFor(age: number): AgeBand | null {
  if (!Number.isFinite(age) || age < 14 || age > 50) return null;
  if (age <= 18) return '14-18';
  if (age <= 30) return '19-30';
  return '31-50';
}

export function dailyTarget(nutrient: TargetNutrient, band: AgeBand = DEFAULT_AGE_BAND): number {
  return PREGNANCY_TARGETS[nutrient].daily[band];
}

export function upperLimit(nutrient: TargetNutrient, band: AgeBand = DEFAULT_AGE_BAND): number | null {
  return PREGNANCY_TARGETS[nutrient].upperLimit[band];
}

/** How much of the day's target an amount gives, as a whole percentage (at least 1 when the amount is not zero). */
export function percentOfTarget(
  amount: number,
  nutrient: TargetNutrient,
  band: AgeBand = DEFAULT_AGE_BAND,
): number {
  if (amount <= 0) return 0;
  return Math.max(1, Math.round((amount / dailyTarget(nutrient, band)) * 100));
}
