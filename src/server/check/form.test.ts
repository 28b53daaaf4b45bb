import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_NAMES, findingsInGroup } from '../../core/triage/index.js';
import {
  type CheckForm,
  formFieldFor,
  NO_ANSWERS,
  nextView,
  parseCheckForm,
  sameDayFindings,
  sameDayTicked,
  triageRequestFrom,
} from './form.js';

const TOKEN = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

function form(overrides: Partial<CheckForm> = {}): CheckForm {
  return { step: 2, go: 'next', to: undefined, token: TOKEN, answers: NO_ANSWERS, ...overrides };
}

describe('parseCheckForm', () => {
  it('reads the step, the action, the token and every answer', () => {
    const parsed = parseCheckForm(
      new URLSearchParams(
        `step=5&go=next&token=${TOKEN}&f=one_leg_swollen&f=headache&f=headache&week= 30 &sys=140&dia=`,
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      form: {
        step: 5,
        go: 'next',
        to: undefined,
        token: TOKEN,
        answers: {
          findings: ['one_leg_swollen', 'headache'],
          stage: undefined,
          postpartumWeeks: '',
          week: '30',
          systolic: '140',
          diastolic: '',
        },
      },
    });
  });

  it('reads the stage and the weeks since the birth, and refuses a stage it does not know', () => {
    const parsed = parseCheckForm(new URLSearchParams('step=1&stage=after-birth&pp= 3 '));
    expect(parsed.ok && parsed.form.answers).toMatchObject({ stage: 'after-birth', postpartumWeeks: '3' });
    const bad = parseCheckForm(new URLSearchParams('step=1&stage=postnatal'));
    expect(bad).toEqual({
      ok: false,
      problems: ["The form sent 'postnatal' as the stage, which is neither 'pregnant' nor 'after-birth'."],
    });
  });

  it('defaults the action to next, as when Enter submits a form', () => {
    const parsed = parseCheckForm(new URLSearchParams('step=2'));
    expect(parsed.ok && parsed.form.go).toBe('next');
  });

  it('drops a token that is not a UUID so a fresh one is issued', () => {
    const parsed = parseCheckForm(new URLSearchParams('step=1&token=../../etc'));
    expect(parsed.ok && parsed.form.token).toBeUndefined();
  });

  it.each([
    ['step=1&colour=red', /field 'colour'/],
    ['step=1&step=2', /'step' more than once/],
    ['step=9', /which step/],
    ['go=next', /which step/],
    ['step=1&go=jump', /'jump'/],
    ['step=1&go=show', /without saying which/],
    ['step=1&go=show&to=6', /1 to 5/],
    [`step=5&week=${'9'.repeat(30)}`, /too long/],
  ])('refuses %s', (body, message) => {
    const parsed = parseCheckForm(new URLSearchParams(body));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join(' ')).toMatch(message);
  });

  it('leaves finding names for the triage parser to judge', () => {
    const parsed = parseCheckForm(new URLSearchParams('step=2&f=one_leg_swolen'));
    expect(parsed.ok && parsed.form.answers.findings).toEqual(['one_leg_swolen']);
  });
});

describe('nextView', () => {
  it('walks forward one step at a time and shows the result after the last', () => {
    expect(nextView(form({ step: 1 }), false)).toEqual({ kind: 'step', step: 2, freshToken: false });
    expect(nextView(form({ step: 4 }), false)).toEqual({ kind: 'step', step: 5, freshToken: false });
    expect(nextView(form({ step: 5 }), false)).toEqual({ kind: 'result', shortCircuit: false });
  });

  it('goes back one step, never before the first', () => {
    expect(nextView(form({ step: 3, go: 'back' }), false)).toMatchObject({ kind: 'step', step: 2 });
    expect(nextView(form({ step: 1, go: 'back' }), false)).toMatchObject({ kind: 'step', step: 1 });
  });

  it('asks for a tick when "Yes" is pressed with nothing ticked', () => {
    expect(nextView(form({ step: 1, go: 'emergency' }), false)).toEqual({
      kind: 'step',
      step: 1,
      freshToken: false,
      needsTick: true,
    });
  });

  it('starts editing at the first step with a fresh submission token', () => {
    expect(nextView(form({ go: 'edit' }), true)).toEqual({ kind: 'step', step: 1, freshToken: true });
  });

  it('shows the step asked for', () => {
    expect(nextView(form({ step: 5, go: 'show', to: 3 }), false)).toMatchObject({ kind: 'step', step: 3 });
  });

  it('goes straight to the result whenever an emergency sign is ticked on the first screen, whichever button', () => {
    fc.assert(
      fc.property(fc.constantFrom('next' as const, 'emergency' as const), (go) => {
        expect(nextView(form({ step: 1, go }), true)).toEqual({ kind: 'result', shortCircuit: true });
      }),
    );
  });
});

describe('triageRequestFrom', () => {
  it('marks each ticked finding true', () => {
    const names = findingsInGroup('leg');
    expect(triageRequestFrom({ ...NO_ANSWERS, findings: names }, { numbers: true })).toEqual({
      findings: Object.fromEntries(names.map((n) => [n, true])),
    });
  });

  it('sends numbers as numbers and anything else as text, so the triage parser names the problem', () => {
    expect(
      triageRequestFrom(
        { ...NO_ANSWERS, week: '30', systolic: '140', diastolic: 'ninety' },
        { numbers: true },
      ),
    ).toEqual({ findings: {}, gestationalWeek: 30, bloodPressure: { systolic: 140, diastolic: 'ninety' } });
  });

  it('leaves a missing half of a blood pressure out, so it is reported as required', () => {
    expect(triageRequestFrom({ ...NO_ANSWERS, diastolic: '80' }, { numbers: true })).toEqual({
      findings: {},
      bloodPressure: { diastolic: 80 },
    });
  });

  it('can leave the numbers out altogether', () => {
    expect(
      triageRequestFrom(
        { ...NO_ANSWERS, findings: ['chest_pain'], week: 'x', systolic: '1', diastolic: '2' },
        { numbers: false },
      ),
    ).toEqual({ findings: { chest_pain: true } });
  });

  it('after the birth sends the weeks since the birth instead of the week, and leaves out what needs the baby inside', () => {
    expect(
      triageRequestFrom(
        {
          ...NO_ANSWERS,
          stage: 'after-birth',
          postpartumWeeks: '3',
          week: '39',
          findings: ['reduced_fetal_movement', 'vaginal_bleeding', 'heavy_bleeding', 'one_leg_pain'],
        },
        { numbers: true },
      ),
    ).toEqual({ findings: { heavy_bleeding: true, one_leg_pain: true }, postpartumWeeks: 3 });
    // Left empty after the birth, the weeks go through as text so the parser asks for them.
    expect(triageRequestFrom({ ...NO_ANSWERS, stage: 'after-birth' }, { numbers: true })).toEqual({
      findings: {},
      postpartumWeeks: '',
    });
  });

  it('keeps a finding name such as __proto__ as an ordinary key for the parser to refuse', () => {
    const request = triageRequestFrom({ ...NO_ANSWERS, findings: ['__proto__'] }, { numbers: false });
    expect(Object.keys(request.findings as object)).toEqual(['__proto__']);
  });
});

describe('formFieldFor', () => {
  it('places number messages on their boxes and everything else on the form', () => {
    expect(formFieldFor('gestationalWeek')).toBe('week');
    expect(formFieldFor('postpartumWeeks')).toBe('postpartumWeeks');
    expect(formFieldFor('bloodPressure.systolic')).toBe('systolic');
    expect(formFieldFor('bloodPressure')).toBe('systolic');
    expect(formFieldFor('bloodPressure.diastolic')).toBe('diastolic');
    expect(formFieldFor(`findings.${FINDING_NAMES[0]}`)).toBe('form');
  });
});

describe('"See advice now"', () => {
  const answers = (findings: string[], stage: 'pregnant' | 'after-birth' = 'pregnant') => ({
    ...NO_ANSWERS,
    stage,
    findings,
  });

  it('is offered once a same-day sign is ticked, and not for signs that can wait', () => {
    expect(sameDayTicked(answers(['one_leg_swollen']))).toBe(true);
    expect(sameDayTicked(answers(['severe_headache']))).toBe(true);
    expect(sameDayTicked(answers([]))).toBe(false);
    expect(sameDayTicked(answers(['headache']))).toBe(false);
    expect(sameDayTicked(answers(['cramps_disturb_sleep']))).toBe(false);
    // Two answers on different screens that are same-day only together.
    expect(sameDayTicked(answers(['headache', 'both_legs_swollen']))).toBe(true);
  });

  it('marks every emergency finding and the clot signs as same-day at either stage', () => {
    for (const stage of ['pregnant', 'after-birth'] as const) {
      const names = sameDayFindings(stage);
      for (const name of findingsInGroup('emergency')) expect(names.has(name), name).toBe(true);
      expect(names.has('one_leg_swollen')).toBe(true);
      expect(names.has('headache')).toBe(false);
    }
  });

  it('goes to the result when asked with a same-day sign, and is an ordinary Continue without one', () => {
    expect(nextView(form({ step: 2, go: 'advice' }), false, true)).toEqual({
      kind: 'result',
      shortCircuit: false,
    });
    expect(nextView(form({ step: 2, go: 'advice' }), false, false)).toEqual({
      kind: 'step',
      step: 3,
      freshToken: false,
    });
  });
});
