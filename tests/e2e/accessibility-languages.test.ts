// axe-core on every page in Chinese, Russian and Japanese, signed out and signed in: the translated pages
// keep WCAG 2.2 A/AA (longer Russian labels must not break contrast or targets, <html lang> must be a valid
// tag so screen readers pick the right voice), and no page shows a message id or English words.
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { messageIds } from '../support/language.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

const SIGNED_OUT = [
  '/',
  '/relief',
  '/check',
  '/check/offline',
  '/learn',
  '/learn/relief.calf-stretch',
  '/learn/remedy.shakuyaku-kanzo-to',
  '/learn/sources',
  '/login',
  '/signup',
  '/diary',
  '/offline',
  '/no-such-page',
];

/** Thirteen pages through axe each: several times the suite's default on a loaded two-core machine. */
const AUDIT_TIMEOUT = 240_000;

const SIGNED_IN = [
  '/',
  '/diary',
  '/diary/check-in',
  '/diary/insights',
  '/profile',
  '/plan',
  '/food',
  '/labs',
  '/report',
];

describe.each(['zh-Hans', 'ru', 'ja'] as const)('accessibility in %s (axe-core, WCAG 2.2 A/AA)', (locale) => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function audit(page: Page, paths: readonly string[]): Promise<string[]> {
    const found: string[] = [];
    for (const path of paths) {
      await ready(page, path);
      expect(await page.locator('html').getAttribute('lang'), path).toBe(locale);
      // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
      const ids = messageIds(await page.locator('body').innerText());
      for (const id of ids) found.push(`${path}: message id shown: ${id}`);
      for (const v of await violations(page)) found.push(`${path}: ${v}`);
    }
    return found;
  }

  it(
    'signed out: every page',
    async () => {
      const context = await e2e.newContext({ colorScheme: 'dark' });
      // The language is chosen once, as the switcher does; every page after follows the cookie.
      const page = await context.newPage();
      await page.goto(`/relief?lang=${locale}`);
      const found = await audit(page, SIGNED_OUT);
      expect(found).toEqual([]);
      await context.close();
    },
    AUDIT_TIMEOUT,
  );

  it(
    'signed in: every page',
    async () => {
      const context = await e2e.newContext({ colorScheme: 'light' });
      const signup = await context.request.post('/api/auth/signup', {
        data: { email: uniqueEmail('axe-lang'), password: 'a sentence for a password', name: 'Mia' },
      });
      expect(signup.status()).toBe(201);
      const due = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
      await context.request.patch('/api/me', {
        data: {
          dueDate: due,
          region: locale === 'ru' ? 'RU' : locale === 'ja' ? 'JP' : 'CN',
          language: locale,
        },
      });
      const id = randomUUID();
      for (let i = 0; i < 3; i++) {
        await context.request.post('/api/episodes', {
          data: {
            id: i === 0 ? id : randomUUID(),
            startedAt: new Date(Date.now() - (i + 1) * 26 * 3_600_000).toISOString(),
            muscles: ['calf'],
            side: 'left',
            intensity: 4 + i,
            reliefTried: ['calf-stretch'],
            reliefHelped: ['calf-stretch'],
          },
        });
      }
      const page = await context.newPage();
      const found = await audit(page, [...SIGNED_IN, `/diary/episodes/${id}`]);
      expect(found).toEqual([]);
      await context.close();
    },
    AUDIT_TIMEOUT,
  );
});
