// /check/offline: the one-page questionnaire the service worker keeps. Every question of the five steps
// is on it once, pregnancy-only ones marked for hiding after the birth; it carries the region and whom
// to call for the script; and posted online without JavaScript it is read as the last step.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_NAMES, findingApplies } from '../../src/core/triage/index.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

/** Due 70 days after 1 March 2025: week 30 on that day. */
const DUE_AT_WEEK_30 = '2025-05-10';
const NOON_1_MARCH = Date.parse('2025-03-01T12:00:00Z');

const attr = (html: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
const fromHtml = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

describe.each(storeTargets)('/check/offline on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => new Date(NOON_1_MARCH) });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/check/offline', headers: { 'accept-language': 'en-GB', ...headers } });

  it('holds every question once, with its own script and the region for the engine', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    const html = response.body;
    expect(html).toContain('<script src="/check-offline.js" defer="">');
    expect(html).not.toContain('src="/check.js"');
    for (const name of FINDING_NAMES) {
      const boxes = html.match(new RegExp(`<input[^>]*name="f"[^>]*value="${name}"`, 'g')) ?? [];
      expect(boxes, name).toHaveLength(1);
    }
    // The questions asked only during pregnancy, each wrapped for the stylesheet to hide after the birth.
    const wrapped = html
      .split('<div data-only="pregnant"><div class="check-q">')
      .slice(1)
      .map((part) => /name="f" value="(\w+)"/.exec(part)?.[1]);
    expect(wrapped.sort()).toEqual(
      FINDING_NAMES.filter((name) => !findingApplies(name, 'after-birth')).sort(),
    );
    for (const heading of ['Right now, do you have any of these?', 'Your legs', 'Pregnancy warning signs']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('Warning signs after the birth');
    const form = html.slice(html.indexOf('<form'), html.indexOf('>', html.indexOf('<form')));
    expect(attr(form, 'data-region')).toBe('GB');
    expect(JSON.parse(fromHtml(attr(form, 'data-call')!))).toMatchObject({ kind: 'advice-line' });
    expect(html).toContain('href="tel:999"');
  });

  it('starts with the week from the profile, as the numbers step does', async () => {
    const person = await signUp(app, { timezone: 'Europe/London', region: 'GB' });
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { dueDate: DUE_AT_WEEK_30 },
    });
    const html = (await get({ cookie: person.cookie })).body;
    expect(html).toMatch(/<input[^>]*id="check-week"[^>]*value="30"/);
    expect(html).toMatch(/<input[^>]*id="stage-pregnant"[^>]*checked=""/);
  });

  it('posted online without JavaScript, is read as the last step and answered by the server', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/check',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en-GB' },
      payload: 'stage=pregnant&f=one_leg_swollen&pp=&week=30&sys=&dia=&step=5&go=next',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('triage-banner level-urgent');
  });
});
