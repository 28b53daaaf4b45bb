// The plan in the person's language over HTTP: GET /api/plan answers in the browser's chosen language
// (item titles from the translated knowledge base, the reasons and reminder titles from the plan
// catalog), the calendar feed, which has no cookie, speaks the profile's language (read back with
// ical.js), and a Web Push reminder reaches a Russian profile in Russian. English stays as it was.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/content/knowledge-base.js';
import type { PlanResponse } from '../../src/contract/plan.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Store } from '../../src/server/db/connect.js';
import { knowledgeIn } from '../../src/server/localized-knowledge.js';
import { signUp, testApp } from '../support/app.js';
import { browserSubscription, startPushEndpoint } from '../support/push-endpoint.js';
import { storeTargets } from '../support/stores.js';

const knowledge = loadKnowledgeBase();
const titleIn = (locale: 'ru' | 'zh-Hans', id: string) => knowledgeIn(knowledge, locale).item(id)!.title;
const ZONE = 'Europe/Moscow'; // UTC+3 all year
const NOW = new Date('2026-11-22T12:00:00Z'); // 15:00 in Moscow; week 33 with a due date of 10 January

async function until(check: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(storeTargets)('the plan in four languages on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let push: Awaited<ReturnType<typeof startPushEndpoint>>;
  let now = NOW;
  const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-plan-lang-'));

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

  async function person(language: string | null): Promise<string> {
    const { cookie } = await signUp(app);
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { timezone: ZONE, dueDate: '2027-01-10', language },
    });
    expect(patched.statusCode).toBe(200);
    // PATCH sets the language cookie on the browser; the tests below choose their own.
    return cookie.split(';')[0]!;
  }
  const plan = async (headers: Record<string, string>) => {
    const response = await app.inject({ method: 'GET', url: '/api/plan', headers });
    expect(response.statusCode).toBe(200);
    return response.json<PlanResponse>();
  };
  const feed = async (icsUrl: string) => {
    const url = new URL(icsUrl);
    return app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
  };

  it('answers GET /api/plan in the cookie’s language, and in English without one', async () => {
    const cookie = await person(null);
    const english = await plan({ cookie });
    const russian = await plan({ cookie: `${cookie}; crampwise_lang=ru` });
    const stretchEn = english.suggestions.find((s) => s.id === 'prevent.calf-stretches')!;
    const stretchRu = russian.suggestions.find((s) => s.id === 'prevent.calf-stretches')!;
    // English unchanged.
    expect(stretchEn.title).toBe('Stretch your calves every day, and again before bed');
    expect(stretchEn.why).toBe('Cramps are most common in the third trimester, and you are at week 33.');
    expect(stretchEn.reminderTitle).toBe('Evening stretch');
    // Russian: the translated item's title, the reason and reminder title from the catalog.
    expect(stretchRu.title).toBe(titleIn('ru', 'prevent.calf-stretches'));
    expect(stretchRu.title).not.toBe(stretchEn.title);
    expect(stretchRu.why).toBe('Судороги чаще всего бывают в третьем триместре, а у вас 33-я неделя.');
    expect(stretchRu.reminderTitle).toBe(CATALOGS.plan.ru['plan.reminder.eveningStretch']);
    // Same ids, order, verdicts: only words change.
    expect(russian.suggestions.map((s) => [s.id, s.evidence, s.safety])).toEqual(
      english.suggestions.map((s) => [s.id, s.evidence, s.safety]),
    );
    for (const s of russian.suggestions) expect(s.why, s.id).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('follows the profile language when the browser made no choice, and ?lang= over it', async () => {
    const cookie = await person('zh-Hans');
    const chinese = await plan({ cookie });
    expect(chinese.suggestions.find((s) => s.id === 'prevent.calf-stretches')?.title).toBe(
      titleIn('zh-Hans', 'prevent.calf-stretches'),
    );
    expect(chinese.suggestions.every((s) => !/[A-Za-z]{3,}/.test(s.why))).toBe(true);
    const response = await app.inject({ method: 'GET', url: '/api/plan?lang=ja', headers: { cookie } });
    const japanese = response.json<PlanResponse>();
    expect(japanese.suggestions.find((s) => s.id === 'prevent.calf-stretches')?.reminderTitle).toBe(
      '夜のストレッチ',
    );
  });

  it('writes the calendar feed in the profile’s language (ical.js reads it back), English without one', async () => {
    const cookie = await person('ja');
    await app.inject({
      method: 'PUT',
      url: '/api/plan',
      headers: { cookie },
      payload: {
        steps: [
          { id: 'prevent.calf-stretches', time: '21:30' },
          { id: 'prevent.hydration', time: '07:05' },
        ],
      },
    });
    const { icsUrl } = await plan({ cookie });
    const response = await feed(icsUrl);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('ja');
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('毎日のプラン');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((v) => new ICAL.Event(v).summary)).toEqual(['夜のストレッチ', '水を一杯']);
    expect(events.map((v) => v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description'))).toEqual(
      ['夜のストレッチ', '水を一杯'],
    );
    expect(new ICAL.Event(events[0]!).startDate.toString()).toBe('2026-11-22T21:30:00');

    const plain = await person(null);
    await app.inject({
      method: 'PUT',
      url: '/api/plan',
      headers: { cookie: plain },
      payload: { steps: [{ id: 'prevent.calf-stretches', time: '21:30' }] },
    });
    const englishFeed = await feed((await plan({ cookie: plain })).icsUrl);
    expect(englishFeed.headers['content-language']).toBe('en');
    const englishCalendar = new ICAL.Component(ICAL.parse(englishFeed.body));
    expect(englishCalendar.getFirstPropertyValue('x-wr-calname')).toBe('Daily plan');
    expect(new ICAL.Event(englishCalendar.getFirstSubcomponent('vevent')!).summary).toBe('Evening stretch');
  });

  it('sends a Russian profile its reminder in Russian', async () => {
    const cookie = await person('ru');
    await app.inject({
      method: 'PUT',
      url: '/api/plan',
      headers: { cookie },
      payload: { steps: [{ id: 'prevent.calf-stretches', time: '21:30' }] },
    });
    const tag = Math.random().toString(36).slice(2);
    const phone = browserSubscription(`${push.base}/ok/${tag}`);
    const saved = await app.inject({
      method: 'POST',
      url: '/api/plan/push-subscription',
      headers: { cookie },
      payload: phone.subscription,
    });
    expect(saved.statusCode).toBe(204);
    // 21:31 in Moscow.
    now = new Date('2026-11-22T18:31:00Z');
    const mine = () => push.received.filter((r) => r.path.endsWith(tag));
    await until(() => mine().length === 1);
    expect(JSON.parse(phone.decrypt(mine()[0]!.body))).toEqual({
      title: 'Вечерняя разминка',
      body: 'Нажмите, чтобы открыть свой план.',
      url: '/plan',
      tag: 'prevent.calf-stretches',
    });
    now = NOW;
  });
});
