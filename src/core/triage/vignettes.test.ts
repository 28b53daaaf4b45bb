// Vignettes written from the sources: each must get its expected level, every rule must be fired
// by at least one, and every rule must have a near miss that stays below it.
import { describe, expect, it } from 'vitest';
import { triage } from './engine.js';
import { parseTriageInput, type TriageInput } from './input.js';
import { levelRank } from './levels.js';
import { RULE_IDS, ruleById, TRIAGE_RULES } from './rules.js';
import { VIGNETTES, type Vignette } from './vignettes.js';

function inputOf(v: Vignette): TriageInput {
  const raw = {
    findings: Object.fromEntries(v.findings.map((name) => [name, true])),
    ...(v.gestationalWeek !== undefined ? { gestationalWeek: v.gestationalWeek } : {}),
    ...(v.postpartumWeeks !== undefined ? { postpartumWeeks: v.postpartumWeeks } : {}),
    ...(v.bloodPressure !== undefined ? { bloodPressure: v.bloodPressure } : {}),
  };
  // Through the parser, so every vignette is also a valid API request.
  const parsed = parseTriageInput(raw);
  if (!parsed.ok) throw new Error(`vignette ${v.id} is not valid input: ${parsed.error.message}`);
  return parsed.value;
}

const results = VIGNETTES.map((v) => ({ v, result: triage(inputOf(v)) }));

function firedRules(v: Vignette): string[] {
  return triage(inputOf(v)).reasons.map((reason) => reason.rule);
}

describe('vignettes', () => {
  it('has at least 100 vignettes with unique ids and a story each', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) expect(v.story.length, v.id).toBeGreaterThan(20);
  });

  it.each(results.map(({ v, result }) => [v.id, v.expected, result.level] as const))(
    '%s → %s',
    (_id, expected, actual) => {
      expect(actual).toBe(expected);
    },
  );

  it('fires every rule in at least one vignette', () => {
    const fired = new Set(results.flatMap(({ result }) => result.reasons.map((reason) => reason.rule)));
    const neverFired = RULE_IDS.filter((id) => !fired.has(id));
    expect(neverFired).toEqual([]);
  });

  it('names only existing rules as near misses', () => {
    const unknown = VIGNETTES.flatMap((v) => v.nearMissOf ?? []).filter((id) => ruleById(id) === undefined);
    expect(unknown).toEqual([]);
  });

  it('has a near miss for every rule that neither fires it nor reaches its level', () => {
    const missing: string[] = [];
    for (const rule of TRIAGE_RULES) {
      const nearMisses = VIGNETTES.filter((v) => v.nearMissOf?.includes(rule.id));
      if (nearMisses.length === 0) missing.push(rule.id);
      for (const v of nearMisses) {
        expect(firedRules(v), `${v.id} must not fire ${rule.id}`).not.toContain(rule.id);
        // A self-care rule cannot have a lower level; not firing is the whole test there.
        if (rule.level !== 'self-care') {
          const level = triage(inputOf(v)).level;
          expect(levelRank(level), `${v.id} must stay below ${rule.id} (${rule.level})`).toBeLessThan(
            levelRank(rule.level),
          );
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
