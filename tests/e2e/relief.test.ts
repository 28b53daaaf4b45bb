import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The service worker's page cache, named after its version, which changes whenever what it keeps does.
import { PAGES_CACHE } from '../../src/web/site-scripts/names.js';
import { type E2E, startE2E } from '../support/browser.js';

/** A speechSynthesis stand-in that records what would be said; runs in the page before its scripts. */
function installFakeSpeech({
  voices,
  failAfter,
}: {
  voices: { lang: string; name: string }[];
  failAfter?: number;
}) {
  const spoken: string[] = [];
  Object.assign(window, { spoken });
  const synth = {
    getVoices: () => voices.map((v) => ({ ...v, localService: true, default: true, voiceURI: v.name })),
    speak: (u: SpeechSynthesisUtterance) => {
      if (failAfter !== undefined && spoken.length >= failAfter) throw new Error('speech engine failed');
      spoken.push(u.text);
    },
    cancel: () => {},
    addEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  class Utterance {
    text: string;
    voice: unknown = null;
    lang = '';
    rate = 1;
    onerror: unknown = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.slice());
const count = (page: Page) => page.locator('#hold-num').textContent();

describe('Relief now in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('shows the steps and the emergency call link with JavaScript off', async () => {
    const context = await e2e.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    const response = await page.goto('/relief');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Cramp right now?' }).waitFor();
    for (const text of [
      /pull your toes up toward your shin/,
      /Rub the hard part of the muscle/,
      /take a few slow steps/,
    ]) {
      expect(await page.getByText(text).isVisible()).toBe(true);
    }
    const call = page.getByRole('link', { name: 'Call 999' });
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect(await call.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start 30-second hold' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'It’s over — log it' }).getAttribute('href')).toBe(
      '/diary?log=now',
    );

    await page.getByText('Cramp in the thigh?').click();
    expect(await page.getByText(/ease your heel toward your bottom/).isVisible()).toBe(true);
  });

  it('still reads completely when a stricter policy blocks the inline script', async () => {
    const page = await (await e2e.newContext()).newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
    });
    await page.route('**/relief', async (route) => {
      const response = await route.fetch();
      const headers = {
        ...response.headers(),
        'content-security-policy': "default-src 'self'; script-src 'self'",
      };
      await route.fulfill({ response, headers });
    });
    await page.goto('/relief');
    await page.getByRole('heading', { level: 1, name: 'Cramp right now?' }).waitFor();
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.getByText(/toes up toward your shin. Hold about 30 seconds/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Call 999' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start 30-second hold' }).isVisible()).toBe(false);
  });

  it('is dark, large and easy to hit: dark background, step text of 1.35rem or more, targets of 48 px or more', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/relief');
    const look = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      stepSizes: [...document.querySelectorAll('.say')].map((el) =>
        Number.parseFloat(getComputedStyle(el).fontSize),
      ),
      small: [...document.querySelectorAll('a, button, summary')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => el.getBoundingClientRect().height < 48)
        .map((el) => el.textContent),
    }));
    expect(look.background).toBe('rgb(17, 20, 26)');
    expect(look.stepSizes.length).toBe(4);
    for (const size of look.stepSizes) expect(size).toBeGreaterThanOrEqual(1.35 * 16);
    expect(look.small).toEqual([]);
    const start = await page.getByRole('button', { name: 'Start 30-second hold' }).boundingBox();
    expect(start!.y + start!.height).toBeLessThanOrEqual(844);
    expect(start!.y).toBeGreaterThan(844 / 2);
  });

  it('counts the 30-second hold down, announces the release and offers to repeat it', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-03-01T03:00:00Z') });
    await page.goto('/relief');
    await page.clock.pauseAt(new Date('2026-03-01T03:00:05Z'));
    const status = page.getByRole('status');

    await page.getByRole('button', { name: 'Start 30-second hold' }).click();
    expect(await count(page)).toBe('30');
    expect(await status.textContent()).toMatch(/Holding for 30 seconds/);
    await page.clock.runFor(5_000);
    expect(await count(page)).toBe('25');
    await page.clock.runFor(15_000);
    expect(await count(page)).toBe('10');
    expect(await status.textContent()).toBe('10 seconds left. Keep breathing slowly.');
    await page.clock.runFor(10_000);
    expect(await count(page)).toBe('0');
    expect(await status.textContent()).toBe('Release. Now rub the muscle firmly.');

    await page.getByRole('button', { name: 'Repeat the 30-second hold' }).click();
    expect(await count(page)).toBe('30');
    await page.clock.runFor(3_000);
    expect(await count(page)).toBe('27');
    await page.getByRole('button', { name: 'Stop the timer' }).click();
    expect(await count(page)).toBe('30');
    expect(await status.textContent()).toBe('Timer stopped.');
  });

  it('offers to read aloud only when the browser has a voice, and never speaks until asked', async () => {
    const silent = await (await e2e.newContext()).newPage();
    await silent.addInitScript(installFakeSpeech, { voices: [] });
    await silent.goto('/relief');
    await silent.getByRole('button', { name: 'Start 30-second hold' }).waitFor();
    expect(await silent.locator('#voice').isVisible()).toBe(false);

    const page = await (await e2e.newContext()).newPage();
    await page.addInitScript(installFakeSpeech, { voices: [{ lang: 'en-GB', name: 'Test voice' }] });
    await page.clock.install({ time: new Date('2026-03-01T03:00:00Z') });
    await page.goto('/relief');
    await page.clock.pauseAt(new Date('2026-03-01T03:00:05Z'));
    const toggle = page.getByRole('button', { name: 'Read aloud' });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await page.getByRole('button', { name: 'Start 30-second hold' }).click();
    await page.clock.runFor(31_000);
    expect(await spoken(page)).toEqual([]);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await spoken(page))[0]).toMatch(
      /^Stretch it\. Straighten your leg\..*Tap start when you are holding/,
    );

    await page.getByRole('button', { name: 'Repeat the 30-second hold' }).click();
    await page.clock.runFor(31_000);
    const said = (await spoken(page)).slice(1);
    expect(said.slice(0, 9)).toEqual([
      'Hold the stretch for thirty seconds. Breathe slowly.',
      'twenty',
      'ten',
      'five',
      'four',
      'three',
      'two',
      'one',
      'Release.',
    ]);
    expect(said[9]).toMatch(/^Rub it\. Rub the hard part/);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = (await spoken(page)).length;
    await page.getByRole('button', { name: 'Repeat the 30-second hold' }).click();
    await page.clock.runFor(31_000);
    expect((await spoken(page)).length).toBe(before);
  });

  it('keeps counting when the speech engine fails mid-way, and says it could not read aloud', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.addInitScript(installFakeSpeech, {
      voices: [{ lang: 'en-US', name: 'Flaky voice' }],
      failAfter: 1,
    });
    await page.clock.install({ time: new Date('2026-03-01T03:00:00Z') });
    await page.goto('/relief');
    await page.clock.pauseAt(new Date('2026-03-01T03:00:05Z'));
    const toggle = page.getByRole('button', { name: 'Read aloud' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await spoken(page)).toHaveLength(1);

    await page.getByRole('button', { name: 'Start 30-second hold' }).click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('status').textContent()).toBe('This browser could not read aloud.');
    await page.clock.runFor(4_000);
    expect(await count(page)).toBe('26');
    await page.clock.runFor(26_000);
    expect(await page.getByRole('status').textContent()).toBe('Release. Now rub the muscle firmly.');
  });

  it('is reached from the Relief now door on the home page', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/');
    await page.getByRole('link', { name: /Relief now/ }).click();
    await page.waitForURL('**/relief');
    await page.getByRole('heading', { level: 1, name: 'Cramp right now?' }).waitFor();
  });

  it('loads offline after one visit, and other pages fall back to an offline page that links to it', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/relief');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await page.evaluate(async () => (await caches.keys()).sort())).toEqual([PAGES_CACHE]);

    await context.setOffline(true);
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Cramp right now?' }).waitFor();
    expect(await page.getByText(/pull your toes up toward your shin/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');

    await page.goto('/learn');
    await page.getByRole('heading', { name: 'You are offline' }).waitFor();
    // The offline page names the number to call and the signs that cannot wait.
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByText(/sudden breathlessness/).count()).toBe(1);
    await page.getByRole('link', { name: 'Relief now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cramp right now?' }).waitFor();

    const cached = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    }, PAGES_CACHE);
    expect(cached).toEqual(expect.arrayContaining(['/relief', '/offline', '/index.html', '/site.css']));
    expect(cached.some((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toBe(true);
    await context.setOffline(false);
  });
});
