// At 320 px wide (and at 200 % text on a 640 px screen, the same thing to the layout), no page scrolls
// sideways, the header's links wrap instead of hiding, and the search button stays on screen.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function searchButtonInside(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('.site-search button[type="submit"]');
    if (!button) return true; // pages without a search box (Relief) have nothing to cut off
    const box = button.getBoundingClientRect();
    return box.left >= 0 && box.right <= document.documentElement.clientWidth;
  });
}

describe('reflow at 320 px', () => {
  let e2e: E2E;
  let signedIn: BrowserContext;
  beforeAll(async () => {
    e2e = await startE2E();
    signedIn = await e2e.newContext({ viewport: { width: 320, height: 640 } });
    const signup = await signedIn.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('reflow'), password: 'a sentence for a password', name: 'Mia' },
    });
    expect(signup.status()).toBe(201);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it.each(['/', '/relief', '/check', '/learn', '/learn/relief.calf-stretch', '/search?q=cramp', '/login'])(
    'signed out, %s has no sideways scroll and keeps the search button on screen',
    async (path) => {
      const context = await e2e.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      expect(await overflow(page)).toBe(0);
      expect(await searchButtonInside(page)).toBe(true);
      await context.close();
    },
  );

  it.each(['/', '/diary', '/profile', '/diary/check-in'])(
    'signed in, %s has no sideways scroll',
    async (path) => {
      const page = await signedIn.newPage();
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await overflow(page)).toBe(0);
      expect(await searchButtonInside(page)).toBe(true);
      await page.close();
    },
  );

  it.each(['/learn', '/', '/diary', '/check', '/learn/food.banana'])(
    'at 200 per cent text, %s wraps rather than scrolls',
    async (path) => {
      const context = await e2e.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await overflow(page)).toBe(0);
      const nav = page.locator('.section-nav');
      expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      for (const name of ['Relief', 'Should I call?', 'Learn', 'Diary']) {
        expect(await nav.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
      }
      expect(await searchButtonInside(page)).toBe(true);
      await context.close();
    },
  );
});
