import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

/** A page that arrives in the first round trip fits TCP's initial window (10 segments of ~1.4 KB). */
const BUDGET_BYTES = 14 * 1024;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

function telNumber(html: string): string | undefined {
  return /href="tel:(\d+)"/.exec(html)?.[1];
}

describe.each(storeTargets)('GET /relief on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { config: { region: 'US' } });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('answers 200 with an HTML page that is not cached without revalidation and varies by cookie and language', async () => {
    const response = await app.inject('/relief');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const vary = String(response.headers.vary)
      .toLowerCase()
      .split(/\s*,\s*/);
    expect(vary).toEqual(expect.arrayContaining(['cookie', 'accept-language']));
    expect(response.body).toContain('<h1>Cramp right now?</h1>');
  });

  it('allows exactly its one inline script by hash, and otherwise keeps the site policy', async () => {
    const response = await app.inject('/relief');
    const scripts = inlineScripts(response.body);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp.match(/'sha256-/g)).toHaveLength(1);
    const sitePolicy = String((await app.inject('/healthz')).headers['content-security-policy']);
    expect(csp.replace(` 'sha256-${hash}'`, '')).toBe(sitePolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it.each([
    ['en-GB,en;q=0.9', '999'],
    ['ja-JP', '119'],
    ['en-US,en;q=0.9', '911'],
    ['fr;q=0.4, en-AU;q=0.8', '000'],
    ['en-ZA', '112'],
  ])('names the emergency number for Accept-Language %j: %s', async (language, number) => {
    const response = await app.inject({ url: '/relief', headers: { 'accept-language': language } });
    expect(telNumber(response.body)).toBe(number);
  });

  it('uses the REGION setting when the browser names no region', async () => {
    const jp = await testApp(store, { config: { region: 'JP' } });
    try {
      expect(telNumber((await jp.inject('/relief')).body)).toBe('119');
      expect(
        telNumber((await jp.inject({ url: '/relief', headers: { 'accept-language': 'en' } })).body),
      ).toBe('119');
      expect(
        telNumber((await jp.inject({ url: '/relief', headers: { 'accept-language': 'en-GB' } })).body),
      ).toBe('999');
    } finally {
      await jp.close();
    }
  });

  it('uses the region in a signed-in person’s profile before their browser language', async () => {
    const { cookie } = await signUp(app);
    // A Japanese browser whose person chose English: the region follows the profile, the words the choice.
    const japanese = { cookie: `${cookie}; crampwise_lang=en`, 'accept-language': 'ja-JP' };
    expect(telNumber((await app.inject({ url: '/relief', headers: japanese })).body)).toBe('119');

    const patch = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { region: 'GB' },
    });
    expect(patch.statusCode).toBe(200);
    const response = await app.inject({ url: '/relief', headers: japanese });
    expect(telNumber(response.body)).toBe('999');
    expect(response.body).toContain('The number for United Kingdom, from your profile.');

    const signedOut = await app.inject({ url: '/relief', headers: { 'accept-language': 'ja-JP' } });
    expect(telNumber(signedOut.body)).toBe('119');
  });

  it('treats an unknown session cookie as signed out', async () => {
    const response = await app.inject({ url: '/relief', headers: { cookie: 'cw_session=not-a-session' } });
    expect(response.statusCode).toBe(200);
    expect(telNumber(response.body)).toBe('911');
  });

  it('fits the whole first response in 14 KB compressed, by the server and by zlib, gzip and brotli', async () => {
    const identity = await app.inject({ url: '/relief', headers: { 'accept-encoding': 'identity' } });
    const html = identity.rawPayload;
    expect(identity.headers['content-encoding']).toBeUndefined();

    const gzip = await app.inject({ url: '/relief', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(html)).toBe(true);
    expect(gzip.rawPayload.length).toBeLessThanOrEqual(BUDGET_BYTES);

    const br = await app.inject({ url: '/relief', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).equals(html)).toBe(true);
    expect(br.rawPayload.length).toBeLessThanOrEqual(BUDGET_BYTES);

    expect(gzipSync(html).length).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(brotliCompressSync(html).length).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe.each(LOCALES)('GET /relief?lang=%s', (locale) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    app = await testApp(store, { config: { region: 'US' } });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('is in that language and fits the whole first response in 14 KB compressed', async () => {
    const url = `/relief?lang=${locale}`;
    const identity = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
    const html = identity.rawPayload;
    expect(identity.body).toContain(`<html lang="${locale}"`);
    expect(identity.headers['content-language']).toBe(locale);
    for (const encoding of ['gzip', 'br']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': encoding } });
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.rawPayload.length).toBeLessThanOrEqual(BUDGET_BYTES);
    }
    expect(gzipSync(html).length).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(brotliCompressSync(html).length).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe('the service worker file', () => {
  let webDir: string;
  let store: Store;
  let app: FastifyInstance;
  // How the server serves the built worker (src/web/service-worker/sw.ts, built to dist/web/sw.js), not
  // what it says: a stand-in keeps this suite independent of a build.
  const worker = "self.addEventListener('fetch', () => {});\n";

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'crampwise-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(join(webDir, 'sw.js'), worker);
    store = await storeTargets[0]!.open();
    app = await testApp(store, { webDir });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('is served from the root as JavaScript that is revalidated on every update check', async () => {
    const response = await app.inject('/sw.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(worker);
  });

  it('leaves /relief to its route rather than the app shell', async () => {
    const response = await app.inject('/relief');
    expect(response.body).toContain('Cramp right now?');
  });
});
