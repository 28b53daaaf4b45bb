// My plan over HTTP on both stores: GET/PUT with 400s by field, the calendar feed fetched without a cookie
// and parsed back with ical.js (wall-clock time in the person's zone whatever the server's TZ: run this file
// also with TZ=Asia/Tokyo and TZ=America/New_York), token rotation, adherence from the check-in, and push
// reminders sent by the app's own loop to a loopback push endpoint on an injected clock.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanResponse } from '../../src/contract/plan.js';
import type { Store } from '../../src/server/db/connect.js';
import { vapidKeySource } from '../../src/server/plan/vapid-store.js';
import { VAPID_FILE } from '../../src/server/plan/web-push.js';
import { signUp, testApp } from '../support/app.js';
import { browserSubscription, startPushEndpoint } from '../support/push-endpoint.js';
import { storeTargets } from '../support/stores.js';

// Kolkata is UTC+05:30 all year: a zone that is neither the test server's nor a whole-hour offset.
const ZONE = 'Asia/Kolkata';
const NOW = new Date('2026-11-22T12:00:00Z'); // 17:30 in Kolkata
const HEALTH_WORDS = /cramp|pregnan|leg|calf|pain|clot|midwife|baby|magnesium|stretch(es|ing)/i;

async function until(check: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(storeTargets)('my plan on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  let now = NOW;
  const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-plan-'));

  beforeAll(async () => {
    store = await target.open();
    push = await startPushEndpoint();
    app = await testApp(store, {
      now: () => now,
      config: { dataDir },
      reminders: { intervalMs: 50, allowLoopbackHttp: true },
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    await push.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function person(): Promise<string> {
    const { cookie } = await signUp(app);
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { timezone: ZONE, dueDate: '2027-01-10' },
    });
    expect(patched.statusCode).toBe(200);
    return cookie;
  }
  const getPlan = (cookie: string) => app.inject({ method: 'GET', url: '/api/plan', headers: { cookie } });
  const putPlan = (cookie: string, steps: unknown) =>
    app.inject({ method: 'PUT', url: '/api/plan', headers: { cookie }, payload: { steps } });
  const feedPath = (icsUrl: string) => {
    const url = new URL(icsUrl);
    return `${url.pathname}${url.search}`;
  };

  it.each([
    ['GET', '/api/plan'],
    ['PUT', '/api/plan'],
    ['POST', '/api/plan/ics-token'],
    ['GET', '/api/plan/push-key'],
    ['POST', '/api/plan/push-subscription'],
    ['DELETE', '/api/plan/push-subscription'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const response = await app.inject({ method, url, ...(method === 'GET' ? {} : { payload: {} }) });
    expect(response.statusCode).toBe(401);
  });

  it('suggests only allowed steps with reasons and verdicts, and gives a feed URL', async () => {
    const cookie = await person();
    const response = await getPlan(cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const plan = response.json<PlanResponse>();
    expect(plan.steps).toEqual([]);
    expect(plan.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of plan.suggestions) {
      expect(['prevention', 'relief', 'lifestyle']).toContain(suggestion.kind);
      expect(['avoid', 'not-recommended']).not.toContain(suggestion.safety);
      expect(suggestion.why).toMatch(/\.$/);
      expect(suggestion.reminderTitle).not.toMatch(HEALTH_WORDS);
    }
    // Week 33 on 22 November with a due date of 10 January: the third-trimester reason.
    const stretch = plan.suggestions.find((s) => s.id === 'prevent.calf-stretches');
    expect(stretch?.why).toMatch(/week 33/);
    expect(plan.icsUrl).toMatch(/^http:\/\/localhost(:\d+)?\/api\/plan\.ics\?token=[A-Za-z0-9_-]{43}$/);
    // The same link on every visit until it is rotated.
    expect((await getPlan(cookie)).json<PlanResponse>().icsUrl).toBe(plan.icsUrl);
  });

  it('stores the chosen steps in order with their times, and a step can be dropped', async () => {
    const cookie = await person();
    const steps = [
      { id: 'prevent.calf-stretches', time: '21:30' },
      { id: 'prevent.hydration', time: null },
      { id: 'prevent.left-side-sleeping' },
    ];
    const saved = await putPlan(cookie, steps);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<PlanResponse>().steps.map((s) => [s.id, s.time])).toEqual([
      ['prevent.calf-stretches', '21:30'],
      ['prevent.hydration', null],
      ['prevent.left-side-sleeping', null],
    ]);
    const plan = (await getPlan(cookie)).json<PlanResponse>();
    expect(plan.steps.map((s) => s.id)).toEqual(steps.map((s) => s.id));
    expect(plan.suggestions.map((s) => s.id)).not.toContain('prevent.calf-stretches');
    expect(plan.adherence.map((a) => a.id)).toEqual(steps.map((s) => s.id));

    const dropped = await putPlan(cookie, [steps[0], steps[2]]);
    expect(dropped.json<PlanResponse>().steps.map((s) => s.id)).toEqual([
      'prevent.calf-stretches',
      'prevent.left-side-sleeping',
    ]);
  });

  it.each([
    ['an "avoid" relief item', [{ id: 'relief.nsaids' }], 'steps.0.id', /avoided in pregnancy/],
    [
      'an "avoid" item that is not a step kind',
      [{ id: 'prevent.hydration' }, { id: 'treat.quinine' }],
      'steps.1.id',
      /Only prevention, relief/,
    ],
    ['a cause, which is no step', [{ id: 'cause.dehydration' }], 'steps.0.id', /Only prevention, relief/],
    ['an unknown item', [{ id: 'prevent.no-such-step' }], 'steps.0.id', /no such item/],
    ['a bad time', [{ id: 'prevent.calf-stretches', time: '25:00' }], 'steps.0.time', /HH:MM/],
    ['a time without a colon', [{ id: 'prevent.hydration', time: '2130' }], 'steps.0.time', /HH:MM/],
    [
      'the same step twice',
      [{ id: 'prevent.hydration' }, { id: 'prevent.hydration' }],
      'steps.1.id',
      /already in the plan/,
    ],
    ['a malformed id', [{ id: 'Calf Stretches' }], 'steps.0.id', /kind\.name/],
  ])(
    'answers 400 naming the field for %s, and keeps the stored plan',
    async (_name, steps, field, message) => {
      const cookie = await person();
      await putPlan(cookie, [{ id: 'prevent.elevate-legs', time: '19:00' }]);
      const response = await putPlan(cookie, steps);
      expect(response.statusCode).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('invalid_input');
      expect(error.fields[field]).toMatch(message);
      const plan = (await getPlan(cookie)).json<PlanResponse>();
      expect(plan.steps.map((s) => [s.id, s.time])).toEqual([['prevent.elevate-legs', '19:00']]);
    },
  );

  it('serves the feed without a cookie: TZID, daily RRULE, VALARM, neutral titles, her wall-clock time', async () => {
    const cookie = await person();
    await putPlan(cookie, [
      { id: 'prevent.calf-stretches', time: '21:30' },
      { id: 'prevent.hydration', time: '07:05' },
      { id: 'prevent.supportive-shoes', time: null },
    ]);
    const { icsUrl } = (await getPlan(cookie)).json<PlanResponse>();
    const response = await app.inject({ method: 'GET', url: feedPath(icsUrl) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = response.body;
    expect(text).not.toMatch(HEALTH_WORDS);

    const calendar = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.reset();
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual([ZONE]);
    for (const zone of zones) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Only timed steps go in the calendar.
    expect(events.map((e) => e.summary)).toEqual(['Evening stretch', 'Glass of water']);
    for (const [event, [hour, minute]] of events.map((e, k) => [e, k === 0 ? [21, 30] : [7, 5]] as const)) {
      expect(event.startDate.zone.tzid).toBe(ZONE);
      // Today on her calendar (22 November in Kolkata), at the time she chose.
      expect([event.startDate.year, event.startDate.month, event.startDate.day]).toEqual([2026, 11, 22]);
      expect([event.startDate.hour, event.startDate.minute]).toEqual([hour, minute]);
      const expected = Temporal.PlainDateTime.from({
        year: 2026,
        month: 11,
        day: 22,
        hour,
        minute,
      }).toZonedDateTime(ZONE).epochMilliseconds;
      expect(event.startDate.toUnixTime() * 1000).toBe(expected);
      expect((event.component.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('DAILY');
      expect(event.component.getAllSubcomponents('valarm')).toHaveLength(1);
    }
    expect(text).toMatch(/^DTSTART;TZID=Asia\/Kolkata:20261122T213000\r$/m);
  });

  it('rotates the feed token: the old link answers 404, the new one works; unknown tokens are 404', async () => {
    const cookie = await person();
    const { icsUrl: old } = (await getPlan(cookie)).json<PlanResponse>();
    const rotated = await app.inject({ method: 'POST', url: '/api/plan/ics-token', headers: { cookie } });
    expect(rotated.statusCode).toBe(200);
    const { icsUrl } = rotated.json();
    expect(icsUrl).not.toBe(old);
    expect((await app.inject({ method: 'GET', url: feedPath(old) })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: feedPath(icsUrl) })).statusCode).toBe(200);
    expect((await getPlan(cookie)).json<PlanResponse>().icsUrl).toBe(icsUrl);
    const unknown = await app.inject({ method: 'GET', url: '/api/plan.ics?token=not-a-real-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    expect((await app.inject({ method: 'GET', url: '/api/plan.ics' })).statusCode).toBe(400);
  });

  it('reads adherence from the check-in: planStepsDone, else the matching habit', async () => {
    const cookie = await person();
    await putPlan(cookie, [{ id: 'prevent.calf-stretches', time: '21:30' }, { id: 'prevent.hydration' }]);
    const checkin = (date: string, payload: object) =>
      app.inject({ method: 'PUT', url: `/api/checkins/${date}`, headers: { cookie }, payload });
    expect(
      (await checkin('2026-11-22', { planStepsDone: ['prevent.hydration'] })).json().planStepsDone,
    ).toEqual(['prevent.hydration']);
    await checkin('2026-11-21', { stretchedBeforeBed: true });
    await checkin('2026-11-01', { planStepsDone: ['prevent.hydration'] }); // older than 14 days
    const bad = await checkin('2026-11-20', { planStepsDone: ['not an id'] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['planStepsDone.0']);

    const { adherence } = (await getPlan(cookie)).json<PlanResponse>();
    const [stretch, water] = adherence;
    expect(stretch!.days).toHaveLength(14);
    expect(stretch!.days.at(-1)).toEqual({ date: '2026-11-22', done: false });
    expect(stretch!.days.at(-2)).toEqual({ date: '2026-11-21', done: true });
    expect([stretch!.done, stretch!.answered]).toEqual([1, 2]);
    expect(water!.days.at(-1)).toEqual({ date: '2026-11-22', done: true });
    expect([water!.done, water!.answered]).toEqual([1, 1]);
  });

  it('answers 503 for phone reminders when the server has no PUSH_SUBJECT, and the plan still works', async () => {
    const noPush = await testApp(store, { now: () => now, config: { pushSubject: undefined } });
    try {
      const { cookie } = await signUp(noPush);
      const key = await noPush.inject({ method: 'GET', url: '/api/plan/push-key', headers: { cookie } });
      expect(key.statusCode).toBe(503);
      expect(key.json().error.message).toMatch(/calendar link works/);
      const subscribe = await noPush.inject({
        method: 'POST',
        url: '/api/plan/push-subscription',
        headers: { cookie },
        payload: browserSubscription('https://push.example.net/abc').subscription,
      });
      expect(subscribe.statusCode).toBe(503);
      expect((await noPush.inject({ method: 'GET', url: '/api/plan', headers: { cookie } })).statusCode).toBe(
        200,
      );
    } finally {
      await noPush.close();
    }
  });

  it('keeps one VAPID key pair: in DATA_DIR on PGlite, in the database on PostgreSQL', async () => {
    const cookie = await person();
    const { publicKey } = (
      await app.inject({ method: 'GET', url: '/api/plan/push-key', headers: { cookie } })
    ).json();
    if (target.name === 'pglite') {
      const file = join(dataDir, VAPID_FILE);
      expect(JSON.parse(readFileSync(file, 'utf8')).publicKey).toBe(publicKey);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    } else {
      // A second instance on the same database (with no data folder) signs with the same pair.
      const second = await vapidKeySource('postgres', store.db, '/nonexistent')();
      expect(second.publicKey).toBe(publicKey);
    }
  });

  it('reminds by Web Push at her local time, once, and deletes a subscription answered 410', async () => {
    const cookie = await person();
    await putPlan(cookie, [{ id: 'prevent.calf-stretches', time: '21:30' }]);
    const key = await app.inject({ method: 'GET', url: '/api/plan/push-key', headers: { cookie } });
    expect(key.statusCode).toBe(200);
    expect(key.json().publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);

    const refused = await app.inject({
      method: 'POST',
      url: '/api/plan/push-subscription',
      headers: { cookie },
      payload: browserSubscription('http://10.0.0.1/push').subscription,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toHaveProperty('endpoint');

    const tag = Math.random().toString(36).slice(2);
    const phone = browserSubscription(`${push.base}/ok/${tag}`);
    const oldPhone = browserSubscription(`${push.base}/gone/${tag}`);
    for (const { subscription } of [phone, oldPhone]) {
      const saved = await app.inject({
        method: 'POST',
        url: '/api/plan/push-subscription',
        headers: { cookie },
        payload: subscription,
      });
      expect(saved.statusCode).toBe(204);
    }
    const mine = () => push.received.filter((r) => r.path.endsWith(tag));
    const rows = () =>
      store.db
        .selectFrom('push_subscriptions')
        .select('endpoint')
        .where('endpoint', 'like', `%${tag}`)
        .execute();

    // 21:29 in Kolkata: not yet.
    now = new Date('2026-11-22T15:59:00Z');
    await new Promise((r) => setTimeout(r, 300));
    expect(mine()).toEqual([]);

    // 21:31 in Kolkata (16:01 UTC; 01:01 next day in Tokyo, 11:01 in New York): due.
    now = new Date('2026-11-22T16:01:00Z');
    await until(() => mine().length === 2);
    const delivered = mine().find((r) => r.path.startsWith('/ok'))!;
    expect(JSON.parse(phone.decrypt(delivered.body))).toEqual({
      title: 'Evening stretch',
      body: 'Tap to open your plan.',
      url: '/plan',
      tag: 'prevent.calf-stretches',
    });
    expect(delivered.headers.authorization).toMatch(/^vapid t=.+, k=/);
    await until(async () => (await rows()).length === 1);
    expect((await rows()).map((r) => r.endpoint)).toEqual([phone.subscription.endpoint]);

    // Later rounds the same evening send nothing more.
    now = new Date('2026-11-22T16:10:00Z');
    await new Promise((r) => setTimeout(r, 300));
    expect(mine()).toHaveLength(2);

    const unsubscribe = () =>
      app.inject({
        method: 'DELETE',
        url: '/api/plan/push-subscription',
        headers: { cookie },
        payload: { endpoint: phone.subscription.endpoint },
      });
    expect((await unsubscribe()).statusCode).toBe(204);
    expect((await unsubscribe()).statusCode).toBe(404);
    now = NOW;
  });
});
