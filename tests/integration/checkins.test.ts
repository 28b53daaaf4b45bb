import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWELLING } from '../../src/core/insights/vocabulary.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

const UNANSWERED = {
  waterGlasses: null,
  walkedMinutes: null,
  standingHours: null,
  stretchedBeforeBed: null,
  warmBath: null,
  legsElevated: null,
  compressionStockings: null,
  sleptOnLeftSide: null,
  supplements: null,
  swelling: null,
  notes: null,
  planStepsDone: null,
};

const FULL = {
  waterGlasses: 30,
  walkedMinutes: 600,
  standingHours: 24,
  stretchedBeforeBed: true,
  warmBath: false,
  legsElevated: true,
  compressionStockings: false,
  sleptOnLeftSide: true,
  supplements: ['calcium', 'magnesium', 'multivitamin', 'vitamin-d', 'other'],
  swelling: 'both-ankles',
  notes: 'tired legs after work',
};

describe.each(storeTargets)('check-ins on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let now = NOW;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => now });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const put = (cookie: string, date: string, payload: object) =>
    app.inject({ method: 'PUT', url: `/api/checkins/${date}`, headers: { cookie }, payload });
  const get = (cookie: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const rows = async (userId: string) =>
    store.db.selectFrom('checkins').selectAll().where('user_id', '=', userId).execute();

  it.each([
    ['PUT', '/api/checkins/2026-11-22'],
    ['GET', '/api/checkins'],
    ['GET', '/api/checkins/2026-11-22'],
    ['DELETE', '/api/checkins/2026-11-22'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await app.inject({ method, url, ...(method === 'PUT' ? { payload: {} } : {}) });
    expect(response.statusCode).toBe(401);
  });

  it('creates with 201, stores unanswered questions as null, and reads back', async () => {
    const { cookie } = await signUp(app);
    const response = await put(cookie, '2026-11-22', {
      waterGlasses: 8,
      stretchedBeforeBed: false,
      supplements: [],
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const expected = {
      ...UNANSWERED,
      date: '2026-11-22',
      waterGlasses: 8,
      stretchedBeforeBed: false,
      supplements: [],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    expect(response.json()).toEqual(expected);
    expect((await get(cookie, '/api/checkins/2026-11-22')).json()).toEqual(expected);
  });

  it('is idempotent: the same PUT twice leaves one check-in and the same answers', async () => {
    const { cookie, id } = await signUp(app);
    const first = await put(cookie, '2026-11-21', FULL);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject(FULL);
    const second = await put(cookie, '2026-11-21', FULL);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(await rows(id)).toHaveLength(1);
  });

  it('replaces the whole day: a field left out becomes unanswered', async () => {
    const { cookie, id } = await signUp(app);
    await put(cookie, '2026-11-20', FULL);
    now = new Date(NOW.getTime() + 60_000);
    const replaced = await put(cookie, '2026-11-20', { warmBath: true });
    now = NOW;
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toEqual({
      ...UNANSWERED,
      date: '2026-11-20',
      warmBath: true,
      createdAt: NOW.toISOString(),
      updatedAt: new Date(NOW.getTime() + 60_000).toISOString(),
    });
    expect(await rows(id)).toHaveLength(1);
  });

  it('accepts every swelling answer, which the database check agrees with', async () => {
    const { cookie } = await signUp(app);
    for (const [i, swelling] of SWELLING.entries()) {
      const response = await put(cookie, `2026-10-0${i + 1}`, { swelling });
      expect(response.statusCode, swelling).toBe(201);
    }
  });

  it('has database checks that refuse what the API refuses', async () => {
    const { id: userId } = await signUp(app);
    for (const [i, extra] of [
      { water_glasses: 31 },
      { walked_minutes: 601 },
      { standing_hours: 25 },
      { supplements: ['iron'] },
      { swelling: 'left-leg' },
      { notes: 'x'.repeat(2001) },
    ].entries()) {
      const insert = store.db
        .insertInto('checkins')
        .values({ user_id: userId, date: `2026-09-0${i + 1}`, ...extra } as never)
        .execute();
      await expect(insert, JSON.stringify(extra)).rejects.toThrow(/check constraint/);
    }
  });

  it('refuses a date more than a day ahead on the person’s own calendar', async () => {
    // At 12:00Z on 22 November it is already 02:00 on the 23rd in Kiritimati (UTC+14).
    const utc = await signUp(app, { timezone: 'UTC' });
    const kiritimati = await signUp(app, { timezone: 'Pacific/Kiritimati' });
    expect((await put(utc.cookie, '2026-11-23', {})).statusCode).toBe(201);
    const tooFar = await put(utc.cookie, '2026-11-24', {});
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().error.fields.date).toMatch(/2026-11-23/);
    expect((await put(kiritimati.cookie, '2026-11-24', {})).statusCode).toBe(201);
    expect((await put(kiritimati.cookie, '2026-11-25', {})).statusCode).toBe(400);
    expect(await rows(utc.id)).toHaveLength(1);
  });

  it.each([
    [{ waterGlasses: 31 }, 'waterGlasses'],
    [{ waterGlasses: -1 }, 'waterGlasses'],
    [{ waterGlasses: 2.5 }, 'waterGlasses'],
    [{ walkedMinutes: 601 }, 'walkedMinutes'],
    [{ standingHours: 25 }, 'standingHours'],
    [{ stretchedBeforeBed: 'yes' }, 'stretchedBeforeBed'],
    [{ warmBath: 1 }, 'warmBath'],
    [{ legsElevated: 'no' }, 'legsElevated'],
    [{ compressionStockings: [] }, 'compressionStockings'],
    [{ sleptOnLeftSide: 'left' }, 'sleptOnLeftSide'],
    [{ supplements: ['iron'] }, 'supplements.0'],
    [{ supplements: ['calcium', 'calcium'] }, 'supplements'],
    [{ supplements: 'calcium' }, 'supplements'],
    [{ swelling: 'left-leg' }, 'swelling'],
    [{ notes: 'n'.repeat(2001) }, 'notes'],
    [{ date: '2026-11-22' }, 'date'],
    [{ mood: 'ok' }, 'mood'],
  ])('answers 400 for body case %# naming %s, storing nothing', async (payload, field) => {
    const { cookie, id } = await signUp(app);
    const response = await put(cookie, '2026-11-22', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_input');
    expect(response.json().error.fields).toHaveProperty(field);
    expect(await rows(id)).toEqual([]);
  });

  it.each(['2026-02-30', '2026-11-2', '22-11-2026', 'today', '1999-12-31', '0000-01-01'])(
    'answers 400 for the date %s',
    async (date) => {
      const { cookie } = await signUp(app);
      const response = await put(cookie, date, {});
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty('date');
      expect((await get(cookie, `/api/checkins/${date}`)).statusCode).toBe(400);
    },
  );

  it('lists a range newest first, both ends inclusive, only the person’s own', async () => {
    const { cookie } = await signUp(app);
    const other = await signUp(app);
    for (const date of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'])
      await put(cookie, date, { waterGlasses: 1 });
    await put(other.cookie, '2026-11-02', { waterGlasses: 9 });
    const dates = async (query: string) =>
      (await get(cookie, `/api/checkins${query}`)).json().items.map((c: { date: string }) => c.date);
    expect(await dates('')).toEqual(['2026-11-04', '2026-11-03', '2026-11-02', '2026-11-01']);
    expect(await dates('?from=2026-11-02&to=2026-11-03')).toEqual(['2026-11-03', '2026-11-02']);
    expect(await dates('?from=2026-11-04')).toEqual(['2026-11-04']);
    expect(await dates('?to=2026-11-01')).toEqual(['2026-11-01']);
    expect(await dates('?from=2026-11-05')).toEqual([]);
  });

  it.each([
    ['?from=2026-11-05&to=2026-11-01', 'to'],
    ['?from=yesterday', 'from'],
    ['?to=2026-02-30', 'to'],
    ['?limit=3', 'limit'],
  ])('answers 400 for the list query %s', async (query, field) => {
    const { cookie } = await signUp(app);
    const response = await get(cookie, `/api/checkins${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty(field);
  });

  it('keeps each person’s days apart: another person’s date is 404 to read or delete', async () => {
    const owner = await signUp(app);
    const stranger = await signUp(app);
    await put(owner.cookie, '2026-11-10', { notes: 'owner only' });
    expect((await get(stranger.cookie, '/api/checkins/2026-11-10')).statusCode).toBe(404);
    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/checkins/2026-11-10',
      headers: { cookie: stranger.cookie },
    });
    expect(deleted.statusCode).toBe(404);
    // The stranger writing the same date makes their own check-in, not a change to the owner's.
    expect((await put(stranger.cookie, '2026-11-10', { notes: 'mine' })).statusCode).toBe(201);
    expect((await get(owner.cookie, '/api/checkins/2026-11-10')).json().notes).toBe('owner only');
  });

  it('deletes a day with 204, after which it is gone', async () => {
    const { cookie, id } = await signUp(app);
    await put(cookie, '2026-11-11', { warmBath: true });
    const response = await app.inject({
      method: 'DELETE',
      url: '/api/checkins/2026-11-11',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(204);
    expect(await rows(id)).toEqual([]);
    expect((await get(cookie, '/api/checkins/2026-11-11')).statusCode).toBe(404);
  });
});
