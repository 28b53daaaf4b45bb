// The baby's birth date on the profile (issue 8): validated, shown as weeks since the birth, and
// used by signed-in checks (see triage-api.test.ts).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

// Noon UTC on 1 March 2025, a fixed "today" for every check here.
const NOW = new Date('2025-03-01T12:00:00Z');

describe.each(storeTargets)('profile birth date on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const patch = (cookie: string, payload: object) =>
    app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload });
  const me = async (cookie: string) =>
    (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json();

  it('stores a birth date and shows weeks since the birth instead of the week of pregnancy', async () => {
    const person = await signUp(app, { timezone: 'Europe/London' });
    expect((await patch(person.cookie, { dueDate: '2025-02-20' })).json()).toMatchObject({
      birthDate: null,
      afterBirth: null,
      gestationalAge: { weeks: 41 },
    });
    const response = await patch(person.cookie, { birthDate: '2025-02-12' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      birthDate: '2025-02-12',
      afterBirth: { weeks: 2, days: 3, inTriageWindow: true },
      gestationalAge: null,
      trimester: null,
    });
    expect(await me(person.cookie)).toMatchObject({ birthDate: '2025-02-12', afterBirth: { weeks: 2 } });
  });

  it('says when the birth is past the 12 weeks the check covers', async () => {
    const person = await signUp(app, { timezone: 'Europe/London' });
    const json = (await patch(person.cookie, { birthDate: '2024-11-01' })).json();
    expect(json.afterBirth).toMatchObject({ weeks: 17, inTriageWindow: false });
  });

  it('clears the birth date with null', async () => {
    const person = await signUp(app, { timezone: 'Europe/London' });
    await patch(person.cookie, { birthDate: '2025-02-12' });
    expect((await patch(person.cookie, { birthDate: null })).json()).toMatchObject({
      birthDate: null,
      afterBirth: null,
    });
  });

  it.each([
    ['a date in the future', '2025-03-02', /cannot be in the future/],
    ['a date more than a year ago', '2024-02-01', /more than a year ago/],
    ['not a date', 'last week', /YYYY-MM-DD/],
    ['an impossible date', '2025-02-30', /YYYY-MM-DD/],
  ])('refuses %s with a field message and keeps the stored date', async (_name, birthDate, message) => {
    const person = await signUp(app, { timezone: 'Europe/London' });
    await patch(person.cookie, { birthDate: '2025-02-12' });
    const response = await patch(person.cookie, { birthDate });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_input');
    expect(error.fields.birthDate).toMatch(message);
    expect((await me(person.cookie)).birthDate).toBe('2025-02-12');
  });

  it("judges 'today' on the person's own calendar", async () => {
    // 1 March 12:00 UTC is already 2 March in Kiritimati (UTC+14): the 2nd is not in the future there.
    const person = await signUp(app, { timezone: 'Pacific/Kiritimati' });
    expect((await patch(person.cookie, { birthDate: '2025-03-02' })).statusCode).toBe(200);
  });

  it('switches the diary week counting to weeks since the birth', async () => {
    const person = await signUp(app, { timezone: 'Europe/London' });
    await patch(person.cookie, { dueDate: '2025-02-20', birthDate: '2025-02-12' });
    for (const startedAt of ['2025-02-10T02:00:00Z', '2025-02-13T02:00:00Z', '2025-02-27T02:00:00Z']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie: person.cookie },
        payload: { startedAt },
      });
      expect(response.statusCode).toBe(201);
    }
    const insights = (
      await app.inject({ method: 'GET', url: '/api/insights', headers: { cookie: person.cookie } })
    ).json();
    expect(
      insights.perWeek.weeks.map(
        (w: { pregnancyWeek: number | null; weeksSinceBirth: number | null; episodes: number }) => [
          w.pregnancyWeek,
          w.weeksSinceBirth,
          w.episodes,
        ],
      ),
    ).toEqual([
      [38, null, 1],
      [null, 0, 1],
      [null, 1, 0],
      [null, 2, 1],
    ]);
  });
});
