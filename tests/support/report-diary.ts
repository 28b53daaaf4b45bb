// A small diary through the public API for the report, FHIR and share suites: a person in London due
// 2027-03-02 with cramps, check-ins and one saved triage check in November 2026.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { signUp } from './app.js';

export const REPORT_NOW = new Date('2026-11-22T12:00:00Z');

const EPISODES = [
  {
    startedAt: '2026-11-11T02:00:00Z',
    intensity: 4,
    durationSeconds: 90,
    muscles: ['calf'],
    side: 'left',
    wokeFromSleep: true,
    reliefTried: ['calf-stretch'],
    reliefHelped: ['calf-stretch'],
    minutesToRelief: 5,
  },
  { startedAt: '2026-11-13T23:00:00Z', intensity: 8, durationSeconds: 120, reliefTried: ['massage'] },
  { startedAt: '2026-11-16T01:00:00Z', intensity: 6, notes: 'woke twice' },
  { startedAt: '2026-11-17T14:00:00Z', intensity: 2 },
];

/** Signs a new person up and fills their diary; answers their cookie and id. */
export async function seedReportDiary(
  app: FastifyInstance,
  name = 'Anna Example',
): Promise<{ cookie: string; id: string }> {
  const person = await signUp(app, { timezone: 'Europe/London', name });
  const { cookie } = person;
  const patched = await app.inject({
    method: 'PATCH',
    url: '/api/me',
    headers: { cookie },
    payload: { dueDate: '2027-03-02', birthYear: 1994 },
  });
  expect(patched.statusCode, patched.body).toBe(200);
  for (const payload of EPISODES) {
    const response = await app.inject({ method: 'POST', url: '/api/episodes', headers: { cookie }, payload });
    expect(response.statusCode, response.body).toBe(201);
  }
  for (const [i, date] of ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'].entries()) {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/checkins/${date}`,
      headers: { cookie },
      payload: { stretchedBeforeBed: i < 2, supplements: ['magnesium'], waterGlasses: 6 },
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  const triage = await app.inject({
    method: 'POST',
    url: '/api/triage',
    headers: { cookie },
    payload: { findings: { one_leg_pain: true } },
  });
  expect(triage.statusCode, triage.body).toBe(200);
  return person;
}
