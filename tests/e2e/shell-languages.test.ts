// The shell texts in Chinese, Russian and Japanese, in Chromium: /offline in the language, the web app
// shell's title and <noscript> note without JavaScript, and the service worker's last-resort page when
// even /offline is not saved, in the last language a page was sent in. No English word, no message id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { PAGES_CACHE } from '../../src/web/site-scripts/names.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';
import { serviceWorkerReady } from '../support/offline.js';

/** The phone's own language, so the region (and its numbers) is that language's country too. */
const PHONE = { 'zh-Hans': 'zh-CN', ru: 'ru-RU', ja: 'ja-JP' } as const;

describe.each(['zh-Hans', 'ru', 'ja'] as const)('shell texts in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.shell[locale][id] ?? id;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows /offline wholly in the language', async () => {
    const page = await (await e2e.newContext({ locale: PHONE[locale] })).newPage();
    const response = await page.goto(`/offline?lang=${locale}`);
    expect(response?.headers()['content-language']).toBe(locale);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.title()).toBe(t('shell.offline.title'));
    expect(await page.locator('h1').textContent()).toBe(t('shell.offline.heading'));
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const visible = await page.locator('body').innerText();
    expect(messageIds(visible)).toEqual([]);
    expect(englishLeaks(visible)).toEqual([]);
  });

  it('writes the app shell without JavaScript in the language: the note and its links', async () => {
    const context = await e2e.newContext({ locale: PHONE[locale], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/diary?lang=${locale}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    // The title is the name, the same in every language; the description is in the language.
    expect(await page.title()).toBe('Crampwise');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      t('shell.description'),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const visible = await page.locator('body').innerText();
    expect(visible).toContain(t('shell.noscript.lead'));
    expect(await page.getByRole('link', { name: t('shell.reliefNow') }).getAttribute('href')).toBe('/relief');
    expect(await page.getByRole('link', { name: t('shell.noscript.check') }).getAttribute('href')).toBe(
      '/check',
    );
    expect(await page.getByRole('link', { name: t('shell.noscript.learn') }).getAttribute('href')).toBe(
      '/learn',
    );
    expect(messageIds(visible)).toEqual([]);
    // JavaScript is the name of what is missing (the word-matcher keeps a sentence's full stop on it).
    expect(englishLeaks(visible, ['JavaScript', 'JavaScript.'])).toEqual([]);
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBe(`/manifest/${locale}.webmanifest`);
    const installed = await (await context.request.get(manifest!)).json();
    expect(installed.description).toBe(t('shell.manifest.description'));
  });

  it("offline with nothing saved for the page, the worker's last resort speaks the last language seen", async () => {
    const context = await e2e.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    // The language was chosen on this phone (the cookie), while the phone itself is set to English.
    await page.goto(`/relief?lang=${locale}`);
    await serviceWorkerReady(page);
    await page.goto('/relief');
    // Let the worker's refresh of the saved pages (started by that load) finish first.
    await page.waitForTimeout(1500);
    // Even the saved /offline page is gone (storage pressure, a half-finished install).
    const removed = await page.evaluate(
      async (name) => (await caches.open(name)).delete('/offline'),
      PAGES_CACHE,
    );
    expect(removed).toBe(true);
    await context.setOffline(true);
    await page.goto('/learn/cause.dehydration').catch(() => undefined);
    await page.getByRole('heading', { level: 1, name: t('shell.offline.heading') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const visible = await page.locator('body').innerText();
    expect(visible).toContain(t('shell.bare.emergency'));
    expect(visible).toContain(t('shell.bare.today'));
    expect(messageIds(visible)).toEqual([]);
    expect(englishLeaks(visible)).toEqual([]);
    await context.setOffline(false);
  });
});
