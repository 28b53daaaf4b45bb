// The profile's maternity unit or triage line: saved, shown, cleared, and refused with field messages.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

describe.each(storeTargets)('maternity unit on $name', (target) => {
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

  const patch = (cookie: string, payload: unknown) =>
    app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload: payload as object });

  it('is null for a new account, saved with its name and phone, and shown by GET /api/me', async () => {
    const { cookie } = await signUp(app);
    const before = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(before.json().maternityUnit).toBeNull();
    const saved = await patch(cookie, {
      maternityUnit: { name: '  Rosie maternity triage ', phone: '+44 (0)1223 217 217' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().maternityUnit).toEqual({
      name: 'Rosie maternity triage',
      phone: '+44 (0)1223 217 217',
    });
    const after = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.json().maternityUnit).toEqual({
      name: 'Rosie maternity triage',
      phone: '+44 (0)1223 217 217',
    });
  });

  it('keeps the unit when other fields change, and clears it with null', async () => {
    const { cookie } = await signUp(app);
    await patch(cookie, { maternityUnit: { name: 'Unit', phone: '0123 456 789' } });
    expect((await patch(cookie, { name: 'Ana' })).json().maternityUnit).toEqual({
      name: 'Unit',
      phone: '0123 456 789',
    });
    expect((await patch(cookie, { maternityUnit: null })).json().maternityUnit).toBeNull();
  });

  it.each([
    [{ name: '', phone: '0123 456 789' }, 'maternityUnit.name'],
    [{ name: 'x'.repeat(81), phone: '0123 456 789' }, 'maternityUnit.name'],
    [{ name: 'Unit', phone: 'call the ward' }, 'maternityUnit.phone'],
    [{ name: 'Unit', phone: '12' }, 'maternityUnit.phone'],
    [{ name: 'Unit', phone: '1234567890123456789' }, 'maternityUnit.phone'],
    [{ name: 'Unit' }, 'maternityUnit.phone'],
    [{ name: 'Unit', phone: '0123', extra: 1 }, 'maternityUnit'],
    ['Rosie', 'maternityUnit'],
  ])('refuses %j with a 400 naming %s, changing nothing', async (unit, field) => {
    const { cookie } = await signUp(app);
    await patch(cookie, { maternityUnit: { name: 'Kept', phone: '0123 456 789' } });
    const response = await patch(cookie, { maternityUnit: unit });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as Record<string, string>;
    expect(Object.keys(fields).some((k) => k === field || k.startsWith(`${field}.`))).toBe(true);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().maternityUnit).toEqual({ name: 'Kept', phone: '0123 456 789' });
  });
});
