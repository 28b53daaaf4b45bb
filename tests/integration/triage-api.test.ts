import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triage } from '../../src/core/triage/index.js';
import { VIGNETTES } from '../../src/core/triage/vignettes.js';
import type { Store } from '../../src/server/db/connect.js';
import { listTriageResults } from '../../src/server/db/repos/triage-results.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

// A clock that starts at noon UTC on 1 March 2025 and moves one second per reading, so saved
// checks have distinct times within the same calendar day.
function steppingClock(): () => Date {
  let ms = Date.parse('2025-03-01T12:00:00Z');
  return () => {
    ms += 1000;
    return new Date(ms);
  };
}

/** Due 70 days after 1 March 2025: week 30, day 0 on that day. */
const DUE_AT_WEEK_30 = '2025-05-10';

describe.each(storeTargets)('POST /api/triage on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: steppingClock() });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/triage', payload: payload as object, headers });

  describe('the contract', () => {
    it('answers every vignette with the level and result the engine gives', async () => {
      for (const vignette of VIGNETTES) {
        const body = {
          findings: Object.fromEntries(vignette.findings.map((name) => [name, true])),
          ...(vignette.gestationalWeek !== undefined ? { gestationalWeek: vignette.gestationalWeek } : {}),
          ...(vignette.postpartumWeeks !== undefined ? { postpartumWeeks: vignette.postpartumWeeks } : {}),
          ...(vignette.bloodPressure ? { bloodPressure: vignette.bloodPressure } : {}),
        };
        const response = await post(body, { 'accept-language': 'en-GB' });
        expect(response.statusCode, vignette.id).toBe(200);
        const json = response.json();
        const engine = triage(body, { region: 'GB' });
        expect(json.level, vignette.id).toBe(vignette.expected);
        expect(json).toMatchObject({
          level: engine.level,
          actionId: engine.actionId,
          action: engine.action,
          emergencyNumber: engine.emergencyNumber,
          selfCare: engine.selfCare,
          watchFor: engine.watchFor,
        });
        expect(json.reasons.map((r: { rule: string }) => r.rule)).toEqual(engine.reasons.map((r) => r.rule));
      }
    });

    it('gives an urgent answer for one swollen leg, with reasons, sources, self-care and what to watch for', async () => {
      const response = await post({ findings: { one_leg_swollen: true }, gestationalWeek: 30 });
      expect(response.statusCode).toBe(200);
      const json = response.json();
      expect(json.level).toBe('urgent');
      // v2 wording: a possible clot is "seen today", not the maternity-unit-now of obstetric signs.
      expect(json.actionId).toBe('seen-today');
      expect(json.action).toMatch(/midwife, doctor or maternity unit now/);
      expect(json.reasons.length).toBeGreaterThan(0);
      for (const reason of json.reasons) {
        expect(reason.rule).toMatch(/^[a-z0-9-]+$/);
        expect(reason.explanation.length).toBeGreaterThan(20);
        expect(reason.sources.length).toBeGreaterThan(0);
        expect(reason.citations.map((c: { key: string }) => c.key)).toEqual(reason.sources);
        for (const citation of reason.citations) {
          expect(citation.href).toBe(`/learn/sources#${citation.key}`);
          expect(citation.title).not.toBe(citation.key);
        }
      }
      expect(json.reasons[0]).toMatchObject({ rule: 'dvt-one-leg-swollen', findings: ['one_leg_swollen'] });
      expect(json.selfCare).not.toContain('relief.massage');
      expect(json.selfCareItems.map((i: { id: string }) => i.id)).toEqual(json.selfCare);
      for (const item of json.selfCareItems) {
        expect(item.href).toBe(`/learn/${item.id}`);
        expect(item.title).not.toBe(item.id);
      }
      expect(json.watchFor.join(' ')).toMatch(/Do not massage/);
      expect(json).toMatchObject({ gestationalWeek: 30, gestationalWeekSource: 'answer', saved: null });
    });

    it('answers self-care with the relief steps when nothing is found', async () => {
      for (const body of [{}, { findings: {} }, { findings: { chest_pain: false } }]) {
        const json = (await post(body)).json();
        expect(json.level).toBe('self-care');
        expect(json.reasons).toEqual([]);
        expect(json.selfCare).toContain('relief.calf-stretch');
        expect(json.watchFor.length).toBeGreaterThan(0);
      }
    });

    it('says emergency with the local number for chest pain', async () => {
      const json = (await post({ findings: { chest_pain: true } }, { 'accept-language': 'en-GB' })).json();
      expect(json.level).toBe('emergency');
      expect(json.action).toMatch(/^Call 999 now/);
      expect(json.selfCare).toEqual([]);
    });

    it('documents the body in the OpenAPI document with every finding name', async () => {
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const operation = doc.paths['/api/triage'].post;
      const schema = operation.requestBody.content['application/json'].schema;
      expect(schema.additionalProperties).toBe(false);
      expect(Object.keys(schema.properties.findings.properties)).toContain('one_leg_swollen');
      expect(schema.properties.findings.additionalProperties).toBe(false);
      expect(operation.description).toMatch(/Did you mean/);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400']));
      expect(doc.paths['/api/triage/history'].get).toBeDefined();
    });
  });

  describe('bad input answers 400 and names the field', () => {
    it.each([
      [
        'a misspelt finding',
        { findings: { one_leg_swolen: true } },
        'findings.one_leg_swolen',
        /Did you mean 'one_leg_swollen'\?/,
      ],
      [
        'a finding in other letter case',
        { findings: { Chest_Pain: true } },
        'findings.Chest_Pain',
        /Did you mean 'chest_pain'/,
      ],
      [
        'a finding that is "yes"',
        { findings: { chest_pain: 'yes' } },
        'findings.chest_pain',
        /must be true or false/,
      ],
      [
        'a finding that is 1',
        { findings: { chest_pain: 1 } },
        'findings.chest_pain',
        /must be true or false/,
      ],
      ['findings that are a list', { findings: ['chest_pain'] }, 'findings', /object of finding names/],
      ['findings that are null', { findings: null }, 'findings', /object of finding names/],
      ['week 46', { gestationalWeek: 46 }, 'gestationalWeek', /0 to 45/],
      ['week -1', { gestationalWeek: -1 }, 'gestationalWeek', /0 to 45/],
      ['week 30.5', { gestationalWeek: 30.5 }, 'gestationalWeek', /whole number/],
      ['week "30"', { gestationalWeek: '30' }, 'gestationalWeek', /whole number/],
      [
        'systolic 300',
        { bloodPressure: { systolic: 300, diastolic: 80 } },
        'bloodPressure.systolic',
        /50 to 260/,
      ],
      [
        'diastolic 20',
        { bloodPressure: { systolic: 120, diastolic: 20 } },
        'bloodPressure.diastolic',
        /30 to 160/,
      ],
      [
        'diastolic not below systolic',
        { bloodPressure: { systolic: 100, diastolic: 100 } },
        'bloodPressure.diastolic',
        /lower than the systolic/,
      ],
      ['a missing diastolic', { bloodPressure: { systolic: 120 } }, 'bloodPressure.diastolic', /is required/],
      [
        'an extra blood pressure field',
        { bloodPressure: { systolic: 120, diastolic: 80, pulse: 70 } },
        'bloodPressure.pulse',
        /only systolic and diastolic/,
      ],
      [
        'an unknown top-level field',
        { findigns: { chest_pain: true } },
        'findigns',
        /Did you mean 'findings'/,
      ],
      ['a body that is a list', [], 'body', /JSON object/],
      [
        'both gestationalWeek and postpartumWeeks',
        { gestationalWeek: 30, postpartumWeeks: 2 },
        'postpartumWeeks',
        /not.*both|together with gestationalWeek/,
      ],
      [
        'reduced fetal movement after the birth',
        { findings: { reduced_fetal_movement: true }, postpartumWeeks: 1 },
        'findings.reduced_fetal_movement',
        /baby still inside/,
      ],
      [
        'contractions after the birth',
        { findings: { regular_contractions: true }, postpartumWeeks: 4 },
        'findings.regular_contractions',
        /after the birth/,
      ],
      [
        'waters leaking after the birth',
        { findings: { fluid_leaking: true }, postpartumWeeks: 0 },
        'findings.fluid_leaking',
        /after the birth/,
      ],
      ['postpartumWeeks 13', { postpartumWeeks: 13 }, 'postpartumWeeks', /0 to 12/],
      ['postpartumWeeks -1', { postpartumWeeks: -1 }, 'postpartumWeeks', /0 to 12/],
      ['postpartumWeeks 2.5', { postpartumWeeks: 2.5 }, 'postpartumWeeks', /whole number/],
      ['postpartumWeeks "2"', { postpartumWeeks: '2' }, 'postpartumWeeks', /whole number/],
    ])('%s', async (_name, payload, field, message) => {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(field);
      expect(error.fields[field]).toMatch(message);
    });

    it('reports every bad field at once', async () => {
      const { error } = (
        await post({ findings: { one_leg_swolen: true, fever: 'no' }, gestationalWeek: 50 })
      ).json();
      expect(Object.keys(error.fields).sort()).toEqual([
        'findings.fever',
        'findings.one_leg_swolen',
        'gestationalWeek',
      ]);
    });

    it.each([
      ['malformed JSON', '{"findings": {"chest_pain": tru', /not valid JSON/],
      ['an empty body', '', /is empty/],
      ['a __proto__ key', '{"findings": {"__proto__": {"chest_pain": true}}}', /__proto__/],
    ])('%s', async (_name, payload, message) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/triage',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('invalid_input');
      expect(error.fields.body).toMatch(message);
    });

    it('never saves a refused request', async () => {
      const person = await signUp(app);
      await post({ findings: { one_leg_swolen: true } }, { cookie: person.cookie });
      expect(await listTriageResults(store.db, person.id)).toEqual([]);
    });
  });

  describe('the emergency number follows the person', () => {
    it('uses the browser language region when signed out', async () => {
      const gb = (
        await post({ findings: { chest_pain: true } }, { 'accept-language': 'en-GB,en;q=0.9' })
      ).json();
      expect(gb.emergencyNumber).toEqual({ number: '999', region: 'GB', label: 'United Kingdom' });
      expect(gb.region).toEqual({ code: 'GB', source: 'language' });
      const jp = (
        await post({ findings: { chest_pain: true } }, { 'accept-language': 'en;q=0.9, ja-JP;q=0.8' })
      ).json();
      expect(jp.emergencyNumber.number).toBe('119');
    });

    it('falls back to the server REGION', async () => {
      const json = (await post({ findings: { chest_pain: true } }, { 'accept-language': 'en' })).json();
      expect(json.emergencyNumber.number).toBe('911');
      expect(json.region).toEqual({ code: 'US', source: 'default' });
      const australian = await testApp(store, { config: { region: 'AU' } });
      try {
        const au = await australian.inject({
          method: 'POST',
          url: '/api/triage',
          payload: { findings: { chest_pain: true } },
        });
        expect(au.json().emergencyNumber.number).toBe('000');
      } finally {
        await australian.close();
      }
    });

    it("prefers the profile's region to the browser's language", async () => {
      const person = await signUp(app, { region: 'JP' });
      const json = (
        await post({ findings: { chest_pain: true } }, { cookie: person.cookie, 'accept-language': 'en-GB' })
      ).json();
      expect(json.emergencyNumber.number).toBe('119');
      expect(json.region).toEqual({ code: 'JP', source: 'profile' });
    });

    it('uses 112 and says to use the local number when the region is not one we know', async () => {
      const json = (await post({ findings: { chest_pain: true } }, { 'accept-language': 'en-ZA' })).json();
      expect(json.emergencyNumber).toMatchObject({ number: '112', region: 'INTL' });
      expect(json.action).toMatch(/use your local number/);
    });
  });

  describe('the week of pregnancy', () => {
    it("is counted from the signed-in person's due date when not sent, and changes the answer", async () => {
      const person = await signUp(app, { timezone: 'Europe/London' });
      const patch = await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: person.cookie },
        payload: { dueDate: DUE_AT_WEEK_30 },
      });
      expect(patch.statusCode).toBe(200);
      // v2: vomiting is the finding whose level depends on the week (mild ankle swelling no longer does).
      const fromProfile = (await post({ findings: { vomiting: true } }, { cookie: person.cookie })).json();
      expect(fromProfile).toMatchObject({
        level: 'urgent',
        actionId: 'maternity-unit-now',
        gestationalWeek: 30,
        gestationalWeekSource: 'profile',
      });
      const answered = (
        await post({ findings: { vomiting: true }, gestationalWeek: 12 }, { cookie: person.cookie })
      ).json();
      expect(answered).toMatchObject({
        level: 'routine',
        gestationalWeek: 12,
        gestationalWeekSource: 'answer',
      });
      const nullWeek = (
        await post({ findings: { vomiting: true }, gestationalWeek: null }, { cookie: person.cookie })
      ).json();
      expect(nullWeek).toMatchObject({ gestationalWeek: 30, gestationalWeekSource: 'profile' });
    });

    it('is unknown when signed out and not sent, which never lowers the answer', async () => {
      const json = (await post({ findings: { vomiting: true } })).json();
      expect(json).toMatchObject({
        level: 'urgent',
        gestationalWeek: null,
        gestationalWeekSource: 'unknown',
      });
    });
  });

  describe('after the birth', () => {
    it('answers with postpartumWeeks and the maternity unit for pre-eclampsia signs in the first weeks', async () => {
      const json = (await post({ findings: { severe_headache: true }, postpartumWeeks: 2 })).json();
      expect(json).toMatchObject({
        level: 'urgent',
        actionId: 'maternity-unit-now',
        postpartumWeeks: 2,
        postpartumWeeksSource: 'answer',
        gestationalWeek: null,
      });
      expect(json.action).toMatch(/maternity unit/);
      expect(json.action).not.toMatch(/urgent care/);
      const bleeding = (await post({ findings: { heavy_bleeding: true }, postpartumWeeks: 1 })).json();
      expect(bleeding).toMatchObject({ level: 'emergency', actionId: 'call-emergency' });
    });

    it("takes postpartumWeeks from a signed-in person's birth date, unless the answers need the baby inside", async () => {
      const person = await signUp(app, { timezone: 'Europe/London' });
      const patch = await app.inject({
        method: 'PATCH',
        url: '/api/me',
        headers: { cookie: person.cookie },
        payload: { dueDate: DUE_AT_WEEK_30, birthDate: '2025-02-15' },
      });
      expect(patch.statusCode).toBe(200);
      const fromProfile = (await post({ findings: { vomiting: true } }, { cookie: person.cookie })).json();
      expect(fromProfile).toMatchObject({
        level: 'urgent',
        postpartumWeeks: 2,
        postpartumWeeksSource: 'profile',
        gestationalWeek: null,
      });
      const answered = (
        await post({ findings: { vomiting: true }, postpartumWeeks: 10 }, { cookie: person.cookie })
      ).json();
      expect(answered).toMatchObject({
        level: 'routine',
        postpartumWeeks: 10,
        postpartumWeeksSource: 'answer',
      });
      // Reduced movements mean the baby is inside whatever the profile says: counted as pregnant.
      const baby = (
        await post({ findings: { reduced_fetal_movement: true } }, { cookie: person.cookie })
      ).json();
      expect(baby).toMatchObject({ level: 'urgent', postpartumWeeks: null, actionId: 'maternity-unit-now' });
    });
  });
});

describe.each(storeTargets)('triage history on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: steppingClock() });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const triageAs = (cookie: string | undefined, payload: object) =>
    app.inject({ method: 'POST', url: '/api/triage', payload, headers: cookie ? { cookie } : {} });
  const history = (cookie: string | undefined, query = '') =>
    app.inject({ method: 'GET', url: `/api/triage/history${query}`, headers: cookie ? { cookie } : {} });
  const rowCount = async (userId?: string) => {
    let query = store.db.selectFrom('triage_results').select(sql<number>`count(*)`.as('n'));
    if (userId) query = query.where('user_id', '=', userId);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  it('answers 401 without a session', async () => {
    const response = await history(undefined);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: '/api/triage/history/3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b',
        })
      ).statusCode,
    ).toBe(401);
  });

  it('saves nothing for a person who is not signed in', async () => {
    const before = await rowCount();
    const response = await triageAs(undefined, { findings: { one_leg_swollen: true } });
    expect(response.json().saved).toBeNull();
    expect(await rowCount()).toBe(before);
  });

  it("saves a signed-in person's checks and lists them newest first", async () => {
    const person = await signUp(app);
    const bodies = [
      { findings: { frequent_cramps: true } },
      { findings: { one_leg_swollen: true, leg_warmth: true }, gestationalWeek: 31 },
      { findings: {}, bloodPressure: { systolic: 118, diastolic: 76 } },
    ];
    const saved = [];
    for (const body of bodies) {
      const json = (await triageAs(person.cookie, body)).json();
      expect(json.saved).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      saved.push(json.saved);
    }
    const response = await history(person.cookie);
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((i: { id: string }) => i.id)).toEqual(saved.map((s) => s.id).reverse());
    expect(items[2]).toMatchObject({
      level: 'routine',
      findings: ['frequent_cramps'],
      gestationalWeek: null,
      bloodPressure: null,
    });
    expect(items[1]).toMatchObject({
      level: 'urgent',
      findings: ['one_leg_swollen', 'leg_warmth'],
      gestationalWeek: 31,
      gestationalWeekSource: 'answer',
    });
    expect(items[1].result.reasons.map((r: { rule: string }) => r.rule)).toContain('dvt-one-leg-swollen');
    expect(items[0]).toMatchObject({
      level: 'self-care',
      findings: [],
      bloodPressure: { systolic: 118, diastolic: 76 },
    });
    expect(Date.parse(items[0].createdAt)).toBeGreaterThan(Date.parse(items[1].createdAt));
    expect(items[0].createdAt).toBe(saved[2].createdAt);

    const limited = (await history(person.cookie, '?limit=2')).json().items;
    expect(limited.map((i: { id: string }) => i.id)).toEqual([saved[2].id, saved[1].id]);
    const older = (await history(person.cookie, `?before=${encodeURIComponent(saved[1].createdAt)}`)).json()
      .items;
    expect(older.map((i: { id: string }) => i.id)).toEqual([saved[0].id]);
  });

  it('offers the saved checks to the export with ISO times', async () => {
    const person = await signUp(app);
    await triageAs(person.cookie, { findings: { headache: true }, gestationalWeek: 10 });
    const records = await listTriageResults(store.db, person.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      level: 'routine',
      input: {
        findings: { headache: true },
        gestationalWeek: 10,
        gestationalWeekSource: 'answer',
        bloodPressure: null,
      },
      result: { level: 'routine' },
    });
    expect(new Date(records[0]!.createdAt).toISOString()).toBe(records[0]!.createdAt);
  });

  it.each(['?limit=0', '?limit=101', '?limit=ten', '?before=yesterday', '?sort=asc'])(
    'answers 400 for %s',
    async (query) => {
      const person = await signUp(app);
      const response = await history(person.cookie, query);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_input');
    },
  );

  it("keeps each person's checks to themselves", async () => {
    const ana = await signUp(app);
    const ben = await signUp(app);
    const saved = (await triageAs(ana.cookie, { findings: { fever: true } })).json().saved;
    expect((await history(ben.cookie)).json().items).toEqual([]);
    const theft = await app.inject({
      method: 'DELETE',
      url: `/api/triage/history/${saved.id}`,
      headers: { cookie: ben.cookie },
    });
    expect(theft.statusCode).toBe(404);
    expect((await history(ana.cookie)).json().items).toHaveLength(1);

    const own = await app.inject({
      method: 'DELETE',
      url: `/api/triage/history/${saved.id}`,
      headers: { cookie: ana.cookie },
    });
    expect(own.statusCode).toBe(204);
    expect((await history(ana.cookie)).json().items).toEqual([]);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/triage/history/${saved.id}`,
      headers: { cookie: ana.cookie },
    });
    expect(again.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'DELETE',
      url: '/api/triage/history/not-a-uuid',
      headers: { cookie: ana.cookie },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('removes every saved check when the account is deleted', async () => {
    const person = await signUp(app);
    await triageAs(person.cookie, { findings: { leg_redness: true } });
    await triageAs(person.cookie, { findings: {} });
    expect(await rowCount(person.id)).toBe(2);
    const deleted = await app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: person.cookie },
      // Issue 13: deleting the account asks for the password again.
      payload: { password: 'a good long password' },
    });
    expect(deleted.statusCode).toBe(204);
    expect(await rowCount(person.id)).toBe(0);
  });

  it('refuses a level outside the five at the database', async () => {
    const person = await signUp(app);
    await expect(
      store.db
        .insertInto('triage_results')
        .values({ user_id: person.id, input: '{}', level: 'whenever' as 'urgent', result: '{}' })
        .execute(),
    ).rejects.toThrow();
  });
});
