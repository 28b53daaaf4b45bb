// POST /api/triage once validated bodies with a validator that did nothing, then again by hand: the route
// and the engine's parser could drift apart. Now the schema's own messages are the only path, so the API,
// the CLI and /check must refuse every bad body with the same message and fields.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTriageInput } from '../../src/core/triage/index.js';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const BAD_BODIES: readonly unknown[] = [
  [],
  { findings: { one_leg_swolen: true, fever: 'no', zzz: true }, gestationalWeek: 50 },
  { findings: null },
  { findigns: {}, notes: 'x' },
  { bloodPressure: { diastolic: 80, pulse: 70 } },
  { bloodPressure: { systolic: 100, diastolic: 100 } },
  { bloodPressure: '120/80' },
  { gestationalWeek: 30, postpartumWeeks: 2 },
  { findings: { reduced_fetal_movement: true }, postpartumWeeks: 13.5 },
  { postpartumWeeks: '2' },
];

describe.each(storeTargets.slice(0, 1))('one validation path for POST /api/triage on $name', (target) => {
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

  it.each(BAD_BODIES.map((body) => [JSON.stringify(body), body]))(
    'answers %s as the engine parser refuses it',
    async (_name, body) => {
      const parsed = parseTriageInput(body);
      if (parsed.ok) throw new Error('expected the parser to refuse the body');
      const response = await app.inject({ method: 'POST', url: '/api/triage', payload: body as object });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: { code: 'invalid_input', message: parsed.error.message, fields: parsed.error.fields },
      });
    },
  );

  it('accepts a good body typed by the same schema', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/triage',
      payload: { findings: { one_leg_swollen: true }, gestationalWeek: null, bloodPressure: null },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().gestationalWeek).toBeNull();
  });
});
