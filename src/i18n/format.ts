// Formatting helpers the pages share, so a count or an amount reads the same everywhere in a locale.
// Unit labels come from the messages: Intl.NumberFormat has no milligram or microgram unit.
import type { IntlShape } from 'react-intl';

/** "3 cramps", "3 судороги", "3次抽筋": needs the common area. */
export function formatCramps(intl: IntlShape, count: number): string {
  return intl.formatMessage({ id: 'common.cramps' }, { count });
}

export type MassUnit = 'mg' | 'µg';

/** "300 mg", "1 500 мг", "10 µg": the number formatted per locale, the label from the common area. */
export function formatMass(intl: IntlShape, amount: number, unit: MassUnit): string {
  const id = unit === 'mg' ? 'common.unit.mg' : 'common.unit.microgram';
  return intl.formatMessage({ id }, { amount });
}
