import { describe, expect, it } from 'vitest';
import { triage } from '../../core/triage/index.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import type { UserRow } from '../db/repos/users.js';
import { reportPerson, triageCheckFact } from './report-input.js';

const user: UserRow = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'anna@example.com',
  email_normalized: 'anna@example.com',
  password_hash: 'not used',
  name: 'Анна',
  due_date: '2026-08-20',
  baby_birth_date: null,
  maternity_unit_name: null,
  maternity_unit_phone: null,
  birth_year: 1993,
  region: 'GB',
  timezone: null,
  locale: 'ru',
  language: null,
  created_at: new Date('2026-01-01T00:00:00Z'),
  updated_at: new Date('2026-01-01T00:00:00Z'),
};

describe('reportPerson', () => {
  it('takes the stored profile, with the default time zone when none is stored, and never the email', () => {
    const person = reportPerson(user, 'Europe/London');
    expect(person).toEqual({
      id: user.id,
      name: 'Анна',
      birthYear: 1993,
      dueDate: '2026-08-20',
      birthDate: null,
      locale: 'ru',
      timeZone: 'Europe/London',
    });
    expect(JSON.stringify(person)).not.toContain('example.com');
  });
});

describe('triageCheckFact', () => {
  it('keeps the findings answered yes, the level and the engine’s reasons', () => {
    const result = triage({ findings: { one_leg_swollen: true, leg_redness: true } });
    const record: TriageRecord = {
      id: 'c1',
      createdAt: '2026-05-01T10:00:00.000Z',
      input: {
        findings: { one_leg_swollen: true, leg_redness: true },
        gestationalWeek: 30,
        gestationalWeekSource: 'answer',
        bloodPressure: null,
      },
      level: result.level,
      result,
    };
    const fact = triageCheckFact(record);
    expect(fact.level).toBe(result.level);
    expect(['urgent', 'emergency']).toContain(fact.level);
    expect([...fact.findings].sort()).toEqual(['leg_redness', 'one_leg_swollen']);
    expect(fact.reasons.length).toBe(result.reasons.length);
    expect(fact.reasons[0]).toEqual({
      rule: result.reasons[0]!.rule,
      level: result.reasons[0]!.level,
      explanation: result.reasons[0]!.explanation,
    });
  });
});
