// POST /api/labs/interpret and GET /api/labs/analytes on both stores: worked results with hand-computed
// conversions, the stage read from the profile (or none), the lab's range winning, and every 400 by field.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabAnalytesResponse, LabInterpretResponse } from '../../src/contract/labs.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(storeTargets)('lab results explained on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let pregnant: string;
  let noProfile: string;
  let afterBirth: string;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
    ({ cookie: pregnant } = await signUp(app, { timezone: 'Europe/London' }));
    // Due 2027-01-31: 70 days ahead of 2026-11-22, so 280 − 70 = 210 days = 30+0 weeks.
    const due = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: pregnant },
      payload: { dueDate: '2027-01-31' },
    });
    expect(due.statusCode).toBe(200);
    ({ cookie: noProfile } = await signUp(app));
    ({ cookie: afterBirth } = await signUp(app, { timezone: 'Europe/London' }));
    const born = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: afterBirth },
      payload: { birthDate: '2026-11-01' },
    });
    expect(born.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const interpret = async (cookie: string | undefined, payload: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/labs/interpret',
      ...(cookie ? { headers: { cookie } } : {}),
      payload,
    });
  const ok = async (cookie: string, payload: Record<string, unknown>) => {
    const response = await interpret(cookie, payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as LabInterpretResponse;
  };

  it('corrects total calcium for a low albumin at 30 weeks (the issue’s example)', async () => {
    // 9.0 mg/dL ÷ 4.0078 = 2.2456 mmol/L (2.25), × 2 = 4.49 mEq/L.
    // Corrected: 2.2456 + 0.02 × (40 − 30) = 2.4456 mmol/L = 9.80 mg/dL = 4.89 mEq/L.
    // Range 2.20–2.60 mmol/L shown in mg/dL: 8.8–10.4.
    const body = await ok(pregnant, {
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      albumin: { value: 30, unit: 'g/L' },
    });
    expect(body.stage).toEqual({ kind: 'pregnant', week: 30 });
    expect(body.conversions).toEqual([
      { value: 2.25, unit: 'mmol/L' },
      { value: 4.49, unit: 'mEq/L' },
    ]);
    expect(body.corrected).toMatchObject({
      value: 9.8,
      unit: 'mg/dL',
      conversions: [
        { value: 2.45, unit: 'mmol/L' },
        { value: 4.89, unit: 'mEq/L' },
      ],
    });
    expect(body.range).toMatchObject({ low: 8.8, high: 10.4, unit: 'mg/dL', source: 'default' });
    expect(body.flag).toBe('in-range');
    expect(body.contactToday).toBe(false);
    expect(body.caveats.join(' ')).toMatch(/second trimester/);
    expect(body.advice).toMatch(/not a diagnosis/);
  });

  it('takes albumin in g/dL too: 3.0 g/dL is 30 g/L', async () => {
    const body = await ok(pregnant, {
      analyte: 'calcium-total',
      value: 2.25,
      unit: 'mmol/L',
      albumin: { value: 3.0, unit: 'g/dL' },
    });
    // 2.25 + 0.02 × 10 = 2.45 mmol/L.
    expect(body.corrected).toMatchObject({ value: 2.45, unit: 'mmol/L' });
  });

  it('lets the lab’s own range win', async () => {
    const body = await ok(pregnant, {
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      labRange: { low: 9.2, high: 10.5 },
    });
    expect(body.range).toMatchObject({ low: 9.2, high: 10.5, unit: 'mg/dL', source: 'lab' });
    expect(body.flag).toBe('low');
  });

  it('judges fasting glucose against the NICE NG3 pregnancy threshold', async () => {
    // 104 mg/dL ÷ 18.0156 = 5.77 mmol/L (5.8); range 3.5–5.5 mmol/L = 63–99 mg/dL.
    const body = await ok(pregnant, { analyte: 'glucose-fasting', value: 104, unit: 'mg/dL' });
    expect(body.conversions).toEqual([{ value: 5.8, unit: 'mmol/L' }]);
    expect(body.range).toMatchObject({ low: 63, high: 99, source: 'pregnancy' });
    expect(body.flag).toBe('high');
    expect(body.sources).toContain('nice-ng3');
    expect(body.cited?.map((c) => c.key)).toContain('nice-ng3');
  });

  it('says to contact the maternity team today for a value far outside the range', async () => {
    const body = await ok(pregnant, { analyte: 'potassium', value: 6.5, unit: 'mEq/L' });
    expect(body.conversions).toEqual([{ value: 6.5, unit: 'mmol/L' }]);
    expect(body).toMatchObject({ flag: 'high', contactToday: true });
    expect(body.advice).toMatch(/contact your maternity team .* today/);
  });

  it('works without any pregnancy in the profile, on the common adult ranges', async () => {
    // 11.5 g/dL = 115 g/L; outside pregnancy the usual range is 120–150 g/L (12.0–15.0 g/dL).
    const body = await ok(noProfile, { analyte: 'haemoglobin', value: 11.5, unit: 'g/dL' });
    expect(body.stage).toEqual({ kind: 'unknown' });
    expect(body.conversions).toEqual([{ value: 115, unit: 'g/L' }]);
    expect(body.range).toMatchObject({ low: 12, high: 15, source: 'default' });
    expect(body.flag).toBe('low');
  });

  it('uses the after-birth haemoglobin threshold three weeks after the birth', async () => {
    const body = await ok(afterBirth, { analyte: 'haemoglobin', value: 105, unit: 'g/L' });
    expect(body.stage).toEqual({ kind: 'postpartum', weeksSinceBirth: 3 });
    expect(body.range).toMatchObject({ low: 100, source: 'pregnancy' });
    expect(body.flag).toBe('in-range');
  });

  it('converts vitamin D and protein in urine', async () => {
    // 20 ng/mL × 2.4960 = 49.9 nmol/L, shown as 50.
    const d = await ok(pregnant, { analyte: 'vitamin-d-25oh', value: 20, unit: 'ng/mL' });
    expect(d.conversions).toEqual([{ value: 50, unit: 'nmol/L' }]);
    // 35 mg/mmol × 8.8402 = 309.4 mg/g; above 30 mg/mmol is significant (NICE NG133).
    const pcr = await ok(pregnant, { analyte: 'urine-pcr', value: 35, unit: 'mg/mmol' });
    expect(pcr.conversions[0]!.unit).toBe('mg/g');
    expect(pcr.conversions[0]!.value).toBeCloseTo(309.4, 0);
    expect(pcr).toMatchObject({ flag: 'high', contactToday: true });
  });

  describe('refuses bad input with the field it names', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown analyte', { analyte: 'ferritin', value: 30, unit: 'µg/L' }, 'analyte'],
      ['a unit that does not fit the analyte', { analyte: 'potassium', value: 4, unit: 'mg/dL' }, 'unit'],
      ['a unit nobody uses', { analyte: 'sodium', value: 140, unit: 'furlongs' }, 'unit'],
      ['an impossible value', { analyte: 'potassium', value: 50, unit: 'mmol/L' }, 'value'],
      ['a negative value', { analyte: 'sodium', value: -140, unit: 'mmol/L' }, 'value'],
      ['a value as text', { analyte: 'sodium', value: '140', unit: 'mmol/L' }, 'value'],
      [
        'an albumin unit that does not fit',
        { analyte: 'calcium-total', value: 2.3, unit: 'mmol/L', albumin: { value: 30, unit: 'mmol/L' } },
        'albumin.unit',
      ],
      [
        'an impossible albumin',
        { analyte: 'calcium-total', value: 2.3, unit: 'mmol/L', albumin: { value: 500, unit: 'g/L' } },
        'albumin.value',
      ],
      [
        'albumin with an analyte it does not correct',
        { analyte: 'magnesium', value: 0.8, unit: 'mmol/L', albumin: { value: 30, unit: 'g/L' } },
        'albumin',
      ],
      [
        'a lab range upside down',
        { analyte: 'sodium', value: 140, unit: 'mmol/L', labRange: { low: 145, high: 135 } },
        'labRange',
      ],
      [
        'a negative lab range limit',
        { analyte: 'sodium', value: 140, unit: 'mmol/L', labRange: { low: -1, high: 145 } },
        'labRange.low',
      ],
      ['a missing unit', { analyte: 'sodium', value: 140 }, 'unit'],
      ['an unknown field', { analyte: 'sodium', value: 140, unit: 'mmol/L', note: 'x' }, 'note'],
    ];
    it.each(cases)('%s', async (_name, payload, field) => {
      const response = await interpret(pregnant, payload);
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe('invalid_input');
      expect(Object.keys(body.error.fields)).toContain(field);
    });
  });

  it('needs a signed-in person to interpret, not to list the analytes', async () => {
    const signedOut = await interpret(undefined, { analyte: 'sodium', value: 140, unit: 'mmol/L' });
    expect(signedOut.statusCode).toBe(401);
    const list = await app.inject({ url: '/api/labs/analytes' });
    expect(list.statusCode).toBe(200);
    const body = list.json() as LabAnalytesResponse;
    expect(body.analytes).toHaveLength(14);
    expect(body.analytes.find((a) => a.id === 'calcium-total')).toMatchObject({
      units: ['mmol/L', 'mg/dL', 'mEq/L'],
      takesAlbumin: true,
    });
    expect(body.albuminUnits).toEqual(['g/L', 'g/dL']);
  });
});
