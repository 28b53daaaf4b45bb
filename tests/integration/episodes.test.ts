import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUSCLES, RELIEF_METHODS, SIDES } from '../../src/core/insights/vocabulary.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(storeTargets)('episodes on $name', (target) => {
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

  const post = (cookie: string, payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/episodes', headers: { cookie }, payload: payload as object });
  const rowsWithId = async (id: string) =>
    (await store.db.selectFrom('episodes').select('id').where('id', '=', id).execute()).length;

  describe('without a session', () => {
    it.each([
      ['POST', '/api/episodes'],
      ['GET', '/api/episodes'],
      ['GET', `/api/episodes/${randomUUID()}`],
      ['PATCH', `/api/episodes/${randomUUID()}`],
      ['DELETE', `/api/episodes/${randomUUID()}`],
    ] as const)('%s %s answers 401', async (method, url) => {
      const response = await app.inject({
        method,
        url,
        ...(method === 'POST' || method === 'PATCH' ? { payload: {} } : {}),
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    });
  });

  describe('POST /api/episodes', () => {
    it('logs a cramp with one tap: only startedAt, everything else defaulted', async () => {
      const { cookie } = await signUp(app);
      const response = await post(cookie, { startedAt: '2026-11-22T03:30:00+01:00' });
      expect(response.statusCode).toBe(201);
      const episode = response.json();
      expect(episode).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        startedAt: '2026-11-22T02:30:00.000Z',
        durationSeconds: null,
        muscles: ['calf'],
        side: null,
        intensity: null,
        wokeFromSleep: false,
        reliefTried: [],
        reliefHelped: [],
        minutesToRelief: null,
        notes: null,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      });
      expect(response.headers['cache-control']).toBe('no-store');
      expect(await rowsWithId(episode.id)).toBe(1);
    });

    it('stores every field as sent', async () => {
      const { cookie } = await signUp(app);
      const body = {
        id: randomUUID(),
        startedAt: '2026-11-21T23:10:00Z',
        durationSeconds: 7200,
        muscles: ['thigh', 'foot', 'toes'],
        side: 'both',
        intensity: 10,
        wokeFromSleep: true,
        reliefTried: ['calf-stretch', 'warm-bath', 'paracetamol'],
        reliefHelped: ['warm-bath'],
        minutesToRelief: 600,
        notes: 'x'.repeat(2000),
      };
      const response = await post(cookie, body);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ ...body, startedAt: '2026-11-21T23:10:00.000Z' });
      const read = await app.inject({ method: 'GET', url: `/api/episodes/${body.id}`, headers: { cookie } });
      expect(read.json()).toEqual(response.json());
    });

    it('accepts the lower ends of every range and a start 5 minutes ahead', async () => {
      const { cookie } = await signUp(app);
      const response = await post(cookie, {
        startedAt: new Date(NOW.getTime() + 5 * 60_000).toISOString(),
        durationSeconds: 0,
        intensity: 0,
        minutesToRelief: 0,
        notes: '',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        durationSeconds: 0,
        intensity: 0,
        minutesToRelief: 0,
        notes: '',
      });
    });

    it('accepts every word of the vocabulary, which the database checks agree with', async () => {
      const { cookie } = await signUp(app);
      for (const side of SIDES) {
        const response = await post(cookie, {
          startedAt: '2026-11-21T23:10:00Z',
          muscles: [...MUSCLES],
          side,
          reliefTried: [...RELIEF_METHODS],
          reliefHelped: [...RELIEF_METHODS],
        });
        expect(response.statusCode, side).toBe(201);
      }
    });

    it('has database checks that refuse what the API refuses, whatever path a write takes', async () => {
      const { id: userId } = await signUp(app);
      const valid = { user_id: userId, started_at: NOW, muscles: ['calf'] as const };
      const attempt = (extra: Record<string, unknown>) =>
        store.db
          .insertInto('episodes')
          .values({ ...valid, muscles: [...valid.muscles], ...extra })
          .execute();
      await expect(attempt({})).resolves.toBeDefined();
      for (const extra of [
        { intensity: 11 },
        { duration_seconds: 7201 },
        { minutes_to_relief: -1 },
        { muscles: [] },
        { muscles: ['arm'] },
        { side: 'middle' },
        { relief_tried: ['yoga'] },
        { relief_tried: ['heat'], relief_helped: ['massage'] },
        { notes: 'x'.repeat(2001) },
      ]) {
        await expect(attempt(extra), JSON.stringify(extra)).rejects.toThrow(/check constraint/);
      }
    });

    it('replays the same id without a second row, answering 200 with the stored episode', async () => {
      const { cookie } = await signUp(app);
      const id = randomUUID();
      const first = await post(cookie, { id, startedAt: '2026-11-22T02:00:00Z', intensity: 7 });
      expect(first.statusCode).toBe(201);
      now = new Date(NOW.getTime() + 60_000);
      const again = await post(cookie, {
        id,
        startedAt: '2026-11-22T04:00:00Z',
        intensity: 2,
        notes: 'changed',
      });
      now = NOW;
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await rowsWithId(id)).toBe(1);
    });

    it('answers 409 for an id that belongs to another person, revealing and changing nothing', async () => {
      const owner = await signUp(app);
      const other = await signUp(app);
      const id = randomUUID();
      const created = await post(owner.cookie, {
        id,
        startedAt: '2026-11-22T02:00:00Z',
        notes: 'private note',
      });
      const response = await post(other.cookie, { id, startedAt: '2026-11-22T05:00:00Z' });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('conflict');
      expect(response.body).not.toContain('private note');
      expect(response.body).not.toContain('2026-11-22T02:00');
      const stillTheirs = await app.inject({
        method: 'GET',
        url: `/api/episodes/${id}`,
        headers: { cookie: owner.cookie },
      });
      expect(stillTheirs.json()).toEqual(created.json());
    });

    it.each([
      [{ startedAt: undefined }, 'startedAt'],
      [{ startedAt: '2026-11-22T03:30:00' }, 'startedAt'],
      [{ startedAt: '2026-11-22' }, 'startedAt'],
      [{ startedAt: 'last night' }, 'startedAt'],
      [{ startedAt: '2026-02-30T03:00:00Z' }, 'startedAt'],
      [{ startedAt: '1999-12-31T23:59:59Z' }, 'startedAt'],
      [{ startedAt: '2026-11-22T12:05:01Z' }, 'startedAt'],
      [{ muscles: [] }, 'muscles'],
      [{ muscles: ['calf', 'calf'] }, 'muscles'],
      [{ muscles: ['arm'] }, 'muscles.0'],
      [{ muscles: 'calf' }, 'muscles'],
      [{ side: 'middle' }, 'side'],
      [{ intensity: 11 }, 'intensity'],
      [{ intensity: -1 }, 'intensity'],
      [{ intensity: 5.5 }, 'intensity'],
      [{ intensity: '5' }, 'intensity'],
      [{ durationSeconds: 7201 }, 'durationSeconds'],
      [{ durationSeconds: -1 }, 'durationSeconds'],
      [{ minutesToRelief: 601 }, 'minutesToRelief'],
      [{ wokeFromSleep: 'yes' }, 'wokeFromSleep'],
      [{ reliefTried: ['yoga'] }, 'reliefTried.0'],
      [{ reliefTried: ['heat', 'heat'] }, 'reliefTried'],
      [{ reliefTried: ['heat'], reliefHelped: ['massage'] }, 'reliefHelped'],
      [{ reliefHelped: ['heat'] }, 'reliefHelped'],
      [{ notes: 'x'.repeat(2001) }, 'notes'],
      [{ notes: 'a\u0000b' }, 'notes'],
      [{ id: 'not-a-uuid' }, 'id'],
      [{ mood: 'fine' }, 'mood'],
    ])('answers 400 naming the field (case %#: %s)', async (fields, field) => {
      const { cookie, id } = await signUp(app);
      // JSON leaves out a field set to undefined, so { startedAt: undefined } sends no startedAt.
      const response = await post(cookie, { startedAt: '2026-11-22T03:00:00Z', ...fields });
      expect(response.statusCode).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('invalid_input');
      expect(Object.keys(error.fields)).toContain(field);
      expect(typeof error.fields[field]).toBe('string');
      const stored = await store.db.selectFrom('episodes').select('id').where('user_id', '=', id).execute();
      expect(stored).toEqual([]);
    });

    it('answers 400 for a body that is not JSON', async () => {
      const { cookie } = await signUp(app);
      const response = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie, 'content-type': 'application/json' },
        payload: '{"startedAt":',
      });
      expect(response.statusCode).toBe(400);
    });
  });

  describe('one episode: GET, PATCH, DELETE', () => {
    it('fills in a one-tap episode later, validating the merged result', async () => {
      const { cookie } = await signUp(app);
      const { id } = (await post(cookie, { startedAt: '2026-11-22T02:00:00Z' })).json();
      const patch = (payload: object) =>
        app.inject({ method: 'PATCH', url: `/api/episodes/${id}`, headers: { cookie }, payload });

      now = new Date(NOW.getTime() + 3_600_000);
      const filled = await patch({
        intensity: 6,
        side: 'left',
        reliefTried: ['calf-stretch', 'heat'],
        reliefHelped: ['heat'],
      });
      expect(filled.statusCode).toBe(200);
      expect(filled.json()).toMatchObject({
        id,
        intensity: 6,
        side: 'left',
        muscles: ['calf'],
        reliefTried: ['calf-stretch', 'heat'],
        reliefHelped: ['heat'],
        createdAt: NOW.toISOString(),
        updatedAt: now.toISOString(),
      });

      // Dropping heat from the tried list would leave it among the helped ones.
      const broken = await patch({ reliefTried: ['calf-stretch'] });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error.fields).toHaveProperty('reliefHelped');
      const both = await patch({ reliefTried: ['calf-stretch'], reliefHelped: [] });
      expect(both.statusCode).toBe(200);

      const cleared = await patch({ intensity: null, side: null, notes: 'eased after a stretch' });
      expect(cleared.json()).toMatchObject({ intensity: null, side: null, notes: 'eased after a stretch' });

      const unchanged = await patch({});
      expect(unchanged.statusCode).toBe(200);
      expect(unchanged.json()).toEqual(cleared.json());
      now = NOW;
    });

    it.each([
      [{ id: randomUUID() }, 'id'],
      [{ muscles: null }, 'muscles'],
      [{ muscles: [] }, 'muscles'],
      [{ startedAt: null }, 'startedAt'],
      [{ startedAt: '2026-11-23T00:00:00Z' }, 'startedAt'],
      [{ wokeFromSleep: null }, 'wokeFromSleep'],
      [{ intensity: 12 }, 'intensity'],
      [{ reliefHelped: ['walk'] }, 'reliefHelped'],
      [{ notes: 'y'.repeat(2001) }, 'notes'],
    ])('refuses PATCH case %# with a 400 naming %s, changing nothing', async (payload, field) => {
      const { cookie } = await signUp(app);
      const created = (await post(cookie, { startedAt: '2026-11-22T02:00:00Z', intensity: 4 })).json();
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/episodes/${created.id}`,
        headers: { cookie },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty(field);
      const after = await app.inject({
        method: 'GET',
        url: `/api/episodes/${created.id}`,
        headers: { cookie },
      });
      expect(after.json()).toEqual(created);
    });

    it('answers 404 for another person’s episode on every verb, and leaves it alone', async () => {
      const owner = await signUp(app);
      const stranger = await signUp(app);
      const created = (await post(owner.cookie, { startedAt: '2026-11-22T02:00:00Z', notes: 'mine' })).json();
      const url = `/api/episodes/${created.id}`;
      for (const method of ['GET', 'PATCH', 'DELETE'] as const) {
        const response = await app.inject({
          method,
          url,
          headers: { cookie: stranger.cookie },
          ...(method === 'PATCH' ? { payload: { notes: 'not yours' } } : {}),
        });
        expect(response.statusCode, method).toBe(404);
        expect(response.json().error.code).toBe('not_found');
        expect(response.body).not.toContain('mine');
      }
      const still = await app.inject({ method: 'GET', url, headers: { cookie: owner.cookie } });
      expect(still.json()).toEqual(created);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const { cookie } = await signUp(app);
      const unknown = await app.inject({
        method: 'GET',
        url: `/api/episodes/${randomUUID()}`,
        headers: { cookie },
      });
      expect(unknown.statusCode).toBe(404);
      const malformed = await app.inject({ method: 'GET', url: '/api/episodes/42', headers: { cookie } });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.fields).toHaveProperty('id');
    });

    it('deletes with 204, after which the episode is gone', async () => {
      const { cookie } = await signUp(app);
      const { id } = (await post(cookie, { startedAt: '2026-11-22T02:00:00Z' })).json();
      const gone = await app.inject({ method: 'DELETE', url: `/api/episodes/${id}`, headers: { cookie } });
      expect(gone.statusCode).toBe(204);
      expect(gone.body).toBe('');
      expect(await rowsWithId(id)).toBe(0);
      expect(
        (await app.inject({ method: 'GET', url: `/api/episodes/${id}`, headers: { cookie } })).statusCode,
      ).toBe(404);
      expect(
        (await app.inject({ method: 'DELETE', url: `/api/episodes/${id}`, headers: { cookie } })).statusCode,
      ).toBe(404);
    });
  });

  describe('GET /api/episodes', () => {
    it('walks every page newest first, ties broken by id, without duplicates or gaps', async () => {
      const { cookie } = await signUp(app);
      const other = await signUp(app);
      await post(other.cookie, { startedAt: '2026-11-20T02:00:00Z' });
      const created: { id: string; startedAt: string }[] = [];
      for (let i = 0; i < 23; i++) {
        // Groups of three share a start time, so the id decides their order.
        const startedAt = new Date(
          Date.parse('2026-11-01T00:00:00Z') + Math.floor(i / 3) * 3_600_000,
        ).toISOString();
        const response = await post(cookie, { startedAt });
        created.push(response.json());
      }
      const expected = [...created]
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id))
        .map((e) => e.id);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `limit=5&cursor=${cursor}` : 'limit=5';
        const response = await app.inject({
          method: 'GET',
          url: `/api/episodes?${query}`,
          headers: { cookie },
        });
        expect(response.statusCode).toBe(200);
        const page = response.json();
        expect(page.items.length).toBeLessThanOrEqual(5);
        seen.push(...page.items.map((e: { id: string }) => e.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null);
      expect(pages).toBe(5);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(23);
    });

    it('ends with a null cursor when the last page is exactly full', async () => {
      const { cookie } = await signUp(app);
      for (let i = 0; i < 4; i++) await post(cookie, { startedAt: `2026-11-0${i + 1}T02:00:00Z` });
      const first = (
        await app.inject({ method: 'GET', url: '/api/episodes?limit=2', headers: { cookie } })
      ).json();
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = (
        await app.inject({
          method: 'GET',
          url: `/api/episodes?limit=2&cursor=${first.nextCursor}`,
          headers: { cookie },
        })
      ).json();
      expect(second.items).toHaveLength(2);
      expect(second.nextCursor).toBeNull();
      const all = (await app.inject({ method: 'GET', url: '/api/episodes', headers: { cookie } })).json();
      expect(all.items).toHaveLength(4);
      expect(all.nextCursor).toBeNull();
    });

    it('filters by local dates in the person’s time zone and by instants, both ends inclusive', async () => {
      const { cookie } = await signUp(app, { timezone: 'America/New_York' });
      const starts = [
        '2026-11-10T04:59:00Z', // 23:59 on 9 Nov in New York
        '2026-11-10T05:00:00Z', // 00:00 on 10 Nov
        '2026-11-12T04:59:59.999Z', // 23:59:59.999 on 11 Nov
        '2026-11-12T05:00:00Z', // 00:00 on 12 Nov
      ];
      for (const startedAt of starts) await post(cookie, { startedAt });
      const list = async (query: string) => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/episodes?${query}`,
          headers: { cookie },
        });
        expect(response.statusCode, query).toBe(200);
        return response.json().items.map((e: { startedAt: string }) => e.startedAt);
      };
      expect(await list('from=2026-11-10&to=2026-11-11')).toEqual([
        '2026-11-12T04:59:59.999Z',
        '2026-11-10T05:00:00.000Z',
      ]);
      expect(await list('from=2026-11-12')).toEqual(['2026-11-12T05:00:00.000Z']);
      expect(await list('to=2026-11-09')).toEqual(['2026-11-10T04:59:00.000Z']);
      expect(await list('from=2026-11-10T05:00:00Z&to=2026-11-12T05:00:00Z')).toEqual([
        '2026-11-12T05:00:00.000Z',
        '2026-11-12T04:59:59.999Z',
        '2026-11-10T05:00:00.000Z',
      ]);
      expect(await list('from=2026-11-10T00:00:00-05:00&to=2026-11-10T00:00:00-05:00')).toEqual([
        '2026-11-10T05:00:00.000Z',
      ]);
    });

    it.each([
      ['cursor=not*base64', 'cursor'],
      [`cursor=${Buffer.from('["yesterday","x"]').toString('base64url')}`, 'cursor'],
      [`cursor=${Buffer.from('{"a":1}').toString('base64url')}`, 'cursor'],
      ['cursor=', 'cursor'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['limit=2.5', 'limit'],
      ['from=2026-13-01', 'from'],
      ['to=soon', 'to'],
      ['from=2026-11-12&to=2026-11-10', 'to'],
      ['from=2026-11-12T00:00:00Z&to=2026-11-11T23:59:59Z', 'to'],
      ['to=9999-12-31', 'to'],
      ['to=9999-12-31T23:59:59.999Z', 'to'],
      ['from=1899-12-31T23:59:59Z', 'from'],
      ['sort=asc', 'sort'],
    ])('answers 400 for ?%s naming %s', async (query, field) => {
      const { cookie } = await signUp(app);
      const response = await app.inject({
        method: 'GET',
        url: `/api/episodes?${query}`,
        headers: { cookie },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty(field);
    });

    it('shows each person only their own episodes', async () => {
      const a = await signUp(app);
      const b = await signUp(app);
      await post(a.cookie, { startedAt: '2026-11-20T02:00:00Z', notes: 'a' });
      await post(b.cookie, { startedAt: '2026-11-20T02:00:00Z', notes: 'b' });
      const list = (
        await app.inject({ method: 'GET', url: '/api/episodes', headers: { cookie: a.cookie } })
      ).json();
      expect(list.items.map((e: { notes: string }) => e.notes)).toEqual(['a']);
    });
  });

  it('documents the one-tap defaults in the OpenAPI schema', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    // The body is a named component schema (src/contract/episodes.ts), referenced from the operation.
    const ref: string = doc.paths['/api/episodes'].post.requestBody.content['application/json'].schema.$ref;
    expect(ref).toBe('#/components/schemas/EpisodeCreateRequestInput');
    const body = doc.components.schemas.EpisodeCreateRequestInput;
    expect(body.required).toEqual(['startedAt']);
    expect(body.description).toMatch(/one-tap/i);
    expect(body.properties.muscles.default).toEqual(['calf']);
    expect(body.properties.intensity.default).toBeNull();
    expect(JSON.stringify(body.properties.intensity)).toMatch(/null/);
  });
});
