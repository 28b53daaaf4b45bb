// The README promises that no health data reaches the logs. Regression (issue 13): a database error on the
// embedded store logged its SQL parameters — a name, an email.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { Store } from '../../src/server/db/connect.js';
import { ROOMY_LIMITS, sessionCookie, testConfig } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NAME = 'Zelphinora';
const EMAIL = 'zelphinora.marker@example.com';
const NOTES = 'quixotrombulant swelling';
const SEARCH = 'vexilloqua';

describe('logs carry no personal or health data', () => {
  let store: Store;
  let app: FastifyInstance;
  let log = '';

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    app = await buildApp({
      config: testConfig({ logLevel: 'trace' }),
      store,
      rateLimits: ROOMY_LIMITS,
      logStream: stream,
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('after sign-up, diary, triage, search, export, a database error and deletion', async () => {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { email: EMAIL, password: 'a good long password', name: NAME },
    });
    expect(signup.statusCode).toBe(201);
    const cookie = sessionCookie(signup);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: EMAIL, password: 'wrong password here' },
    });
    expect(login.statusCode).toBe(401);
    const episode = await app.inject({
      method: 'POST',
      url: '/api/episodes',
      headers: { cookie },
      payload: { startedAt: '2026-01-01T03:00:00Z', notes: NOTES },
    });
    expect(episode.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: '/api/triage',
      headers: { cookie },
      payload: { findings: { one_leg_swollen: true }, gestationalWeek: 30 },
    });
    await app.inject({ url: `/api/search?q=${SEARCH}`, headers: { cookie } });
    await app.inject({ url: '/api/export', headers: { cookie } });

    // A database error whose SQL parameters hold the name: the store refuses it, the route answers 500.
    await sql`alter table users add constraint log_probe check (name is distinct from ${sql.lit(`${NAME} again`)})`.execute(
      store.db,
    );
    const failing = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { name: `${NAME} again` },
    });
    expect(failing.statusCode).toBe(500);
    await sql`alter table users drop constraint log_probe`.execute(store.db);

    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie },
      payload: { password: 'a good long password' },
    });
    expect(deleted.statusCode).toBe(204);

    expect(log).toContain('unhandled error');
    expect(log).toContain('log_probe');
    for (const marker of [
      NAME,
      EMAIL,
      'zelphinora',
      NOTES,
      'quixotrombulant',
      SEARCH,
      'a good long password',
    ]) {
      expect(log.toLowerCase()).not.toContain(marker.toLowerCase());
    }
  });
});
