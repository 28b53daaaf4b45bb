import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../pregnancy/stage.js';
import { ANALYTE_TABLE, ANALYTES } from './analytes.js';
import { interpretLab, type LabInterpretation, type LabRequest, NOT_A_DIAGNOSIS } from './interpret.js';
import { convert } from './units.js';

const week30: Stage = { kind: 'pregnant', week: 30 };
const week10: Stage = { kind: 'pregnant', week: 10 };

function ok(request: LabRequest, stage: Stage = week30): LabInterpretation {
  const result = interpretLab(request, stage);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('calcium', () => {
  it('worked example: 9.0 mg/dL with albumin 30 g/L at 30 weeks', () => {
    // 9.0 / 4.0078 = 2.2456 mmol/L; corrected = 2.2456 + 0.02 × (40 − 30) = 2.4456 mmol/L = 9.80 mg/dL.
    const r = ok({
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      albumin: { value: 30, unit: 'g/L' },
    });
    expect(r.conversions).toEqual([
      { value: 2.25, unit: 'mmol/L' },
      { value: 4.49, unit: 'mEq/L' },
    ]);
    expect(r.corrected).toMatchObject({
      value: 9.8,
      unit: 'mg/dL',
      conversions: [
        { value: 2.45, unit: 'mmol/L' },
        { value: 4.89, unit: 'mEq/L' },
      ],
    });
    expect(r.range).toMatchObject({ low: 8.8, high: 10.4, unit: 'mg/dL', source: 'default' });
    expect(r.flag).toBe('in-range');
    expect(r.contactToday).toBe(false);
    expect(r.caveats.join(' ')).toMatch(/albumin/);
    expect(r.advice).toMatch(/^Corrected for your albumin, this is 9.8 mg\/dL\./);
  });

  it('albumin in g/dL gives the same correction', () => {
    const r = ok({
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      albumin: { value: 3.0, unit: 'g/dL' },
    });
    expect(r.corrected?.value).toBe(9.8);
  });

  it('judges the corrected figure: 8.6 mg/dL with albumin 45 g/L is low', () => {
    // 8.6 / 4.0078 = 2.1458; − 0.1 = 2.0458 mmol/L = 8.20 mg/dL < 8.8; above the 1.9 contact-today line.
    const r = ok({
      analyte: 'calcium-total',
      value: 8.6,
      unit: 'mg/dL',
      albumin: { value: 45, unit: 'g/L' },
    });
    expect(r.corrected?.value).toBe(8.2);
    expect(r.flag).toBe('low');
    expect(r.contactToday).toBe(false);
  });

  it('the bottom of the shown range is in range, not "below 8.8"', () => {
    expect(ok({ analyte: 'calcium-total', value: 8.8, unit: 'mg/dL' }).flag).toBe('in-range');
    expect(ok({ analyte: 'calcium-total', value: 8.7, unit: 'mg/dL' }).flag).toBe('low');
  });

  it('far below says to contact the maternity team today', () => {
    const r = ok({ analyte: 'calcium-total', value: 1.8, unit: 'mmol/L' });
    expect(r.flag).toBe('low');
    expect(r.contactToday).toBe(true);
    expect(r.advice).toMatch(/contact your maternity team .* today/);
  });

  it('ionised calcium: 1.20 mmol/L = 4.8 mg/dL = 2.40 mEq/L', () => {
    const r = ok({ analyte: 'calcium-ionised', value: 1.2, unit: 'mmol/L' });
    expect(r.conversions).toEqual([
      { value: 4.8, unit: 'mg/dL' },
      { value: 2.4, unit: 'mEq/L' },
    ]);
    expect(r.flag).toBe('in-range');
  });
});

describe('the other analytes, hand-computed', () => {
  it('magnesium 1.8 mg/dL = 0.74 mmol/L = 1.48 mEq/L, in range 1.7–2.4', () => {
    const r = ok({ analyte: 'magnesium', value: 1.8, unit: 'mg/dL' });
    expect(r.conversions).toEqual([
      { value: 0.74, unit: 'mmol/L' },
      { value: 1.48, unit: 'mEq/L' },
    ]);
    expect(r.range).toMatchObject({ low: 1.7, high: 2.4 });
    expect(r.flag).toBe('in-range');
  });

  it('potassium 3.2 mEq/L is low, 2.8 is contact-today', () => {
    const low = ok({ analyte: 'potassium', value: 3.2, unit: 'mEq/L' });
    expect(low.conversions).toEqual([{ value: 3.2, unit: 'mmol/L' }]);
    expect([low.flag, low.contactToday]).toEqual(['low', false]);
    expect(ok({ analyte: 'potassium', value: 2.8, unit: 'mmol/L' }).contactToday).toBe(true);
  });

  it('the lab’s own range wins: potassium 5.2 against 3.5–5.3', () => {
    expect(ok({ analyte: 'potassium', value: 5.2, unit: 'mmol/L' }).flag).toBe('high');
    const r = ok({ analyte: 'potassium', value: 5.2, unit: 'mmol/L', labRange: { low: 3.5, high: 5.3 } });
    expect(r.flag).toBe('in-range');
    expect(r.range).toEqual({ low: 3.5, high: 5.3, unit: 'mmol/L', source: 'lab', note: expect.any(String) });
    expect(r.advice).toMatch(/the range your lab printed/);
  });

  it('sodium 138 mmol/L = 138 mEq/L', () => {
    expect(ok({ analyte: 'sodium', value: 138, unit: 'mmol/L' }).conversions).toEqual([
      { value: 138, unit: 'mEq/L' },
    ]);
  });

  it('vitamin D 12 ng/mL = 30 nmol/L, low; 20 ng/mL = 50 nmol/L, in range', () => {
    const low = ok({ analyte: 'vitamin-d-25oh', value: 12, unit: 'ng/mL' });
    expect(low.conversions).toEqual([{ value: 30, unit: 'nmol/L' }]);
    expect(low.flag).toBe('low');
    expect(low.sources).toEqual(['nih-ods-vitamin-d']);
    const enough = ok({ analyte: 'vitamin-d-25oh', value: 20, unit: 'ng/mL' });
    expect(enough.conversions).toEqual([{ value: 50, unit: 'nmol/L' }]);
    expect(enough.range).toMatchObject({ low: 20, high: 50.1 });
    expect(enough.flag).toBe('in-range');
  });

  it('regression: the advice wrote "vitamin d (25-hydroxy)"; a label keeps its capitals after the first letter', () => {
    const result = ok({ analyte: 'vitamin-d-25oh', value: 20, unit: 'ng/mL' });
    expect(result.advice).toContain('Your vitamin D (25-hydroxy) result');
    const refused = interpretLab({ analyte: 'vitamin-d-25oh', value: 9000, unit: 'nmol/L' }, week30);
    expect(refused.ok ? '' : refused.errors[0]!.message).toMatch(/^A vitamin D \(25-hydroxy\) result/);
  });

  it('fasting glucose: NICE NG3’s 5.6 mmol/L (101 mg/dL) is high in pregnancy', () => {
    const r = ok({ analyte: 'glucose-fasting', value: 5.6, unit: 'mmol/L' });
    expect(r.conversions).toEqual([{ value: 101, unit: 'mg/dL' }]);
    expect([r.flag, r.range.source]).toEqual(['high', 'pregnancy']);
    expect(r.sources).toEqual(['nice-ng3']);
    // 95 mg/dL = 5.27 mmol/L: in range 63–99 mg/dL.
    const fine = ok({ analyte: 'glucose-fasting', value: 95, unit: 'mg/dL' });
    expect(fine.conversions).toEqual([{ value: 5.3, unit: 'mmol/L' }]);
    expect(fine.range).toMatchObject({ low: 63, high: 99 });
    expect(fine.flag).toBe('in-range');
  });

  it('2-hour glucose: 140 mg/dL (7.77 mmol/L) is above the 7.7 (139 mg/dL) line', () => {
    const r = ok({ analyte: 'glucose-ogtt-2h', value: 140, unit: 'mg/dL' });
    expect(r.conversions).toEqual([{ value: 7.8, unit: 'mmol/L' }]);
    expect(r.range).toMatchObject({ high: 139 });
    expect(r.flag).toBe('high');
  });

  it('haemoglobin: 10.2 g/dL = 102 g/L is low at 30 weeks (105), 108 g/L low at 10 weeks (110)', () => {
    const r = ok({ analyte: 'haemoglobin', value: 10.2, unit: 'g/dL' });
    expect(r.conversions).toEqual([{ value: 102, unit: 'g/L' }]);
    expect(r.range).toMatchObject({ low: 10.5, source: 'pregnancy' });
    expect(r.flag).toBe('low');
    expect(ok({ analyte: 'haemoglobin', value: 108, unit: 'g/L' }, week10).flag).toBe('low');
    expect(ok({ analyte: 'haemoglobin', value: 108, unit: 'g/L' }, week30).flag).toBe('in-range');
    expect(
      ok({ analyte: 'haemoglobin', value: 102, unit: 'g/L' }, { kind: 'postpartum', weeksSinceBirth: 2 })
        .flag,
    ).toBe('in-range');
  });

  it('platelets: 140 × 10^9/L = 140 × 10^3/µL, low; under 100 is contact-today (NG133)', () => {
    const r = ok({ analyte: 'platelets', value: 140, unit: '10^9/L' });
    expect(r.conversions).toEqual([{ value: 140, unit: '10^3/µL' }]);
    expect([r.flag, r.contactToday]).toEqual(['low', false]);
    expect(ok({ analyte: 'platelets', value: 90, unit: 'K/uL' }).contactToday).toBe(true);
  });

  it('creatinine: 0.9 mg/dL = 80 µmol/L in range; 1.1 mg/dL = 97 µmol/L is high in pregnancy (NG133 ≥ 90)', () => {
    const r = ok({ analyte: 'creatinine', value: 0.9, unit: 'mg/dL' });
    expect(r.conversions).toEqual([{ value: 80, unit: 'µmol/L' }]);
    expect(r.range).toMatchObject({ low: null, high: 1.01 });
    expect(r.flag).toBe('in-range');
    const high = ok({ analyte: 'creatinine', value: 1.1, unit: 'mg/dL' });
    expect(high.conversions).toEqual([{ value: 97, unit: 'µmol/L' }]);
    expect(high.flag).toBe('high');
  });

  it('urine PCR: 35 mg/mmol = 309 mg/g is high and contact-today; 265 mg/g (30.0 mg/mmol) is not', () => {
    const r = ok({ analyte: 'urine-pcr', value: 35, unit: 'mg/mmol' });
    expect(r.conversions).toEqual([{ value: 309, unit: 'mg/g' }]);
    expect([r.flag, r.contactToday]).toEqual(['high', true]);
    expect(r.sources).toEqual(['nice-ng133']);
    const edge = ok({ analyte: 'urine-pcr', value: 265, unit: 'mg/g' });
    expect(edge.conversions).toEqual([{ value: 30, unit: 'mg/mmol' }]);
    expect([edge.flag, edge.contactToday]).toEqual(['in-range', false]);
  });

  it('regression: 30.04 mg/mmol shows as 30.0, so it is neither high nor contact-today', () => {
    const r = ok({ analyte: 'urine-pcr', value: 30.04, unit: 'mg/mmol' });
    expect([r.flag, r.contactToday]).toEqual(['in-range', false]);
  });

  it('urine ACR: 10 mg/mmol = 88 mg/g, above NG133’s 8', () => {
    const r = ok({ analyte: 'urine-acr', value: 10, unit: 'mg/mmol' });
    expect(r.conversions).toEqual([{ value: 88, unit: 'mg/g' }]);
    expect([r.flag, r.contactToday]).toEqual(['high', true]);
  });

  it('albumin: 3.0 g/dL = 30 g/L, low, with the pregnancy caveat', () => {
    const r = ok({ analyte: 'albumin', value: 3.0, unit: 'g/dL' });
    expect(r.conversions).toEqual([{ value: 30, unit: 'g/L' }]);
    expect(r.flag).toBe('low');
    expect(r.caveats.join(' ')).toMatch(/falls in pregnancy/);
  });
});

describe('bad lab input is refused as data naming the field', () => {
  const codes = (request: LabRequest) => {
    const result = interpretLab(request, week30);
    return result.ok ? [] : result.errors.map((e) => [e.code, e.field]);
  };

  it('an unknown analyte', () => {
    expect(codes({ analyte: 'ferritin', value: 30, unit: 'µg/L' })).toEqual([['unknown-analyte', 'analyte']]);
  });

  it('a unit that does not fit the analyte, or no unit at all', () => {
    expect(codes({ analyte: 'platelets', value: 150, unit: 'mg/dL' })).toEqual([['unit-mismatch', 'unit']]);
    expect(codes({ analyte: 'potassium', value: 4, unit: 'mg/dL' })).toEqual([['unit-mismatch', 'unit']]);
    expect(codes({ analyte: 'sodium', value: 140, unit: 'furlongs' })).toEqual([['unit-mismatch', 'unit']]);
  });

  it('impossible values', () => {
    expect(codes({ analyte: 'calcium-total', value: 90, unit: 'mmol/L' })).toEqual([
      ['impossible-value', 'value'],
    ]);
    expect(codes({ analyte: 'calcium-total', value: -1, unit: 'mg/dL' })).toEqual([
      ['impossible-value', 'value'],
    ]);
    expect(codes({ analyte: 'sodium', value: Number.NaN, unit: 'mmol/L' })).toEqual([
      ['impossible-value', 'value'],
    ]);
  });

  it('albumin that is impossible, in the wrong unit, or given for another analyte', () => {
    expect(
      codes({ analyte: 'calcium-total', value: 2.3, unit: 'mmol/L', albumin: { value: 300, unit: 'g/L' } }),
    ).toEqual([['impossible-value', 'albumin.value']]);
    expect(
      codes({ analyte: 'calcium-total', value: 2.3, unit: 'mmol/L', albumin: { value: 30, unit: 'mmol/L' } }),
    ).toEqual([['unit-mismatch', 'albumin.unit']]);
    expect(
      codes({ analyte: 'potassium', value: 4, unit: 'mmol/L', albumin: { value: 30, unit: 'g/L' } }),
    ).toEqual([['not-applicable', 'albumin']]);
  });

  it('a lab range upside down, empty or negative', () => {
    expect(
      codes({ analyte: 'potassium', value: 4, unit: 'mmol/L', labRange: { low: 5, high: 3.5 } }),
    ).toEqual([['bad-lab-range', 'labRange']]);
    expect(codes({ analyte: 'potassium', value: 4, unit: 'mmol/L', labRange: {} })).toEqual([
      ['bad-lab-range', 'labRange'],
    ]);
    expect(codes({ analyte: 'potassium', value: 4, unit: 'mmol/L', labRange: { low: -1 } })).toEqual([
      ['bad-lab-range', 'labRange.low'],
    ]);
  });
});

describe('the analyte table', () => {
  it('puts every contact-today limit at or beyond its range, in every stage', () => {
    const stages: Stage[] = [week10, week30, { kind: 'postpartum', weeksSinceBirth: 3 }, { kind: 'unknown' }];
    for (const analyte of ANALYTES)
      for (const stage of stages) {
        const def = ANALYTE_TABLE[analyte];
        const range = def.range(stage);
        const { below, above } = def.contactToday;
        if (below !== null) expect(range.low, analyte).not.toBeNull();
        if (below !== null && range.low !== null) expect(below, analyte).toBeLessThanOrEqual(range.low);
        if (above !== null && range.high !== null) expect(above, analyte).toBeGreaterThanOrEqual(range.high);
        expect(def.units[0], analyte).toBe(def.canonical);
      }
  });
});

describe('properties', () => {
  const stages = fc.oneof(
    fc.integer({ min: 4, max: 42 }).map((week): Stage => ({ kind: 'pregnant', week })),
    fc
      .integer({ min: 0, max: 52 })
      .map((weeksSinceBirth): Stage => ({ kind: 'postpartum', weeksSinceBirth })),
    fc.constant<Stage>({ kind: 'unknown' }),
  );
  const requests = fc
    .constantFrom(...ANALYTES)
    .chain((analyte) => {
      const def = ANALYTE_TABLE[analyte];
      return fc.record({
        analyte: fc.constant(analyte),
        unit: fc.constantFrom(...def.units),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
      });
    })
    .map(({ analyte, unit, fraction }) => {
      const def = ANALYTE_TABLE[analyte];
      const canonical = def.plausible.min + fraction * (def.plausible.max - def.plausible.min);
      // Keep inside the bounds after the unit round trip.
      const value = convert(
        Math.min(Math.max(canonical, def.plausible.min * 1.0001), def.plausible.max * 0.9999),
        def.canonical,
        unit,
        def,
      );
      return { analyte, unit, value } satisfies LabRequest;
    });

  it('every plausible result is explained, never as a diagnosis, and far-out values say "today"', () => {
    fc.assert(
      fc.property(requests, stages, (request, stage) => {
        const r = ok(request, stage);
        expect(r.advice.endsWith(NOT_A_DIAGNOSIS)).toBe(true);
        expect(r.advice).not.toMatch(/you have|anaemi|diabet|eclampsia|deficien|hypo|hyper/i);
        expect(r.advice.includes('today')).toBe(r.contactToday);
        if (r.contactToday) expect(r.flag).not.toBe('in-range');
      }),
    );
  });
});
