// Two app instances on one PostgreSQL behave as one: the login limit is shared, a logout or an account
// deletion on one ends the session on the other within the session cache's 10 s, an episode replayed to
// the other instance is answered from the stored row, and both derive session ids with one key kept in
// the database (no SESSION_SECRET). Needs a PostgreSQL server: TEST_DATABASE_URL (scripts/pg-throwaway.sh).
import { createHmac, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionCache } from '../../src/server/auth/session-cache.js';
import { DEFAULT_RATE_LIMITS } from '../../src/server/context.js';
import type { Store } from '../../src/server/db/connect.js';
import { sessionCookie, signUp, testApp, uniqueEmail } from '../support/app.js';
import { openSharedPostgres } from '../support/stores.js';

const url = process.env.TEST_DATABASE_URL;
/** The measured figures go to the output, for the closing note. */
const figure = (line: string) => process.stdout.write(`${line}\n`);
const CACHE_MS = new SessionCache().ttlMs;
const WRITES = { max: 8, windowMs: 60_000 };
const title = url
  ? 'two instances on one PostgreSQL'
  : 'two instances on one PostgreSQL — SKIPPED: set TEST_DATABASE_URL (eval "$(scripts/pg-throwaway.sh start)")';

describe.skipIf(!url)(title, () => {
  let stores: Store[];
  let closeStores: () => Promise<void>;
  let a: FastifyInstance;
  let b: FastifyInstance;

  beforeAll(async () => {
    // Both stores open (and migrate) at once, and both apps start at once: no SESSION_SECRET, so each
    // races to create the shared session key.
    ({ stores, close: closeStores } = await openSharedPostgres(url!, 2));
    const options = {
      config: { sessionSecret: undefined },
      rateLimits: { ...DEFAULT_RATE_LIMITS, writesPerAccount: WRITES },
    };
    [a, b] = await Promise.all([testApp(stores[0]!, options), testApp(stores[1]!, options)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await closeStores?.();
  });

  const me = (app: FastifyInstance, cookie: string) =>
    app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const login = (app: FastifyInstance, email: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });

  it('uses one session key, generated once into the database, on both instances', async () => {
    const secrets = await stores[0]!.db.selectFrom('app_secrets').selectAll().execute();
    expect(secrets.map((s) => s.name)).toEqual(['session-key']);
    const { cookie, id } = await signUp(a);
    expect((await me(b, cookie)).statusCode).toBe(200);
    // The stored session id is the cookie token keyed with the database's key.
    const token = cookie.split('=')[1]!;
    const expected = createHmac('sha256', secrets[0]!.value).update(token).digest('hex');
    const rows = await stores[1]!.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute();
    expect(rows.map((r) => r.id)).toEqual([expected]);
  });

  it('shares the login failure limit: failures split across both instances stop at the same total', async () => {
    const { email } = await signUp(a, { email: uniqueEmail('split') });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await login(i % 2 === 0 ? a : b, email, `wrong guess ${i}`, '203.0.113.71');
      statuses.push(response.statusCode);
    }
    const checked = statuses.filter((s) => s === 401).length;
    figure(
      `two instances, alternating: ${checked} wrong logins checked before 429 (limit ${DEFAULT_RATE_LIMITS.loginFailuresPerAddressAndAccount.max}); statuses ${statuses.join(' ')}`,
    );
    expect(checked).toBe(DEFAULT_RATE_LIMITS.loginFailuresPerAddressAndAccount.max);
    expect(statuses.slice(checked).every((s) => s === 429)).toBe(true);
  });

  it('shares it under a simultaneous burst split over both instances, right password included', async () => {
    const { email } = await signUp(a, { email: uniqueEmail('burst') });
    const attempts = Array.from({ length: 30 }, (_, i) =>
      login(i % 2 === 0 ? a : b, email, i === 15 ? 'a good long password' : `wrong ${i}`, '203.0.113.72'),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    const checked = statuses.filter((s) => s !== 429).length;
    figure(`two instances, burst of 30: ${checked} checked, ${30 - checked} refused with 429`);
    expect(checked).toBe(DEFAULT_RATE_LIMITS.loginFailuresPerAddressAndAccount.max);
  });

  it('shares the per-account write limit', async () => {
    const { cookie } = await signUp(a);
    const statuses: number[] = [];
    for (let i = 0; i < WRITES.max + 2; i++) {
      const response = await (i % 2 === 0 ? a : b).inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie },
        payload: { name: `Name ${i}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(WRITES.max);
    expect(statuses.slice(WRITES.max)).toEqual([429, 429]);
  });

  /** Milliseconds from `revoke()` until `app` answers 401 for the cookie, polling every 100 ms. */
  async function msUntilRefused(app: FastifyInstance, cookie: string, revoke: () => Promise<unknown>) {
    const start = Date.now();
    await revoke();
    for (;;) {
      const elapsed = Date.now() - start;
      if ((await me(app, cookie)).statusCode === 401) return elapsed;
      if (elapsed > CACHE_MS + 5_000) return Number.POSITIVE_INFINITY;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it(
    'ends a session on B within the cache time after a logout or an account deletion on A',
    async () => {
      const out = await signUp(a);
      const gone = await signUp(a);
      const second = sessionCookie(
        await b.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: gone.email, password: 'a good long password' },
        }),
      );
      // B has verified (and so cached) both sessions.
      expect((await me(b, out.cookie)).statusCode).toBe(200);
      expect((await me(b, second)).statusCode).toBe(200);
      const [afterLogout, afterDeletion] = await Promise.all([
        msUntilRefused(b, out.cookie, async () => {
          const response = await a.inject({
            method: 'POST',
            url: '/api/auth/logout',
            headers: { cookie: out.cookie },
          });
          expect(response.statusCode).toBe(204);
          expect((await me(a, out.cookie)).statusCode).toBe(401);
        }),
        msUntilRefused(b, second, async () => {
          const response = await a.inject({
            method: 'DELETE',
            url: '/api/me',
            headers: { cookie: gone.cookie },
            payload: { password: 'a good long password' },
          });
          expect(response.statusCode).toBe(204);
        }),
      ]);
      figure(
        `two instances: logout on A → 401 on B after ${afterLogout} ms; account deletion on A → 401 on B after ${afterDeletion} ms (cache ${CACHE_MS} ms)`,
      );
      expect(afterLogout).toBeLessThanOrEqual(CACHE_MS + 1_000);
      expect(afterDeletion).toBeLessThanOrEqual(CACHE_MS + 1_000);
    },
    CACHE_MS + 30_000,
  );

  it('answers an episode replayed to the other instance from the stored row (200, one row)', async () => {
    const { cookie } = await signUp(a);
    const post = (app: FastifyInstance, body: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: '/api/episodes', headers: { cookie }, payload: body });
    const id = randomUUID();
    const first = await post(a, { id, startedAt: '2026-11-22T02:00:00Z', intensity: 7 });
    expect(first.statusCode).toBe(201);
    const replay = await post(b, { id, startedAt: '2026-11-22T02:00:00Z', intensity: 7 });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());

    // The same id sent to both at once (an offline queue flushed twice): one row, one answer.
    const twice = randomUUID();
    const both: LightMyRequestResponse[] = await Promise.all([
      post(a, { id: twice, startedAt: '2026-11-22T03:00:00Z', intensity: 4 }),
      post(b, { id: twice, startedAt: '2026-11-22T03:00:00Z', intensity: 4 }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(both[0]!.json()).toEqual(both[1]!.json());
    const rows = await stores[0]!.db
      .selectFrom('episodes')
      .select('id')
      .where('id', 'in', [id, twice])
      .execute();
    expect(rows).toHaveLength(2);
  });
});
