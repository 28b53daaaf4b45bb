// GET /api/session (200 signed in or out), GET /offline (the service worker's fallback page, rendered for
// the person) and GET /robots.txt (text, not the app's HTML).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

describe.each(storeTargets)('session, offline page and robots.txt on $name', (target) => {
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

  it('answers /api/session with 200 and a null profile when signed out (no failed request in the console)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/session' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ profile: null });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers /api/session with the profile when signed in', async () => {
    const { cookie } = await signUp(app);
    const response = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json().profile).toMatchObject({ maternityUnit: null, pregnancy: null });
  });

  it('renders /offline with the region’s emergency number, its advice line and the warning signs', async () => {
    // The region comes from Accept-Language; the words follow the language chosen (English here; the page
    // in Japanese is in tests/integration/shell-languages.test.ts).
    const response = await app.inject({
      method: 'GET',
      url: '/offline?lang=en',
      headers: { 'accept-language': 'ja-JP' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('href="tel:119"');
    expect(response.body).toContain('href="tel:%237119"');
    expect(response.body).toContain('sudden breathlessness');
    expect(response.body).toContain('one leg swollen, painful, red or warm');
  });

  it('puts the person’s own maternity unit on /offline, else the emergency number with a note', async () => {
    const { cookie } = await signUp(app);
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { region: 'US' },
    });
    const none = await app.inject({ method: 'GET', url: '/offline', headers: { cookie } });
    expect(none.body).toContain('We know of no non-emergency advice line for your region');
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { maternityUnit: { name: 'Labor and delivery triage', phone: '(555) 010-0199' } },
    });
    const own = await app.inject({ method: 'GET', url: '/offline', headers: { cookie } });
    expect(own.body).toContain('href="tel:5550100199"');
    expect(own.body).toContain('Call Labor and delivery triage');
    expect(own.body).toContain('href="tel:911"');
  });

  it('answers /robots.txt as text/plain', async () => {
    const response = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('User-agent: *');
    expect(response.body).not.toContain('<html');
  });
});
