// Regression tests for the obstetric review of the v1 rules (issue 8). Each block reproduces one
// measured finding as it was reported, and pins the v2 answer from shared/triage.md "Version 2".
import { describe, expect, it } from 'vitest';
import { triage } from './engine.js';
import type { FindingName } from './findings.js';
import type { TriageInput } from './input.js';

type Extra = Omit<TriageInput, 'findings'>;
const check = (names: readonly FindingName[], extra: Extra = {}) =>
  triage({ findings: Object.fromEntries(names.map((name) => [name, true])), ...extra } as TriageInput);

const CLOT_UNSAFE = ['relief.massage', 'relief.heat', 'relief.calf-stretch', 'prevent.calf-stretches'];

describe('under-triage found by the review', () => {
  it('new vomiting from 20 weeks is urgent with the maternity unit, not routine', () => {
    const at30 = check(['vomiting'], { gestationalWeek: 30 });
    expect(at30.level).toBe('urgent');
    expect(at30.actionId).toBe('maternity-unit-now');
    expect(check(['vomiting']).level).toBe('urgent'); // week unknown counts as late
    expect(check(['vomiting'], { gestationalWeek: 10 }).level).toBe('routine');
    expect(check(['vomiting', 'cannot_keep_fluids'], { gestationalWeek: 10 }).level).toBe('urgent');
  });

  it('160/110 with no symptoms sends to the maternity unit now, with symptoms or breathlessness to the emergency number', () => {
    const severe = check([], { gestationalWeek: 32, bloodPressure: { systolic: 162, diastolic: 100 } });
    expect(severe.level).toBe('urgent');
    expect(severe.actionId).toBe('maternity-unit-now');
    expect(severe.watchFor.join(' ')).toMatch(/15 minutes/);
    for (const sign of [
      'severe_headache',
      'vision_changes',
      'pain_below_ribs',
      'sudden_breathlessness',
      'breathless_gradual',
    ] as const) {
      const result = check([sign], { gestationalWeek: 32, bloodPressure: { systolic: 150, diastolic: 112 } });
      expect(result.level, sign).toBe('emergency');
      expect(
        result.reasons.map((r) => r.rule),
        sign,
      ).toContain('severe-hypertension-with-symptoms');
    }
  });

  it('pain in one leg only is urgent and withholds massage, heat and stretching', () => {
    const result = check(['one_leg_pain'], { gestationalWeek: 26 });
    expect(result.level).toBe('urgent');
    expect(result.actionId).toBe('seen-today');
    for (const id of CLOT_UNSAFE) expect(result.selfCare).not.toContain(id);
  });

  it('obstetric urgent answers send to the maternity unit, not a general urgent-care centre', () => {
    const obstetric: FindingName[] = [
      'severe_headache',
      'vision_changes',
      'pain_below_ribs',
      'sudden_swelling_face_hands',
      'reduced_fetal_movement',
      'vaginal_bleeding',
      'fluid_leaking',
      'regular_contractions',
    ];
    for (const name of obstetric) {
      const result = check([name], { gestationalWeek: 34 });
      expect(result.actionId, name).toBe('maternity-unit-now');
      expect(result.action, name).toMatch(/maternity unit/i);
      expect(result.action, name).not.toMatch(/urgent care/i);
    }
    for (const name of ['one_leg_swollen', 'leg_weakness', 'fever', 'hard_red_vein'] as const) {
      expect(check([name], { gestationalWeek: 34 }).actionId, name).toBe('seen-today');
    }
  });

  it('heavy bleeding, constant tummy pain, sepsis signs and weakness of both legs call the emergency number', () => {
    for (const name of [
      'heavy_bleeding',
      'constant_abdominal_pain',
      'sepsis_signs',
      'both_legs_weak',
    ] as const) {
      const result = check([name], { gestationalWeek: 30 });
      expect(result.level, name).toBe('emergency');
      expect(result.actionId, name).toBe('call-emergency');
    }
  });

  it('a racing heart or breathlessness building over hours is urgent alone and an emergency with a one-leg sign', () => {
    expect(check(['racing_heart']).level).toBe('urgent');
    expect(check(['breathless_gradual']).level).toBe('urgent');
    expect(check(['racing_heart', 'one_leg_pain']).level).toBe('emergency');
    expect(check(['racing_heart', 'breathless_gradual']).level).toBe('emergency');
    expect(check(['breathless_gradual', 'one_leg_swollen']).level).toBe('emergency');
  });

  it('after the birth: clot signs stay urgent, heavy bleeding is an emergency, pre-eclampsia signs go to the maternity unit', () => {
    expect(check(['one_leg_pain'], { postpartumWeeks: 2 }).level).toBe('urgent');
    expect(check(['heavy_bleeding'], { postpartumWeeks: 1 }).level).toBe('emergency');
    const headache = check(['severe_headache'], { postpartumWeeks: 3 });
    expect(headache.level).toBe('urgent');
    expect(headache.actionId).toBe('maternity-unit-now');
    expect(check(['vomiting'], { postpartumWeeks: 2 }).level).toBe('urgent');
    expect(check([], { postpartumWeeks: 4, bloodPressure: { systolic: 145, diastolic: 92 } }).level).toBe(
      'urgent',
    );
  });

  it('clot risk context never lowers a level: previous clot alone is soon, the others routine', () => {
    expect(check(['previous_clot']).level).toBe('soon');
    for (const name of ['long_journey', 'reduced_mobility', 'recent_surgery'] as const) {
      expect(check([name]).level, name).toBe('routine');
    }
    expect(check(['one_leg_pain', 'long_journey', 'previous_clot']).level).toBe('urgent');
  });

  it('a cramp over 10 minutes withholds clot-unsafe self-care and says honestly that the level is our precaution', () => {
    const result = check(['cramp_over_10_min'], { gestationalWeek: 30 });
    expect(result.level).toBe('urgent');
    for (const id of CLOT_UNSAFE) expect(result.selfCare).not.toContain(id);
    const reason = result.reasons.find((r) => r.rule === 'cramp-over-10-minutes');
    expect(reason?.explanation).toMatch(/non-urgent/);
    expect(reason?.explanation).toMatch(/precaution/);
  });
});

describe('needless alarm found by the review', () => {
  it('mild swelling of both ankles is routine at any week', () => {
    for (const gestationalWeek of [8, 20, 36]) {
      expect(check(['both_legs_swollen'], { gestationalWeek }).level, `week ${gestationalWeek}`).toBe(
        'routine',
      );
    }
    expect(check(['both_legs_swollen']).level).toBe('routine');
  });

  it('a headache with mild ankle swelling is routine at 8 weeks and urgent from 20 weeks or week unknown', () => {
    expect(check(['headache', 'both_legs_swollen'], { gestationalWeek: 8 }).level).toBe('routine');
    expect(check(['headache', 'both_legs_swollen'], { gestationalWeek: 24 }).level).toBe('urgent');
    expect(check(['headache', 'both_legs_swollen']).level).toBe('urgent');
  });

  it('frequent cramps with mild ankle swelling, varicose veins or poor sleep are routine', () => {
    expect(check(['frequent_cramps', 'both_legs_swollen'], { gestationalWeek: 30 }).level).toBe('routine');
    expect(check(['frequent_cramps', 'painful_varicose_veins'], { gestationalWeek: 30 }).level).toBe(
      'routine',
    );
    expect(check(['frequent_cramps', 'cramps_disturb_sleep'], { gestationalWeek: 30 }).level).toBe('routine');
    // …but a nerve, circulation or pre-eclampsia finding alongside still raises them.
    expect(check(['frequent_cramps', 'headache'], { gestationalWeek: 30 }).level).toBe('soon');
    expect(check(['frequent_cramps', 'toes_cold_pale_episodes'], { gestationalWeek: 30 }).level).toBe('soon');
  });

  it('diabetes is worth a mention (routine) because cramps can point to nerve or salt-balance problems', () => {
    const result = check(['diabetes'], { gestationalWeek: 30 });
    expect(result.level).toBe('routine');
    expect(result.reasons[0]?.explanation).toMatch(/nerve/);
    expect(result.reasons[0]?.explanation).toMatch(/salt/);
  });
});
