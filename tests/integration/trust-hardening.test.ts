// Issue 13's medium and low findings, one regression test each: caching, control characters, routing
// errors, the Origin scheme, the __Host- cookie, proxies, row ceilings and write rates, expired sessions.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp, uniqueEmail } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const pglite = storeTargets[0]!;

describe('trust hardening', () => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    store = await pglite.open();
    app = await testApp(store);
    ({ cookie } = await signUp(app));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  describe('no /api answer is cached', () => {
    it.each([
      ['GET', '/api/me', undefined],
      ['PATCH', '/api/me', { name: 'Ana' }],
      ['GET', '/api/triage/history', undefined],
      ['POST', '/api/triage', { gestationalWeek: 30, findings: { chest_pain: false } }],
      ['GET', '/api/knowledge', undefined],
      ['GET', '/api/nothing-here', undefined],
    ] as const)('%s %s says no-store', async (method, url, payload) => {
      const response = await app.inject({
        method,
        url,
        headers: { cookie },
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode).toBeLessThan(500);
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('login and sign-up say no-store, refused or not', async () => {
      const email = uniqueEmail('cache');
      const signup = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email, password: 'a good long password' },
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'a good long password' },
      });
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'not the password' },
      });
      expect([signup.statusCode, login.statusCode, wrong.statusCode]).toEqual([201, 200, 401]);
      for (const r of [signup, login, wrong]) expect(r.headers['cache-control']).toBe('no-store');
    });
  });

  describe('control characters', () => {
    // Regression: a NUL in a name or a login email reached PostgreSQL and came back as a 500.
    it.each([
      [
        '/api/auth/signup',
        { email: uniqueEmail(), password: 'a good long password', name: 'A\u0000na' },
        'name',
      ],
      ['/api/auth/login', { email: 'a\u0000@example.com', password: 'whatever it is' }, 'email'],
      ['/api/auth/signup', { email: uniqueEmail(), password: 'a good long\u0000 password' }, 'password'],
      [
        '/api/auth/signup',
        { email: uniqueEmail(), password: 'a good long password', name: 'Line\nbreak' },
        'name',
      ],
    ])('POST %s with %j answers 400 naming the field', async (url, payload, field) => {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'invalid_input',
        fields: { [field]: 'must not contain control characters' },
      });
    });

    it('names a nested field, and allows line breaks only in notes', async () => {
      const bell = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: { startedAt: '2026-01-01T03:00:00Z', notes: 'ding\u0007' },
      });
      expect(bell.json().error.fields).toEqual({ notes: 'must not contain control characters' });
      const nested = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: { startedAt: '2026-01-01T03:00:00Z', muscles: ['calf\u0000'] },
      });
      expect(nested.json().error.fields).toEqual({ 'muscles.0': 'must not contain control characters' });
      const lines = await app.inject({
        method: 'POST',
        url: '/api/episodes',
        headers: { cookie },
        payload: { startedAt: '2026-01-01T03:00:00Z', notes: 'first line\r\nsecond\tline' },
      });
      expect(lines.statusCode).toBe(201);
      const profile = await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie },
        payload: { locale: 'en\u0085GB' },
      });
      expect(profile.json().error.fields).toEqual({ locale: 'must not contain control characters' });
    });
  });

  describe('routing errors', () => {
    // Regression: Fastify's own answers had another shape and no security headers.
    it.each([
      ['/api/episodes/%ZZ', 'The address is not valid.'],
      [`/api/episodes/${'a'.repeat(500)}`, 'A part of the address is too long.'],
    ])('GET %s answers our error shape with the security headers', async (url, message) => {
      const response = await app.inject({ url, headers: { cookie } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: { code: 'invalid_input', message } });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('the Origin check', () => {
    // Regression: only the host was compared, so http://host passed for a site served over https.
    it('compares the scheme as well as the host', async () => {
      const post = (origin: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/logout',
          headers: { origin, host: 'cramp.example' },
        });
      expect((await post('http://cramp.example')).statusCode).toBe(204);
      expect((await post('https://cramp.example')).statusCode).toBe(403);
      expect((await post('http://cramp.example:8080')).statusCode).toBe(403);
    });
  });

  describe('row ceilings and write rates', () => {
    it('refuses a new episode past the per-person ceiling with 409 and keeps replays working', async () => {
      const person = await signUp(app);
      await sql`update record_limits set max_rows = 2 where table_name = 'episodes'`.execute(store.db);
      try {
        const post = (id: string) =>
          app.inject({
            method: 'POST',
            url: '/api/episodes',
            headers: { cookie: person.cookie },
            payload: { id, startedAt: '2026-01-01T03:00:00Z' },
          });
        const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
        expect((await post(ids[0]!)).statusCode).toBe(201);
        expect((await post(ids[1]!)).statusCode).toBe(201);
        const third = await post(ids[2]!);
        expect(third.statusCode).toBe(409);
        expect(third.json().error.code).toBe('too_many_records');
        expect((await post(ids[0]!)).statusCode).toBe(200);
      } finally {
        await sql`update record_limits set max_rows = 20000 where table_name = 'episodes'`.execute(store.db);
      }
    });

    it('keeps the newest saved triage checks past the ceiling and still answers', async () => {
      const person = await signUp(app);
      await sql`update record_limits set max_rows = 2 where table_name = 'triage_results'`.execute(store.db);
      try {
        for (let i = 0; i < 4; i++) {
          const response = await app.inject({
            method: 'POST',
            url: '/api/triage',
            headers: { cookie: person.cookie },
            payload: { gestationalWeek: 20 + i, findings: { one_leg_swollen: true } },
          });
          expect(response.statusCode).toBe(200);
        }
        const history = await app.inject({ url: '/api/triage/history', headers: { cookie: person.cookie } });
        expect(history.json().items).toHaveLength(2);
      } finally {
        await sql`update record_limits set max_rows = 2000 where table_name = 'triage_results'`.execute(
          store.db,
        );
      }
    });

    it('answers 429 with Retry-After past the per-person write rate', async () => {
      const limited = await testApp(store, {
        rateLimits: { writesPerAccount: { max: 3, windowMs: 60_000 } },
      });
      try {
        const person = await signUp(limited);
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          const r = await limited.inject({
            method: 'PATCH',
            url: '/api/me',
            headers: { cookie: person.cookie },
            payload: { name: `Name ${i}` },
          });
          statuses.push(r.statusCode);
          if (r.statusCode === 429) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
      } finally {
        await limited.close();
      }
    });
  });

  it('deletes expired sessions when the app starts', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const early = await testApp(store, { now: () => now });
    const person = await signUp(early);
    await early.close();
    const count = async () =>
      (
        await store.db
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', person.id)
          .executeTakeFirstOrThrow()
      ).n;
    expect(Number(await count())).toBe(1);
    now = new Date('2026-03-01T00:00:00Z');
    const later = await testApp(store, { now: () => now });
    expect(Number(await count())).toBe(0);
    await later.close();
  });
});

describe('behind a proxy and under https', () => {
  let store: Store;

  beforeAll(async () => {
    store = await pglite.open();
  });
  afterAll(async () => {
    await store.close();
  });

  // Regression: with trustProxy off behind a TLS proxy, every person shared the proxy's address key.
  it('keys the limits by the forwarded address when TRUST_PROXY names the proxy', async () => {
    const app = await testApp(store, {
      config: { trustProxy: ['127.0.0.1'] },
      rateLimits: { loginFailuresPerIp: { max: 2, windowMs: 60_000 } },
    });
    const login = (client: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': client },
        payload: { email: uniqueEmail('proxy'), password: 'wrong guess' },
      });
    const first = [];
    for (let i = 0; i < 3; i++) first.push((await login('203.0.113.7')).statusCode);
    expect(first).toEqual([401, 401, 429]);
    expect((await login('203.0.113.8')).statusCode).toBe(401);
    await app.close();
  });

  it('takes the client address one hop back when TRUST_PROXY is a hop count', async () => {
    const app = await testApp(store, {
      config: { trustProxy: 1 },
      rateLimits: { loginFailuresPerIp: { max: 1, windowMs: 60_000 } },
    });
    const login = (forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { email: uniqueEmail('hops'), password: 'wrong guess' },
      });
    // The client may prepend anything; only the address the proxy saw counts.
    expect((await login('1.1.1.1, 203.0.113.20')).statusCode).toBe(401);
    expect((await login('2.2.2.2, 203.0.113.20')).statusCode).toBe(429);
    expect((await login('203.0.113.21')).statusCode).toBe(401);
    await app.close();
  });

  it('ignores X-Forwarded-For from an address that is not a named proxy', async () => {
    const app = await testApp(store, {
      config: { trustProxy: ['10.0.0.1'] },
      rateLimits: { loginFailuresPerIp: { max: 2, windowMs: 60_000 } },
    });
    const login = (client: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.9',
        headers: { 'x-forwarded-for': client },
        payload: { email: uniqueEmail('spoof'), password: 'wrong guess' },
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login(`203.0.113.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 429]);
    await app.close();
  });

  it('names the session cookie __Host-… under https, and reads it back', async () => {
    const app = await testApp(store, { config: { publicUrl: 'https://cramp.example' } });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: uniqueEmail('host'), password: 'a good long password' },
    });
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^__Host-cw_session=[\w-]+;/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/Path=\//);
    expect(header).not.toMatch(/Domain=/i);
    const token = /^__Host-cw_session=([\w-]+)/.exec(header)![1];
    const me = await app.inject({ url: '/api/me', headers: { cookie: `__Host-cw_session=${token}` } });
    expect(me.statusCode).toBe(200);
    const plain = await app.inject({ url: '/api/me', headers: { cookie: `cw_session=${token}` } });
    expect(plain.statusCode).toBe(401);
    await app.close();
  });
});
