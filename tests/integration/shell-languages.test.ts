// The shell texts in each language: the web app shell's description and <noscript> note and its manifest
// link, the manifest per language, and /offline. English stays as built.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/content/paths.js';
import type { Locale } from '../../src/i18n/locales.js';
import { serverIntl } from '../../src/i18n/server-intl.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const TRANSLATED = ['zh-Hans', 'ru', 'ja'] as const satisfies readonly Locale[];
const say = (locale: Locale, id: string, values?: Record<string, string>) =>
  serverIntl(locale, ['shell']).formatMessage({ id }, values);
const SOURCE_SHELL = readFileSync(join(packageRoot, 'src', 'web', 'index.html'), 'utf8');
const SOURCE_MANIFEST = readFileSync(
  join(packageRoot, 'src', 'web', 'public', 'manifest.webmanifest'),
  'utf8',
);
const decoded = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.each(storeTargets)('shell texts per language on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'crampwise-web-'));
    writeFileSync(join(webDir, 'index.html'), SOURCE_SHELL);
    writeFileSync(join(webDir, 'manifest.webmanifest'), SOURCE_MANIFEST);
    store = await target.open();
    app = await testApp(store, { webDir, config: { region: 'JP' } });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const page = (url: string, locale: Locale) =>
    app.inject({ url, headers: { cookie: `crampwise_lang=${locale}` } });

  it('writes the English shell as built, with only the language mark added', async () => {
    const response = await page('/diary', 'en');
    expect(response.body).toBe(
      SOURCE_SHELL.replace('<html lang="en">', '<html lang="en" data-locale="server">'),
    );
    expect(response.headers['content-language']).toBe('en');
  });

  it.each(TRANSLATED)(
    'writes the shell in %s: description, noscript note with its links, manifest',
    async (locale) => {
      const response = await page('/diary', locale);
      const html = response.body;
      expect(html).toContain(`<html lang="${locale}" data-locale="server">`);
      expect(response.headers['content-language']).toBe(locale);
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(decoded(description)).toBe(say(locale, 'shell.description'));
      const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
      expect(noscript).toContain(say(locale, 'shell.noscript.lead'));
      expect(noscript).toContain(`<a href="/relief">${say(locale, 'shell.reliefNow')}</a>`);
      expect(noscript).toContain(`<a href="/check">${say(locale, 'shell.noscript.check')}</a>`);
      expect(noscript).toContain(`<a href="/learn">${say(locale, 'shell.noscript.learn')}</a>`);
      expect(noscript).not.toMatch(/needs JavaScript|work without it/);
      expect(html).toContain(`<link rel="manifest" href="/manifest/${locale}.webmanifest" />`);
      // Everything else in the shell is as built (scripts, styles, the root element).
      expect(html).toContain('<div id="root"></div>');
      expect(html).toContain('<script type="module" src="/main.tsx"></script>');
    },
  );

  it.each(TRANSLATED)('serves the manifest in %s: description, shortcuts and lang', async (locale) => {
    const response = await app.inject(`/manifest/${locale}.webmanifest`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = response.json();
    const english = JSON.parse(SOURCE_MANIFEST);
    expect(manifest).toMatchObject({
      id: english.id,
      name: 'Crampwise',
      short_name: 'Crampwise',
      start_url: english.start_url,
      icons: english.icons,
      lang: locale,
      description: say(locale, 'shell.manifest.description'),
      shortcuts: [
        { name: say(locale, 'shell.reliefNow'), url: '/relief' },
        { name: say(locale, 'shell.manifest.logCramp'), url: '/diary?log=now' },
      ],
    });
  });

  it('keeps the English manifest where it was, and refuses a language it does not have', async () => {
    expect((await app.inject('/manifest.webmanifest')).json()).toEqual(JSON.parse(SOURCE_MANIFEST));
    expect((await app.inject('/manifest/de.webmanifest')).statusCode).toBe(404);
  });

  it('renders /offline in English as before', async () => {
    const response = await page('/offline', 'en');
    expect(response.headers['content-language']).toBe('en');
    expect(response.body).toContain('<html lang="en">');
    expect(response.body).toContain('<h1>You are offline</h1>');
    expect(response.body).toContain('Call 119 now if you have');
    expect(response.body).toContain('Call Emergency consultation line #7119 (#7119)');
    expect(response.body).toContain('Not every prefecture has #7119; where it does not connect, call 119.');
  });

  it.each(TRANSLATED)(
    'renders /offline in %s, the numbers and the advice line named in it',
    async (locale) => {
      const response = await page('/offline', locale);
      const html = decoded(response.body);
      expect(response.headers['content-language']).toBe(locale);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<title>${say(locale, 'shell.offline.title')}</title>`);
      expect(html).toContain(`<h1>${say(locale, 'shell.offline.heading')}</h1>`);
      expect(html).toContain(say(locale, 'shell.offline.emergencyHeading', { number: '119' }));
      for (const id of [
        'shell.offline.emergency.breathless',
        'shell.offline.emergency.blood',
        'shell.offline.emergency.fit',
        'shell.offline.emergency.limb',
        'shell.offline.emergency.back',
        'shell.offline.today.leg',
        'shell.offline.today.cramp',
        'shell.offline.today.preEclampsia',
        'shell.offline.lineNote.JP',
        'shell.offline.disclaimer',
      ])
        expect(html).toContain(say(locale, id));
      const line = say(locale, 'shell.offline.line.JP');
      expect(html).toContain(`${say(locale, 'shell.offline.callName', { name: line })} (#7119)`);
      expect(html).toContain('href="tel:119"');
      expect(html).not.toMatch(/You are offline|Call 119|if you have/);
    },
  );

  it("renders a signed-in person's /offline in their profile language, with their own unit", async () => {
    const person = await signUp(app);
    await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { language: 'ru', maternityUnit: { name: 'Роддом №1', phone: '+7 495 000 00 00' } },
    });
    const response = await app.inject({ url: '/offline', headers: { cookie: person.cookie } });
    const html = decoded(response.body);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(
      `${say('ru', 'shell.offline.callName', { name: 'Роддом №1' })} (+7 495 000 00 00)`,
    );
  });
});
