// Moving around: one header on every page with Relief in it; after a move inside the web app the page has
// its own title and focus is on its heading; no console errors on ordinary pages, signed in or out.
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

async function signedIn(e2e: E2E): Promise<BrowserContext> {
  const context = await e2e.newContext();
  const response = await context.request.post('/api/auth/signup', {
    data: { email: uniqueEmail('nav'), password: 'a sentence for a password', name: 'Mia' },
  });
  expect(response.status()).toBe(201);
  return context;
}

const focusedHeading = (page: Page) =>
  page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

describe('navigation', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('titles each signed-in page and moves focus to its heading after a move', async () => {
    const context = await signedIn(e2e);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Hello, Mia' }).waitFor();
    await expect.poll(() => page.title()).toBe('Crampwise · Leg cramps in pregnancy');

    const header = page.locator('header.site-header');
    await header.getByRole('link', { name: 'Diary', exact: true }).click();
    await page.waitForURL(/\/diary$/);
    await expect.poll(() => focusedHeading(page)).toBe('My diary');
    expect(await page.title()).toBe('My diary · Crampwise');

    await page.getByRole('link', { name: 'See patterns' }).click();
    await expect.poll(() => focusedHeading(page)).toBe('Patterns');
    expect(await page.title()).toBe('Patterns · Crampwise');

    await header.getByRole('link', { name: 'Account' }).click();
    await page.waitForURL(/\/profile$/);
    await expect.poll(() => focusedHeading(page)).toBe('Your profile');
    expect(await page.title()).toBe('Your profile · Crampwise');

    await page.goBack();
    await expect.poll(() => page.title()).not.toBe('Your profile · Crampwise');
    expect(await focusedHeading(page)).not.toBeNull();
  });

  it('shows the same header, with Relief, on server pages and app pages, signed in and out', async () => {
    const out = await e2e.newContext();
    const inside = await signedIn(e2e);
    for (const context of [out, inside]) {
      const page = await context.newPage();
      for (const path of [
        '/',
        '/relief',
        '/check',
        '/learn',
        '/search?q=cramp',
        '/diary',
        '/login',
        '/profile',
      ]) {
        await page.goto(path);
        await page.locator('main h1').first().waitFor();
        const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
        const links = await nav.getByRole('link').allTextContents();
        expect(links, path).toEqual(['Relief', 'Should I call?', 'Learn', 'Diary']);
        expect(await page.getByRole('banner').getByRole('link', { name: 'Account' }).count(), path).toBe(1);
      }
      await page.close();
    }
  });

  it('puts Relief first and the account card last on the signed-out home page', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Keep a private cramp diary' }).waitFor();
    const order = await page
      .locator('main')
      .evaluate((main) =>
        [...main.querySelectorAll('.door-title, .door-kicker, h2')].map((el) => el.textContent),
      );
    expect(order).toEqual([
      'Relief now',
      'Is it a clot?',
      'Should I call?',
      'Learn',
      'My diary',
      'Keep a private cramp diary',
    ]);
  });

  it('logs no console errors on ordinary pages, signed out and signed in', async () => {
    // Regression: a signed-out visit logged a 401 from /api/me; the diary a 404 from /api/checkins/<today>.
    for (const context of [await e2e.newContext(), await signedIn(e2e)]) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      for (const path of [
        '/',
        '/diary',
        '/diary/check-in',
        '/learn',
        '/relief',
        '/check',
        '/profile',
        '/login',
      ]) {
        await page.goto(path);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
      }
      expect(errors).toEqual([]);
    }
  });

  it('answers /robots.txt with text', async () => {
    const response = await (await e2e.newContext()).request.get('/robots.txt');
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    expect(await response.text()).toContain('User-agent: *');
  });
});
