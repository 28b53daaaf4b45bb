import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { sessionCookie, signUp, testApp, uniqueEmail } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

describe.each(storeTargets)('accounts on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  describe('sign-up', () => {
    it('creates an account, answers 201 with the profile and sets a strict session cookie', async () => {
      const email = uniqueEmail();
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email: `  ${email.toUpperCase()}  `, password: 'ten chars!!', name: 'Ana' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        email: email.toUpperCase(),
        name: 'Ana',
        dueDate: null,
        pregnancy: null,
      });
      const header = String(response.headers['set-cookie']);
      expect(header).toMatch(/cw_session=[\w-]{40,}/);
      expect(header).toMatch(/HttpOnly/);
      expect(header).toMatch(/SameSite=Lax/);
      expect(header).toMatch(/Path=\//);
      expect(header).not.toMatch(/Secure/);
      expect(response.body).not.toContain('password');
    });

    // Issue 13: sign-up used to answer 409 "is already registered", telling anyone that a person (on this
    // app: a pregnant person) has an account. Now the answer is the one a log-in would give.
    it('answers a registered email (any case) as a log-in would, never "already registered"', async () => {
      const email = uniqueEmail('Case');
      const first = await signUp(app, { email });
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email: email.toLowerCase(), password: 'another good password' },
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: email.toLowerCase(), password: 'another good password' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toEqual(login.json());
      expect(wrong.body).not.toMatch(/registered|exists|taken/i);
      const right = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email: email.toLowerCase(), password: 'a good long password', name: 'Ignored' },
      });
      expect(right.statusCode).toBe(201);
      expect(right.json().id).toBe(first.id);
      expect(right.json().name).toBeNull();
      expect(sessionCookie(right)).toMatch(/^cw_session=/);
    });

    it.each([
      [
        'one of the most common passwords',
        'Password123',
        'is one of the most common passwords; choose another',
      ],
      ['the email itself', '{email}', 'must not be your email address'],
    ])('refuses %s as a password with a field message', async (_label, password, message) => {
      const email = uniqueEmail('policy');
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        payload: { email, password: password.replace('{email}', email.toUpperCase()) },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({ password: message });
    });

    it.each([
      [{ email: 'not-an-email', password: 'long enough pw' }, 'email'],
      [{ email: 'a@b.co', password: 'short' }, 'password'],
      [{ password: 'long enough pw' }, 'email'],
      [{ email: 'a@b.co', password: 'long enough pw', admin: true }, 'admin'],
      [{ email: 'a@b.co', password: 'long enough pw', timezone: 'Mars/Base' }, 'timezone'],
    ])('answers 400 with a field message for %j', async (payload, field) => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/signup', payload });
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe('invalid_input');
      expect(Object.keys(body.error.fields)).toContain(field);
      expect(typeof body.error.fields[field]).toBe('string');
    });

    it('answers 400 for malformed JSON', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_input');
    });
  });

  describe('log-in and log-out', () => {
    it('logs in with any letter case of the email and the right password', async () => {
      const { email } = await signUp(app);
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: email.toUpperCase(), password: 'a good long password' },
      });
      expect(response.statusCode).toBe(200);
      const me = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: sessionCookie(response) },
      });
      expect(me.json().email).toBe(email);
    });

    it('gives one generic 401 for a wrong password and for an unknown email', async () => {
      const { email } = await signUp(app);
      const wrongPassword = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'not the password' },
      });
      const unknownEmail = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: uniqueEmail('nobody'), password: 'not the password' },
      });
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownEmail.statusCode).toBe(401);
      expect(wrongPassword.json()).toEqual(unknownEmail.json());
      expect(wrongPassword.json().error.code).toBe('invalid_credentials');
    });

    it('revokes the session on the server at logout', async () => {
      const { cookie } = await signUp(app);
      const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/cw_session=;/);
      // The old cookie no longer works even if the browser kept it.
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(401);
      expect(me.json().error.code).toBe('unauthenticated');
    });

    it('answers 401 for /api/me without a session or with a forged cookie', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
      const forged = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: 'cw_session=forged' },
      });
      expect(forged.statusCode).toBe(401);
    });
  });

  describe('profile', () => {
    it('computes the gestational age and trimester from the due date in the person’s time zone', async () => {
      const now = new Date('2026-11-22T03:30:00Z');
      const timed = await testApp(store, { now: () => now });
      try {
        const { cookie } = await signUp(timed);
        const patch = await timed.inject({
          method: 'PATCH',
          url: '/api/me',
          headers: { cookie },
          payload: {
            dueDate: '2027-03-02',
            timezone: 'Asia/Tokyo',
            region: 'jp',
            birthYear: 1994,
            locale: 'ja-JP',
          },
        });
        expect(patch.statusCode).toBe(200);
        expect(patch.json()).toMatchObject({
          dueDate: '2027-03-02',
          timezone: 'Asia/Tokyo',
          region: 'JP',
          birthYear: 1994,
          locale: 'ja-JP',
          gestationalAge: { weeks: 25, days: 5 },
          trimester: 2,
        });
        // The same instant is still the day before in New York.
        const ny = await timed.inject({
          method: 'PATCH',
          url: '/api/me',
          headers: { cookie },
          payload: { timezone: 'America/New_York' },
        });
        expect(ny.json().gestationalAge).toEqual({ weeks: 25, days: 4 });
      } finally {
        await timed.close();
      }
    });

    it('derives the due date from the last period (+280 days)', async () => {
      const timed = await testApp(store, { now: () => new Date('2026-11-22T12:00:00Z') });
      try {
        const { cookie } = await signUp(timed);
        const response = await timed.inject({
          method: 'PATCH',
          url: '/api/me',
          headers: { cookie },
          payload: { lastPeriodDate: '2026-06-01' },
        });
        expect(response.json()).toMatchObject({
          dueDate: '2027-03-08',
          gestationalAge: { weeks: 24, days: 6 },
        });
      } finally {
        await timed.close();
      }
    });

    it.each([
      [{ dueDate: '2027-02-30' }, 'dueDate'],
      [{ dueDate: '2030-01-01' }, 'dueDate'],
      [{ dueDate: '2020-01-01' }, 'dueDate'],
      [{ dueDate: '2027-03-01', lastPeriodDate: '2026-05-25' }, 'lastPeriodDate'],
      [{ timezone: 'Nowhere/Land' }, 'timezone'],
      [{ region: 'USA' }, 'region'],
      [{ birthYear: 2024 }, 'birthYear'],
      [{ birthYear: 'nineteen' }, 'birthYear'],
      [{ locale: 'not a locale!' }, 'locale'],
      [{ email: 'new@example.com' }, 'email'],
    ])('rejects %j with a 400 naming the field, changing nothing', async (payload, field) => {
      const { cookie } = await signUp(app);
      await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie },
        payload: { dueDate: '2027-03-02' },
      });
      const response = await app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty(field);
      const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
      expect(me.json().dueDate).toBe('2027-03-02');
    });

    it('clears the due date with null', async () => {
      const { cookie } = await signUp(app);
      await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie },
        payload: { dueDate: '2027-03-02' },
      });
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie },
        payload: { dueDate: null },
      });
      expect(response.json()).toMatchObject({ dueDate: null, gestationalAge: null, trimester: null });
    });

    it('deletes the account and its sessions, so the email can sign up again', async () => {
      const { cookie, email, id } = await signUp(app);
      const second = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'a good long password' },
      });
      // Issue 13: the password is asked for again, so a session left open cannot delete the account.
      const withoutPassword = await app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie } });
      expect(withoutPassword.statusCode).toBe(400);
      const wrong = await app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: { cookie },
        payload: { password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.fields).toEqual({ password: 'is not the password of this account' });
      const response = await app.inject({
        method: 'DELETE',
        url: '/api/me',
        headers: { cookie },
        payload: { password: 'a good long password' },
      });
      expect(response.statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
      const other = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: sessionCookie(second) },
      });
      expect(other.statusCode).toBe(401);
      const users = await store.db.selectFrom('users').select('id').where('id', '=', id).execute();
      const sessions = await store.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute();
      expect(users).toEqual([]);
      expect(sessions).toEqual([]);
      await signUp(app, { email });
    });
  });

  describe('session cache', () => {
    it('honours a revocation made outside this process within ten seconds', async () => {
      let now = new Date('2026-11-01T00:00:00Z');
      const timed = await testApp(store, { now: () => now });
      try {
        const { cookie, id } = await signUp(timed);
        expect((await timed.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
          200,
        );
        // Another server or the CLI deletes the session row directly.
        await store.db.deleteFrom('sessions').where('user_id', '=', id).execute();
        now = new Date(now.getTime() + 10_000);
        expect((await timed.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
          401,
        );
      } finally {
        await timed.close();
      }
    });
  });

  describe('sessions slide', () => {
    it('extends the expiry when used more than a day after it was set', async () => {
      let now = new Date('2026-11-01T00:00:00Z');
      const timed = await testApp(store, { now: () => now });
      try {
        const { cookie, id } = await signUp(timed);
        const before = await store.db
          .selectFrom('sessions')
          .select('expires_at')
          .where('user_id', '=', id)
          .executeTakeFirstOrThrow();
        expect(before.expires_at.toISOString()).toBe('2026-12-01T00:00:00.000Z');
        now = new Date('2026-11-20T00:00:00Z');
        const me = await timed.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
        expect(me.statusCode).toBe(200);
        expect(String(me.headers['set-cookie'])).toMatch(/cw_session=/);
        const after = await store.db
          .selectFrom('sessions')
          .select('expires_at')
          .where('user_id', '=', id)
          .executeTakeFirstOrThrow();
        expect(after.expires_at.toISOString()).toBe('2026-12-20T00:00:00.000Z');
        now = new Date('2026-12-21T00:00:00Z');
        expect((await timed.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(
          401,
        );
      } finally {
        await timed.close();
      }
    });
  });
});
