// Lab units as people read them off a report, and conversion between them. UCUM (via @lhncbc/ucum-lhc)
// does the unit algebra; the analyte supplies the molar mass and the charge that mass↔mole and
// mmol↔mEq conversions need.
import ucum from '@lhncbc/ucum-lhc';

export const LAB_UNITS = [
  'mmol/L',
  'mg/dL',
  'mEq/L',
  'g/L',
  'g/dL',
  'ng/mL',
  'nmol/L',
  'µmol/L',
  '10^9/L',
  '10^3/µL',
  'mg/mmol',
  'mg/g',
] as const;
export type LabUnit = (typeof LAB_UNITS)[number];

/** The UCUM code for each unit; ratios to urine creatinine are handled apart (see convert). */
const UCUM_CODE: Record<LabUnit, string> = {
  'mmol/L': 'mmol/L',
  'mg/dL': 'mg/dL',
  'mEq/L': 'meq/L',
  'g/L': 'g/L',
  'g/dL': 'g/dL',
  'ng/mL': 'ng/mL',
  'nmol/L': 'nmol/L',
  'µmol/L': 'umol/L',
  '10^9/L': '10*9/L',
  '10^3/µL': '10*3/uL',
  'mg/mmol': 'mg/mmol',
  'mg/g': 'mg/g',
};

/** Other spellings seen on reports, matched case-insensitively after removing spaces. */
const ALIASES: Record<string, LabUnit> = {
  'meq/l': 'mEq/L',
  'umol/l': 'µmol/L',
  'μmol/l': 'µmol/L', // Greek mu, not the micro sign
  'x10^9/l': '10^9/L',
  '×10^9/l': '10^9/L',
  '10*9/l': '10^9/L',
  '10⁹/l': '10^9/L',
  '×10⁹/l': '10^9/L',
  'g/l(platelets)': '10^9/L',
  'x10^3/µl': '10^3/µL',
  'x10^3/ul': '10^3/µL',
  '10^3/ul': '10^3/µL',
  '10*3/ul': '10^3/µL',
  'k/ul': '10^3/µL',
  'k/µl': '10^3/µL',
};

/** The unit a printed spelling names, or null when it is none we know. */
export function parseLabUnit(text: string): LabUnit | null {
  const key = text.replace(/\s+/g, '').toLowerCase();
  const exact = LAB_UNITS.find((unit) => unit.toLowerCase() === key);
  return exact ?? ALIASES[key] ?? null;
}

export type Substance = { molarMass?: number; valence?: number };

const utils = ucum.UcumLhcUtils.getInstance();

function ucumConvert(from: string, value: number, to: string, substance: Substance): number {
  const result = utils.convertUnitTo(from, value, to, {
    ...(substance.molarMass === undefined ? {} : { molecularWeight: substance.molarMass }),
    ...(substance.valence === undefined ? {} : { charge: substance.valence }),
  });
  if (result.status !== 'succeeded' || result.toVal === null)
    throw new RangeError(`cannot convert ${from} to ${to}: ${result.msg.join(' ')}`);
  return result.toVal;
}

/** Urine ratios are per amount of creatinine (mg/mmol) or per mass of it (mg/g). */
const CREATININE_MOLAR_MASS = 113.12;
const RATIO_UNITS: readonly LabUnit[] = ['mg/mmol', 'mg/g'];

/**
 * Converts a value between two units of one analyte. Throws only on a programming error (a unit
 * pair the analyte table should never allow); callers check units against the analyte first.
 */
export function convert(value: number, from: LabUnit, to: LabUnit, substance: Substance): number {
  if (from === to) return value;
  if (RATIO_UNITS.includes(from) && RATIO_UNITS.includes(to)) {
    // Convert the denominator: grams of creatinine in one mmol.
    const gramsPerMmol = ucumConvert('mmol', 1, 'g', { molarMass: CREATININE_MOLAR_MASS });
    return from === 'mg/mmol' ? value / gramsPerMmol : value * gramsPerMmol;
  }
  return ucumConvert(UCUM_CODE[from], value, UCUM_CODE[to], substance);
}

/** Rounds to a number of decimals without 2.675 → 2.67 style binary surprises. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.abs(value)) * factor) / factor;
}
