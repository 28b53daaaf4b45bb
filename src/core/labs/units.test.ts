import { describe, expect, it } from 'vitest';
import { ANALYTE_TABLE } from './analytes.js';
import { convert, parseLabUnit, roundTo } from './units.js';

// Factors computed by hand from standard atomic / molar masses (g/mol):
// Ca 40.078, Mg 24.305, K 39.098, Na 22.990, glucose C6H12O6 180.156, creatinine C4H7N3O 113.12,
// 25-hydroxyvitamin D3 C27H44O2 400.64. mg/dL per mmol/L = M / 10; mEq/L per mmol/L = valence.
const cases = [
  ['calcium-total', 'mmol/L', 'mg/dL', 4.0078],
  ['calcium-total', 'mmol/L', 'mEq/L', 2],
  ['calcium-ionised', 'mmol/L', 'mg/dL', 4.0078],
  ['magnesium', 'mmol/L', 'mg/dL', 2.4305],
  ['magnesium', 'mg/dL', 'mmol/L', 1 / 2.4305], // 0.41144
  ['magnesium', 'mmol/L', 'mEq/L', 2],
  ['potassium', 'mmol/L', 'mEq/L', 1],
  ['sodium', 'mEq/L', 'mmol/L', 1],
  ['glucose-fasting', 'mmol/L', 'mg/dL', 18.0156],
  ['creatinine', 'mg/dL', 'µmol/L', 10_000 / 113.12], // 88.402
  ['vitamin-d-25oh', 'ng/mL', 'nmol/L', 1000 / 400.64], // 2.4960
  ['albumin', 'g/dL', 'g/L', 10],
  ['haemoglobin', 'g/dL', 'g/L', 10],
  ['platelets', '10^9/L', '10^3/µL', 1],
  ['urine-pcr', 'mg/mmol', 'mg/g', 1000 / 113.12], // 8.8402
  ['urine-acr', 'mg/g', 'mg/mmol', 113.12 / 1000],
] as const;

describe('unit conversion factors, hand-computed from molar masses', () => {
  it.each(cases)('%s: 1 %s = %d… %s', (analyte, from, to, factor) => {
    const def = ANALYTE_TABLE[analyte];
    expect(convert(1, from, to, def)).toBeCloseTo(factor, 6);
    // And back again.
    expect(convert(factor, to, from, def)).toBeCloseTo(1, 9);
  });

  it('gives the reference-range figures in both units (the corrected 10.4, not 10.3)', () => {
    const ca = ANALYTE_TABLE['calcium-total'];
    expect(roundTo(convert(2.2, 'mmol/L', 'mg/dL', ca), 1)).toBe(8.8);
    expect(roundTo(convert(2.6, 'mmol/L', 'mg/dL', ca), 1)).toBe(10.4);
    const ion = ANALYTE_TABLE['calcium-ionised'];
    expect(roundTo(convert(1.12, 'mmol/L', 'mg/dL', ion), 1)).toBe(4.5);
    expect(roundTo(convert(1.32, 'mmol/L', 'mg/dL', ion), 1)).toBe(5.3);
    const mg = ANALYTE_TABLE.magnesium;
    expect(roundTo(convert(0.7, 'mmol/L', 'mg/dL', mg), 1)).toBe(1.7);
    expect(roundTo(convert(1.0, 'mmol/L', 'mg/dL', mg), 1)).toBe(2.4);
    const glucose = ANALYTE_TABLE['glucose-fasting'];
    expect(roundTo(convert(5.6, 'mmol/L', 'mg/dL', glucose), 0)).toBe(101);
    expect(roundTo(convert(7.8, 'mmol/L', 'mg/dL', glucose), 0)).toBe(141); // 140.52
    const vitD = ANALYTE_TABLE['vitamin-d-25oh'];
    expect(roundTo(convert(50, 'nmol/L', 'ng/mL', vitD), 1)).toBe(20.0); // 20.03
    const pcr = ANALYTE_TABLE['urine-pcr'];
    expect(roundTo(convert(30, 'mg/mmol', 'mg/g', pcr), 0)).toBe(265); // 265.2
  });
});

describe('unit spellings', () => {
  it('reads the spellings printed on reports', () => {
    expect(parseLabUnit('mg/dl')).toBe('mg/dL');
    expect(parseLabUnit('MMOL/L')).toBe('mmol/L');
    expect(parseLabUnit('mEq/L')).toBe('mEq/L');
    expect(parseLabUnit('umol/L')).toBe('µmol/L');
    expect(parseLabUnit('μmol/L')).toBe('µmol/L');
    expect(parseLabUnit('x10^9/L')).toBe('10^9/L');
    expect(parseLabUnit('× 10⁹/L')).toBe('10^9/L');
    expect(parseLabUnit('K/uL')).toBe('10^3/µL');
  });

  it('knows no made-up unit', () => {
    expect(parseLabUnit('furlongs')).toBeNull();
    expect(parseLabUnit('')).toBeNull();
  });
});
