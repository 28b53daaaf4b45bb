import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { interpretLab, type LabInterpretation } from '../core/labs/interpret.js';
import { LabInterpretRequest, LabInterpretResponse } from './labs.js';

describe('labs contract', () => {
  it('takes the issue’s request and answers with what core computes', () => {
    const request = LabInterpretRequest.parse({
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      albumin: { value: 30, unit: 'g/L' },
    });
    const result = interpretLab(request, { kind: 'pregnant', week: 30 });
    if (!result.ok) throw new Error('expected an interpretation');
    const typed: LabInterpretResponse = result.value;
    const back: LabInterpretation = LabInterpretResponse.parse(typed);
    expect(back).toMatchObject({ flag: 'in-range', corrected: { value: 9.8, unit: 'mg/dL' } });
  });

  it('names the field of an unknown analyte', () => {
    const result = LabInterpretRequest.safeParse({ analyte: 'ferritin', value: 1, unit: 'µg/L' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['analyte']);
  });

  it('names its schemas', () => {
    expect([LabInterpretRequest, LabInterpretResponse].map((s) => z.globalRegistry.get(s)?.id)).toEqual([
      'LabInterpretRequest',
      'LabInterpretResponse',
    ]);
  });
});
