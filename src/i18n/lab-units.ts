// A lab unit as a reader of the locale writes it: Russian reports print ммоль/л and г/л, Chinese and
// Japanese ones the Latin symbols. The unit's code (LAB_UNITS) is what the API takes and returns; this is
// only its label. The ids are written out so the catalog check sees each one used.
import type { IntlShape } from 'react-intl';
import type { LabUnit } from '../core/labs/units.js';

const UNIT_IDS: Record<LabUnit, string> = {
  'mmol/L': 'labs.unit.mmolPerL',
  'mg/dL': 'labs.unit.mgPerDl',
  'mEq/L': 'labs.unit.mEqPerL',
  'g/L': 'labs.unit.gPerL',
  'g/dL': 'labs.unit.gPerDl',
  'ng/mL': 'labs.unit.ngPerMl',
  'nmol/L': 'labs.unit.nmolPerL',
  'µmol/L': 'labs.unit.umolPerL',
  '10^9/L': 'labs.unit.e9PerL',
  '10^3/µL': 'labs.unit.e3PerUl',
  'mg/mmol': 'labs.unit.mgPerMmol',
  'mg/g': 'labs.unit.mgPerG',
};

/** The label of a lab unit in the locale (needs the labs area); an unknown code is shown as it is. */
export function labUnitName(intl: IntlShape, unit: string): string {
  const id = (UNIT_IDS as Record<string, string>)[unit];
  return id === undefined ? unit : intl.formatMessage({ id });
}
