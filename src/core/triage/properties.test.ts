// Properties that must hold for every input, not just the vignettes (docs/triage.md).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { triage } from './engine.js';
import { BABY_FINDINGS, FINDING_NAMES, type FindingName, isFindingName } from './findings.js';
import { type BloodPressure, parseTriageInput, type TriageInput } from './input.js';
import { ACTION_LEVEL, levelRank } from './levels.js';
import { ONE_LEG_CLOT_SIGNS } from './rules-emergency.js';
import { CLOT_UNSAFE_SELF_CARE } from './self-care.js';

const registry = parse(readFileSync(new URL('../../content/sources.yaml', import.meta.url), 'utf8')) as {
  key: string;
}[];
const registryKeys = new Set(registry.map((entry) => entry.key));

const findingSet = fc.uniqueArray(fc.constantFrom(...FINDING_NAMES), { maxLength: FINDING_NAMES.length });
const week = fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined });
const bloodPressure: fc.Arbitrary<BloodPressure | undefined> = fc.option(
  fc
    .integer({ min: 51, max: 260 })
    .chain((systolic) =>
      fc.integer({ min: 30, max: Math.min(160, systolic - 1) }).map((diastolic) => ({ systolic, diastolic })),
    ),
  { nil: undefined },
);

function input(findings: readonly FindingName[], gestationalWeek?: number, bp?: BloodPressure): TriageInput {
  return {
    findings: Object.fromEntries(findings.map((name) => [name, true])),
    ...(gestationalWeek !== undefined ? { gestationalWeek } : {}),
    ...(bp !== undefined ? { bloodPressure: bp } : {}),
  };
}

const rankOf = (i: TriageInput) => levelRank(triage(i).level);

// v2: the whole vocabulary in pregnancy (week known or not), or after the birth with 0–12 weeks
// and without the findings that need the baby inside (those are refused then).
type When = { gestationalWeek?: number; postpartumWeeks?: number };
const when: fc.Arbitrary<When> = fc.oneof(
  week.map((w): When => (w === undefined ? {} : { gestationalWeek: w })),
  fc.integer({ min: 0, max: 12 }).map((p): When => ({ postpartumWeeks: p })),
);
const AFTER_BIRTH_NAMES = FINDING_NAMES.filter((name) => !BABY_FINDINGS.includes(name));
const namesFor = (w: When) => (w.postpartumWeeks === undefined ? FINDING_NAMES : AFTER_BIRTH_NAMES);
const scenario = when.chain((w) =>
  fc.record({
    when: fc.constant(w),
    set: fc.uniqueArray(fc.constantFrom(...namesFor(w))),
    extra: fc.constantFrom(...namesFor(w)),
    bp: bloodPressure,
  }),
);
const v2Input = (set: readonly FindingName[], w: When, bp?: BloodPressure): TriageInput => ({
  findings: Object.fromEntries(set.map((name) => [name, true])),
  ...w,
  ...(bp !== undefined ? { bloodPressure: bp } : {}),
});

// Signs that a clot may be present anywhere (leg, lungs, an artery, or a cramp that will not let go).
const CLOT_SIGNS: readonly FindingName[] = [
  ...ONE_LEG_CLOT_SIGNS,
  'chest_pain',
  'sudden_breathlessness',
  'coughing_blood',
  'fainting',
  'leg_cold_pale_severe_pain',
  'racing_heart',
  'breathless_gradual',
  'cramp_over_10_min',
];

describe('triage properties over the v2 vocabulary and postpartumWeeks', () => {
  it('is monotone in findings, in pregnancy and after the birth', () => {
    fc.assert(
      fc.property(scenario, ({ when: w, set, extra, bp }) => {
        expect(rankOf(v2Input([...set, extra], w, bp))).toBeGreaterThanOrEqual(rankOf(v2Input(set, w, bp)));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every generated input through the parser (no baby findings after the birth)', () => {
    fc.assert(
      fc.property(scenario, ({ when: w, set, bp }) => {
        expect(parseTriageInput(JSON.parse(JSON.stringify(v2Input(set, w, bp)))).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives sourced reasons and an actionId that belongs to the level', () => {
    fc.assert(
      fc.property(scenario, ({ when: w, set, bp }) => {
        const result = triage(v2Input(set, w, bp));
        expect(ACTION_LEVEL[result.actionId]).toBe(result.level);
        if (result.level !== 'self-care') expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) {
          expect(reason.sources.length).toBeGreaterThan(0);
          for (const key of reason.sources) expect(registryKeys.has(key), key).toBe(true);
        }
        // The maternity unit is only ever the destination for an obstetric reason at the urgent level.
        if (result.actionId === 'maternity-unit-now') {
          expect(w.postpartumWeeks === undefined || w.postpartumWeeks <= 6).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never offers clot-unsafe self-care when any clot sign is present', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...CLOT_SIGNS), ({ when: w, set, bp }, sign) => {
        const result = triage(v2Input([...set, sign], w, bp));
        for (const id of CLOT_UNSAFE_SELF_CARE) expect(result.selfCare).not.toContain(id);
        expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank('urgent'));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers clot signs at least urgent and heavy bleeding as an emergency after the birth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.constantFrom(...ONE_LEG_CLOT_SIGNS), (p, sign) => {
        expect(rankOf(v2Input([sign], { postpartumWeeks: p }))).toBeGreaterThanOrEqual(levelRank('urgent'));
        expect(triage(v2Input(['heavy_bleeding'], { postpartumWeeks: p })).level).toBe('emergency');
      }),
    );
  });

  it('refuses both stages at once, baby findings after the birth and weeks after birth outside 0–12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 12 }), (w, p) => {
        const both = parseTriageInput({ findings: {}, gestationalWeek: w, postpartumWeeks: p });
        expect(both.ok).toBe(false);
        if (!both.ok) expect(both.error.fields.postpartumWeeks).toMatch(/gestationalWeek/);
      }),
      { numRuns: 100 },
    );
    for (const name of BABY_FINDINGS) {
      const parsed = parseTriageInput({ findings: { [name]: true }, postpartumWeeks: 3 });
      expect(parsed.ok, name).toBe(false);
      if (!parsed.ok) expect(parsed.error.fields[`findings.${name}`]).toMatch(/after the birth/);
    }
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 13 }), fc.double({ min: 0.1, max: 11.9 })),
        (p) => {
          fc.pre(!Number.isInteger(p) || p < 0 || p > 12);
          const parsed = parseTriageInput({ findings: {}, postpartumWeeks: p });
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.error.fields.postpartumWeeks).toMatch(/0 to 12/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('triage properties', () => {
  it('is monotone: one more finding never lowers the level (fixed week and blood pressure)', () => {
    fc.assert(
      fc.property(findingSet, fc.constantFrom(...FINDING_NAMES), week, bloodPressure, (set, extra, w, bp) => {
        expect(rankOf(input([...set, extra], w, bp))).toBeGreaterThanOrEqual(rankOf(input(set, w, bp)));
      }),
      { numRuns: 2000 },
    );
  });

  it('never lowers the level when a blood pressure reading is added or raised', () => {
    fc.assert(
      fc.property(findingSet, week, bloodPressure, fc.nat(60), fc.nat(40), (set, w, bp, up, upDia) => {
        const base = rankOf(input(set, w, bp));
        expect(rankOf(input(set, w, undefined))).toBeLessThanOrEqual(base);
        if (bp === undefined) return;
        // Raise both numbers, keeping the reading valid (diastolic below systolic, both in range).
        const systolic = Math.min(260, bp.systolic + up);
        const diastolic = Math.min(160, systolic - 1, bp.diastolic + upDia);
        expect(rankOf(input(set, w, { systolic, diastolic }))).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 1000 },
    );
  });

  it('never answers lower when the week is unknown than for any known week', () => {
    fc.assert(
      fc.property(findingSet, fc.integer({ min: 0, max: 45 }), bloodPressure, (set, w, bp) => {
        expect(rankOf(input(set, undefined, bp))).toBeGreaterThanOrEqual(rankOf(input(set, w, bp)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives every level above self-care a reason, and every reason registry sources and true findings', () => {
    fc.assert(
      fc.property(findingSet, week, bloodPressure, (set, w, bp) => {
        const result = triage(input(set, w, bp));
        if (result.level !== 'self-care') expect(result.reasons.length).toBeGreaterThan(0);
        // The level is the most urgent reason's level, and reasons come most urgent first.
        expect(result.reasons[0]?.level ?? 'self-care').toBe(result.level);
        const ranks = result.reasons.map((reason) => levelRank(reason.level));
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
        for (const reason of result.reasons) {
          expect(reason.sources.length).toBeGreaterThan(0);
          for (const key of reason.sources) expect(registryKeys.has(key), key).toBe(true);
          for (const finding of reason.findings) expect(set).toContain(finding);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses any name that is not a finding, naming it in a field error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'Chest_Pain', 'one_leg_swolen'),
        ),
        (name) => {
          fc.pre(!isFindingName(name));
          const raw = JSON.parse(JSON.stringify({ findings: { [name]: true } }));
          const parsed = parseTriageInput(raw);
          expect(parsed.ok).toBe(false);
          if (parsed.ok) return;
          expect(parsed.error.code).toBe('invalid_input');
          expect(Object.hasOwn(parsed.error.fields, `findings.${name}`)).toBe(true);
          expect(parsed.error.fields[`findings.${name}`]).toContain(`'${name}'`);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses any finding value that is not a boolean', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINDING_NAMES),
        fc.anything().filter((value) => typeof value !== 'boolean' && value !== undefined),
        (name, value) => {
          const parsed = parseTriageInput({ findings: { [name]: value } });
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) expect(parsed.error.fields[`findings.${name}`]).toBe('must be true or false');
        },
      ),
    );
  });

  it('answers self-care with no reasons when no finding is true', () => {
    fc.assert(
      fc.property(fc.subarray([...FINDING_NAMES]), fc.integer({ min: 0, max: 45 }), (names, w) => {
        const findings = Object.fromEntries(names.map((name) => [name, false]));
        const result = triage({ findings, gestationalWeek: w });
        expect(result.level).toBe('self-care');
        expect(result.reasons).toEqual([]);
      }),
    );
    expect(triage({ findings: {} }).level).toBe('self-care');
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(
        findingSet,
        week,
        bloodPressure,
        fc.constantFrom(undefined, 'GB', 'us', 'JP', 'XX'),
        (set, w, bp, region) => {
          const given = input(set, w, bp);
          const snapshot = structuredClone(given);
          const first = triage(Object.freeze(given), { region });
          expect(triage(structuredClone(snapshot), { region })).toEqual(first);
          expect(given).toEqual(snapshot);
        },
      ),
      { numRuns: 500 },
    );
  });
});
