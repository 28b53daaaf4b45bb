// Every way a triage request can be malformed gets a 400-style error naming the field.
import { describe, expect, it } from 'vitest';
import { parseTriageInput } from './input.js';

function fieldsOf(raw: unknown): Record<string, string> {
  const parsed = parseTriageInput(raw);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
  expect(parsed.error.code).toBe('invalid_input');
  for (const [key, message] of Object.entries(parsed.error.fields)) {
    expect(parsed.error.message).toContain(`${key}: ${message}`);
  }
  return parsed.error.fields;
}

describe('parseTriageInput accepts', () => {
  it('a full request', () => {
    const parsed = parseTriageInput({
      findings: { one_leg_swollen: true, headache: false },
      gestationalWeek: 30,
      bloodPressure: { systolic: 120, diastolic: 80 },
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        findings: { one_leg_swollen: true, headache: false },
        gestationalWeek: 30,
        bloodPressure: { systolic: 120, diastolic: 80 },
      },
    });
  });

  it('a missing or empty findings object as no findings', () => {
    expect(parseTriageInput({})).toEqual({ ok: true, value: { findings: {} } });
    expect(parseTriageInput({ findings: {} })).toEqual({ ok: true, value: { findings: {} } });
  });

  it('null week and blood pressure as not known', () => {
    expect(parseTriageInput({ findings: {}, gestationalWeek: null, bloodPressure: null })).toEqual({
      ok: true,
      value: { findings: {} },
    });
  });

  it('the edges of every range', () => {
    expect(parseTriageInput({ gestationalWeek: 0 }).ok).toBe(true);
    expect(parseTriageInput({ gestationalWeek: 45 }).ok).toBe(true);
    expect(parseTriageInput({ bloodPressure: { systolic: 260, diastolic: 160 } }).ok).toBe(true);
    expect(parseTriageInput({ bloodPressure: { systolic: 50, diastolic: 30 } }).ok).toBe(true);
  });
});

describe('parseTriageInput refuses', () => {
  it('an unknown finding, suggesting the nearest name', () => {
    expect(fieldsOf({ findings: { one_leg_swolen: true } })).toEqual({
      'findings.one_leg_swolen': "Unknown finding 'one_leg_swolen'. Did you mean 'one_leg_swollen'?",
    });
    expect(fieldsOf({ findings: { siezure: true } })['findings.siezure']).toContain(
      "Did you mean 'seizure'?",
    );
    expect(fieldsOf({ findings: { 'Chest-Pain': true } })['findings.Chest-Pain']).toContain("'chest_pain'");
  });

  it('an unknown finding with nothing close, without a misleading suggestion', () => {
    expect(fieldsOf({ findings: { zzz: true } })['findings.zzz']).toBe(
      "Unknown finding 'zzz'. It is not one of the accepted finding names.",
    );
  });

  it('an unknown finding even when set to false', () => {
    expect(fieldsOf({ findings: { chest_pian: false } })).toHaveProperty(['findings.chest_pian']);
  });

  it('a finding that is not true or false', () => {
    for (const value of ['yes', 1, 0, null, 'true', {}, []]) {
      expect(fieldsOf({ findings: { chest_pain: value } })).toEqual({
        'findings.chest_pain': 'must be true or false',
      });
    }
  });

  it('findings that are not an object', () => {
    for (const findings of [null, ['chest_pain'], 'chest_pain', true]) {
      expect(fieldsOf({ findings })).toHaveProperty(['findings']);
    }
  });

  it('a week out of range or not whole', () => {
    for (const week of [-1, 46, 20.5, '20', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fieldsOf({ gestationalWeek: week })).toEqual({
        gestationalWeek: 'must be a whole number from 0 to 45',
      });
    }
  });

  it('blood pressure out of range', () => {
    expect(fieldsOf({ bloodPressure: { systolic: 300, diastolic: 80 } })).toEqual({
      'bloodPressure.systolic': 'must be a whole number from 50 to 260',
    });
    expect(fieldsOf({ bloodPressure: { systolic: 120, diastolic: 20 } })).toEqual({
      'bloodPressure.diastolic': 'must be a whole number from 30 to 160',
    });
    expect(fieldsOf({ bloodPressure: { systolic: 120.5, diastolic: 80 } })).toHaveProperty([
      'bloodPressure.systolic',
    ]);
  });

  it('blood pressure with a missing number or an extra field', () => {
    expect(fieldsOf({ bloodPressure: { diastolic: 80 } })['bloodPressure.systolic']).toMatch(/^is required/);
    expect(fieldsOf({ bloodPressure: { systolic: 120, diastolic: 80, pulse: 70 } })).toHaveProperty([
      'bloodPressure.pulse',
    ]);
    expect(fieldsOf({ bloodPressure: '120/80' })).toHaveProperty(['bloodPressure']);
  });

  it('a diastolic reading at or above the systolic one', () => {
    for (const diastolic of [120, 130]) {
      expect(fieldsOf({ bloodPressure: { systolic: 120, diastolic } })).toEqual({
        'bloodPressure.diastolic': 'must be lower than the systolic (top) number',
      });
    }
  });

  it('an extra top-level key, suggesting a near field name', () => {
    expect(fieldsOf({ findings: {}, gestational_week: 20 })).toEqual({
      gestational_week: "Unknown field 'gestational_week'. Did you mean 'gestationalWeek'?",
    });
    expect(fieldsOf({ findings: {}, notes: 'hi' }).notes).toContain('Accepted fields are');
  });

  it('a body that is not an object', () => {
    for (const raw of [null, undefined, 'findings', 42, [], true]) {
      expect(fieldsOf(raw)).toHaveProperty(['body']);
    }
  });

  it('prototype-looking keys as ordinary unknown names', () => {
    const fields = fieldsOf(JSON.parse('{"findings": {"__proto__": true}, "__proto__": {}}'));
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'findings.__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

  it('reports every problem at once', () => {
    const fields = fieldsOf({ findings: { one_leg_swolen: true, fever: 'yes' }, gestationalWeek: 99 });
    expect(Object.keys(fields).sort()).toEqual([
      'findings.fever',
      'findings.one_leg_swolen',
      'gestationalWeek',
    ]);
  });
});
