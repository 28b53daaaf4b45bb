// The condition language: unknown numbers are read so that they never lower urgency.
import { describe, expect, it } from 'vitest';
import { type ConditionContext, evaluate, findingsIn } from './condition.js';
import type { FindingName } from './findings.js';

const ctx = (present: FindingName[], extra: Partial<ConditionContext> = {}): ConditionContext => ({
  present: new Set(present),
  ...extra,
});

describe('evaluate', () => {
  it('all needs every finding; any returns every true one', () => {
    expect(evaluate({ all: ['headache', 'vomiting'] }, ctx(['headache']))).toBeUndefined();
    expect(evaluate({ all: ['headache', 'vomiting'] }, ctx(['vomiting', 'headache']))).toEqual([
      'headache',
      'vomiting',
    ]);
    expect(evaluate({ any: ['fever', 'seizure', 'headache'] }, ctx(['headache', 'fever']))).toEqual([
      'fever',
      'headache',
    ]);
    expect(evaluate({ any: ['fever'] }, ctx([]))).toBeUndefined();
  });

  it('never fires an empty list', () => {
    expect(evaluate({ all: [] }, ctx(['fever']))).toBeUndefined();
    expect(evaluate({ any: [] }, ctx(['fever']))).toBeUndefined();
    expect(evaluate({ allOf: [] }, ctx(['fever']))).toBeUndefined();
    expect(evaluate({ anyOf: [] }, ctx(['fever']))).toBeUndefined();
  });

  it('combines with allOf and anyOf, collecting the findings that matched', () => {
    const when = {
      allOf: [{ all: ['vomiting'] }, { anyOf: [{ any: ['headache'] }, { any: ['fever'] }] }],
    } as const;
    expect(evaluate(when, ctx(['vomiting', 'fever']))).toEqual(['vomiting', 'fever']);
    expect(evaluate(when, ctx(['vomiting']))).toBeUndefined();
    expect(findingsIn(when)).toEqual(['vomiting', 'headache', 'fever']);
  });

  it('reads an unknown week as "at least" and never as "below"', () => {
    expect(evaluate({ weekAtLeast: 20 }, ctx([]))).toEqual([]);
    expect(evaluate({ weekAtLeast: 20 }, ctx([], { gestationalWeek: 19 }))).toBeUndefined();
    expect(evaluate({ weekAtLeast: 20 }, ctx([], { gestationalWeek: 20 }))).toEqual([]);
    expect(evaluate({ weekBelow: 20 }, ctx([]))).toBeUndefined();
    expect(evaluate({ weekBelow: 20 }, ctx([], { gestationalWeek: 19 }))).toEqual([]);
    expect(evaluate({ weekBelow: 20 }, ctx([], { gestationalWeek: 20 }))).toBeUndefined();
  });

  it('fires a blood-pressure threshold on either number, and never without a reading', () => {
    const when = { bpAtLeast: { systolic: 140, diastolic: 90 } };
    expect(evaluate(when, ctx([]))).toBeUndefined();
    expect(evaluate(when, ctx([], { bloodPressure: { systolic: 140, diastolic: 70 } }))).toEqual([]);
    expect(evaluate(when, ctx([], { bloodPressure: { systolic: 120, diastolic: 90 } }))).toEqual([]);
    expect(evaluate(when, ctx([], { bloodPressure: { systolic: 139, diastolic: 89 } }))).toBeUndefined();
  });
});
