// The engine's answer beyond the level: what each finding alone gives, self-care that is safe to
// show, watch-for lines, and the local emergency number threaded through the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triage } from './engine.js';
import { FINDING_NAMES, type FindingName } from './findings.js';
import type { TriageLevel } from './levels.js';

const only = (name: FindingName, gestationalWeek = 30) =>
  triage({ findings: { [name]: true }, gestationalWeek });

// The level each finding gives on its own at 30 weeks: a reviewable copy of the clinical table.
const ALONE: Record<FindingName, TriageLevel> = {
  chest_pain: 'emergency',
  sudden_breathlessness: 'emergency',
  coughing_blood: 'emergency',
  fainting: 'emergency',
  seizure: 'emergency',
  leg_cold_pale_severe_pain: 'emergency',
  bladder_bowel_changes: 'emergency',
  both_legs_weak: 'emergency',
  heavy_bleeding: 'emergency',
  constant_abdominal_pain: 'emergency',
  sepsis_signs: 'emergency',
  one_leg_swollen: 'urgent',
  one_leg_pain: 'urgent',
  both_legs_swollen: 'routine', // v2: was soon from 20 weeks
  leg_redness: 'urgent',
  leg_warmth: 'urgent',
  leg_tenderness: 'urgent',
  pain_persists: 'urgent',
  residual_soreness: 'self-care',
  cramp_over_10_min: 'urgent',
  trouble_walking: 'urgent',
  leg_weakness: 'urgent',
  numbness_tingling: 'soon',
  back_pain_radiating: 'soon',
  toes_cold_pale_episodes: 'soon',
  painful_varicose_veins: 'routine',
  hard_red_vein: 'urgent',
  arm_cramps_with_pain: 'soon',
  racing_heart: 'urgent',
  breathless_gradual: 'urgent',
  headache: 'routine',
  severe_headache: 'urgent',
  vision_changes: 'urgent',
  pain_below_ribs: 'urgent',
  sudden_swelling_face_hands: 'urgent',
  vomiting: 'urgent', // v2: new vomiting from 20 weeks is a pre-eclampsia sign
  cannot_keep_fluids: 'urgent',
  reduced_fetal_movement: 'urgent',
  vaginal_bleeding: 'urgent',
  fluid_leaking: 'urgent',
  fever: 'urgent',
  regular_contractions: 'urgent',
  frequent_cramps: 'routine',
  cramps_disturb_sleep: 'routine',
  home_care_not_helping: 'soon',
  supplement_question: 'routine',
  diabetes: 'routine', // v2: was self-care
  long_journey: 'routine',
  reduced_mobility: 'routine',
  recent_surgery: 'routine',
  previous_clot: 'soon',
};

// Rules that raise a clot or a blocked artery: no rubbing, heat or exercise for that leg.
const CLOT_RULES = [
  'pulmonary-embolism-signs',
  'acute-limb-ischaemia',
  'dvt-one-leg-swollen',
  'dvt-leg-tenderness',
  'dvt-leg-redness',
  'dvt-leg-warmth',
  'leg-pain-persists',
  'trouble-walking',
  'one-leg-pain',
  'hard-red-vein',
  'cramp-over-10-minutes',
  'racing-heart',
  'breathless-gradual',
  'clot-reaching-the-lungs',
];
const MASSAGE = ['relief.massage', 'prevent.self-massage', 'treat.manual-therapy'];

describe('each finding on its own', () => {
  it.each(FINDING_NAMES.map((name) => [name, ALONE[name]] as const))('%s → %s', (name, level) => {
    const result = only(name);
    expect(result.level).toBe(level);
    if (level !== 'self-care') expect(result.reasons[0]?.findings).toContain(name);
  });

  it('only residual soreness leaves the answer at self-care (v2: diabetes is now routine)', () => {
    const selfCare = FINDING_NAMES.filter((name) => only(name).level === 'self-care');
    expect(selfCare).toEqual(['residual_soreness']);
  });
});

describe('self-care suggestions', () => {
  it('always offer the core cramp relief at the self-care level', () => {
    for (const findings of [{}, { residual_soreness: true }]) {
      const result = triage({ findings });
      expect(result.level).toBe('self-care');
      expect(result.selfCare).toEqual(
        expect.arrayContaining([
          'relief.calf-stretch',
          'relief.massage',
          'relief.heat',
          'prevent.calf-stretches',
        ]),
      );
    }
  });

  it('are empty in an emergency', () => {
    for (const name of FINDING_NAMES.filter((n) => ALONE[n] === 'emergency')) {
      expect(only(name).selfCare).toEqual([]);
    }
  });

  it('never suggest massage, and warn against it, whenever a clot may be present', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...FINDING_NAMES)), (names) => {
        const result = triage({
          findings: Object.fromEntries(names.map((n) => [n, true])),
          gestationalWeek: 30,
        });
        const clot = result.reasons.some((reason) => CLOT_RULES.includes(reason.rule));
        if (!clot) return;
        for (const id of MASSAGE) expect(result.selfCare).not.toContain(id);
        expect(
          result.watchFor.some((line) => line.startsWith('Do not massage a leg that may have a clot')),
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('hold back massage when a clot sign comes with ordinary cramps and soreness', () => {
    const result = triage({
      findings: { leg_tenderness: true, residual_soreness: true, frequent_cramps: true },
    });
    expect(result.level).toBe('urgent');
    expect(result.selfCare).not.toContain('relief.massage');
    expect(result.selfCare).not.toContain('relief.heat');
    expect(result.selfCare).not.toContain('prevent.calf-stretches');
  });

  it('hold back massage over painful varicose veins but keep other relief', () => {
    const result = only('painful_varicose_veins');
    expect(result.selfCare).not.toContain('relief.massage');
    expect(result.selfCare).toEqual(
      expect.arrayContaining(['prevent.compression-stockings', 'relief.calf-stretch']),
    );
  });

  it('list rule-specific items before the general relief, without duplicates', () => {
    const result = only('frequent_cramps');
    expect(result.selfCare[0]).toBe('prevent.calf-stretches');
    expect(new Set(result.selfCare).size).toBe(result.selfCare.length);
  });
});

describe('watch-for lines', () => {
  it('tell a self-care answer what would make it urgent or an emergency, with the local number', () => {
    const result = triage({ findings: {} }, { region: 'GB' });
    expect(result.watchFor.join('\n')).toMatch(/call 999 now/);
    expect(result.watchFor.join('\n')).toMatch(/One leg starts to hurt.*urgent/);
  });

  it('never leave a {number} placeholder in any text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...FINDING_NAMES)), (names) => {
        const result = triage(
          { findings: Object.fromEntries(names.map((n) => [n, true])) },
          { region: 'JP' },
        );
        const text = [result.action, ...result.watchFor, ...result.reasons.map((r) => r.explanation)].join(
          '\n',
        );
        expect(text).not.toContain('{number}');
      }),
      { numRuns: 300 },
    );
  });

  it('are never empty', () => {
    for (const name of FINDING_NAMES) expect(only(name).watchFor.length).toBeGreaterThan(0);
  });
});

describe('reasons and numbers', () => {
  it('puts the most urgent reason first and lists the findings behind each', () => {
    const result = triage({ findings: { frequent_cramps: true, one_leg_swollen: true, chest_pain: true } });
    // v2: one swollen leg no longer also counts as 'frequent cramps with other discomfort' (soon).
    expect(result.reasons.map((r) => r.level)).toEqual(['emergency', 'urgent', 'routine']);
    expect(result.reasons[0]).toMatchObject({ rule: 'pulmonary-embolism-signs', findings: ['chest_pain'] });
  });

  it('gives a blood-pressure reason without findings, and an unknown week counts as 20 or more', () => {
    const result = triage({ findings: {}, bloodPressure: { systolic: 141, diastolic: 85 } });
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toMatchObject({ rule: 'high-blood-pressure-from-20-weeks', findings: [] });
  });

  it('uses the region for the emergency number in the action and the result', () => {
    const result = triage({ findings: { seizure: true } }, { region: 'au' });
    expect(result.emergencyNumber).toEqual({ number: '000', region: 'AU', label: 'Australia' });
    expect(result.action).toMatch(/^Call 000 now/);
  });

  it('speaks of the birth after it, in the action and the watch-for lines, without changing the level', () => {
    const pregnant = triage({ findings: { chest_pain: true } }, { region: 'GB' });
    const born = triage({ findings: { chest_pain: true }, postpartumWeeks: 1 }, { region: 'GB' });
    const bornWeeksUnknown = triage({ findings: { chest_pain: true } }, { region: 'GB', afterBirth: true });
    expect(pregnant.action).toMatch(/you are pregnant/);
    expect(born.action).toMatch(/you had a baby recently/);
    expect(bornWeeksUnknown.action).toBe(born.action);
    expect(bornWeeksUnknown.level).toBe(pregnant.level);
    const quiet = triage({ findings: {}, postpartumWeeks: 2 });
    expect(quiet.watchFor.join(' ')).not.toMatch(/baby moving less/);
    expect(triage({ findings: {} }).watchFor.join(' ')).toMatch(/baby moving less/);
  });

  it('ignores keys that are not findings when called without validation', () => {
    const unchecked = { findings: { chest_pain: false, toString: true } } as never;
    expect(triage(unchecked).level).toBe('self-care');
  });
});
