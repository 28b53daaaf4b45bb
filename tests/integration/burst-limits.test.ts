// Regression: the login and sign-up limits were checked before the slow password hash and counted after
// it, so a burst of simultaneous requests all passed the check (issue 13: 40 of 40 wrong logins were
// checked and the right password inside the burst got in; 45 of 45 sign-ups passed a limit of 30).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../src/server/context.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp, uniqueEmail } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

// The counts live in the store, so the bursts run against each store the app can use.
describe.each(storeTargets)('on $name', (target) => {
  describe('limits that hold under bursts', () => {
    let store: Store;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await target.open();
      app = await testApp(store, { rateLimits: DEFAULT_RATE_LIMITS });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    it('checks at most the per-account allowance of 40 simultaneous wrong logins, right password included', async () => {
      const { email } = await signUp(app, { email: uniqueEmail('burst') });
      const attempts = Array.from({ length: 40 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '203.0.113.40',
          payload: { email, password: i === 20 ? 'a good long password' : `wrong guess ${i}` },
        }),
      );
      const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
      const counts = tally(statuses);
      const checked = statuses.filter((s) => s !== 429).length;
      expect(checked).toBe(DEFAULT_RATE_LIMITS.loginFailuresPerAddressAndAccount.max);
      expect(counts[200]).toBeUndefined();
      expect(counts[429]).toBe(40 - checked);
    });

    it('admits no more than the hourly sign-up limit from 45 simultaneous sign-ups', async () => {
      const attempts = Array.from({ length: 45 }, () =>
        app.inject({
          method: 'POST',
          url: '/api/auth/signup',
          remoteAddress: '203.0.113.45',
          payload: { email: uniqueEmail('wave'), password: 'a good long password' },
        }),
      );
      const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
      const counts = tally(statuses);
      expect(counts[201]).toBe(DEFAULT_RATE_LIMITS.signupsPerIp.max);
      expect(counts[429]).toBe(45 - DEFAULT_RATE_LIMITS.signupsPerIp.max);
    });
  });

  describe('strangers cannot lock an owner out', () => {
    let store: Store;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await target.open();
      app = await testApp(store, { rateLimits: DEFAULT_RATE_LIMITS });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    // Regression: 5 wrong passwords from anyone locked the account for 15 minutes, owner included.
    it('lets the owner in from another address after strangers fail; their guesses only slow it', async () => {
      const { email } = await signUp(app, { email: uniqueEmail('owner') });
      const guess = (address: string, i: number) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          payload: { email, password: `wrong guess ${i}` },
        });
      const stranger = [];
      for (let i = 0; i < 6; i++) stranger.push((await guess('198.51.100.1', i)).statusCode);
      expect(stranger).toEqual([401, 401, 401, 401, 401, 429]);
      for (let i = 0; i < 3; i++) expect((await guess('198.51.100.2', i)).statusCode).toBe(401);

      const started = Date.now();
      const owner = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.10',
        payload: { email, password: 'a good long password' },
      });
      expect(owner.statusCode).toBe(200);
      // 8 recent failures against the account: each of its checks now waits slowdownMs(8) = 1 s.
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });
  });
});
