// What the report, FHIR and share routes hand the pure core (through report-source.ts): the stored
// person and their saved checks in the core's terms.

import type { ReportPerson, TriageCheckFact } from '../../core/report/index.js';
import { findingsAnsweredYes } from '../../core/triage/index.js';
import type { TriageRecord } from '../db/repos/triage-results.js';
import type { UserRow } from '../db/repos/users.js';

export function reportPerson(user: UserRow, defaultTimeZone: string): ReportPerson {
  return {
    id: user.id,
    name: user.name,
    birthYear: user.birth_year,
    dueDate: user.due_date,
    birthDate: user.baby_birth_date,
    locale: user.locale,
    timeZone: user.timezone ?? defaultTimeZone,
  };
}

export function triageCheckFact(record: TriageRecord): TriageCheckFact {
  return {
    id: record.id,
    createdAt: record.createdAt,
    level: record.level,
    findings: findingsAnsweredYes(record.input.findings),
    gestationalWeek: record.input.gestationalWeek,
    bloodPressure: record.input.bloodPressure,
    reasons: record.result.reasons.map((r) => ({ rule: r.rule, level: r.level, explanation: r.explanation })),
  };
}
