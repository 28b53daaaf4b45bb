// Levels: order, maximum, and the action text for each (the emergency one must carry the local number).
import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from './emergency-numbers.js';
import { actionFor, isTriageLevel, levelRank, maxLevel, TRIAGE_LEVELS, type TriageLevel } from './levels.js';

describe('levels', () => {
  it('ranks from self-care to emergency in declaration order', () => {
    expect(TRIAGE_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes the most urgent level, and self-care for none', () => {
    expect(maxLevel([])).toBe('self-care');
    expect(maxLevel(['routine', 'urgent', 'soon'])).toBe('urgent');
    expect(maxLevel(['emergency', 'self-care'])).toBe('emergency');
  });

  it('recognises only the five levels', () => {
    for (const level of TRIAGE_LEVELS) expect(isTriageLevel(level)).toBe(true);
    for (const value of ['Urgent', 'critical', '', 3, null, 'toString'])
      expect(isTriageLevel(value)).toBe(false);
  });
});

describe('actionFor', () => {
  const expectations: Record<TriageLevel, RegExp> = {
    emergency: /^Call 999 now/,
    urgent: /midwife, doctor or maternity unit now.*today/,
    soon: /within the next day or two/,
    routine: /next prenatal appointment/,
    'self-care': /at home/,
  };

  it.each(TRIAGE_LEVELS.map((level) => [level]))('%s has its own plain instruction', (level) => {
    expect(actionFor(level, emergencyNumberFor('GB'))).toMatch(expectations[level]);
  });

  it('gives every level a different instruction', () => {
    const texts = TRIAGE_LEVELS.map((level) => actionFor(level, emergencyNumberFor('US')));
    expect(new Set(texts).size).toBe(TRIAGE_LEVELS.length);
  });

  it.each(['US', 'GB', 'JP', 'CN', 'AU', 'NZ', 'DE', undefined])(
    'puts the local number in the emergency action (%s)',
    (region) => {
      const contact = emergencyNumberFor(region);
      expect(actionFor('emergency', contact)).toContain(`Call ${contact.number} now`);
    },
  );

  it('tells people without a region to use their local number if 112 is not it', () => {
    expect(actionFor('emergency', emergencyNumberFor(undefined))).toMatch(/Call 112 now.*local number/);
  });

  it('names the emergency number as the fallback in the urgent action', () => {
    expect(actionFor('urgent', emergencyNumberFor('AU'))).toContain('call 000');
  });

  it('refuses a level outside the union at run time', () => {
    expect(() => actionFor('critical' as TriageLevel, emergencyNumberFor('US'))).toThrow(
      /Unknown triage level/,
    );
  });
});
