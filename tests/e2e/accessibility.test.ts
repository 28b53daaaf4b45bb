// axe-core on every page and state people see, light and dark, signed in and out: no WCAG 2.x A or AA
// violations. A failure prints each rule with the elements it found, so the message says what to fix.
import { randomUUID } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;

async function themed(e2e: E2E, theme: (typeof THEMES)[number]): Promise<BrowserContext> {
  const context = await e2e.newContext({ colorScheme: theme });
  // theme.js also goes dark at night; the saved choice pins the theme under test.
  await context.addInitScript((t) => localStorage.setItem('cw-theme', t), theme);
  return context;
}

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
  '/learn?kind=remedy',
  '/learn/food.banana',
  '/learn/relief.calf-stretch',
  '/learn/sources',
  '/search?q=charley+horse',
  '/login',
  '/signup',
  '/diary',
  '/offline',
  '/no-such-page',
];

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const theme of THEMES) {
    it(`signed out, ${theme}: every page`, async () => {
      const context = await themed(e2e, theme);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of SIGNED_OUT) {
        await ready(page, path);
        for (const v of await violations(page)) found.push(`${path}: ${v}`);
      }
      // Form error states: the summary with links to the fields.
      await ready(page, '/login');
      await page.getByRole('button', { name: 'Log in' }).last().click();
      await page.locator('.form-error').waitFor();
      for (const v of await violations(page)) found.push(`/login (errors): ${v}`);
      // The Learn section opened.
      await ready(page, '/learn');
      await page.locator('.learn-section > summary').first().click();
      for (const v of await violations(page)) found.push(`/learn (section open): ${v}`);
      expect(found).toEqual([]);
      await context.close();
    }, 240_000);

    it(`signed in, ${theme}: every page`, async () => {
      const context = await themed(e2e, theme);
      const signup = await context.request.post('/api/auth/signup', {
        data: { email: uniqueEmail('axe'), password: 'a sentence for a password', name: 'Mia' },
      });
      expect(signup.status()).toBe(201);
      const due = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
      await context.request.patch('/api/me', { data: { dueDate: due, region: 'GB' } });
      const id = randomUUID();
      for (let i = 0; i < 4; i++) {
        await context.request.post('/api/episodes', {
          data: {
            id: i === 0 ? id : randomUUID(),
            startedAt: new Date(Date.now() - (i + 1) * 26 * 3_600_000).toISOString(),
            muscles: ['calf', 'foot'],
            side: 'left',
            intensity: 4 + i,
            reliefTried: ['calf-stretch', 'massage'],
            reliefHelped: i % 2 ? ['calf-stretch'] : [],
          },
        });
      }
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of [
        '/',
        '/diary',
        '/diary/check-in',
        '/diary/insights',
        `/diary/episodes/${id}`,
        '/profile',
        '/plan',
        '/learn',
        '/relief',
      ]) {
        await ready(page, path);
        for (const v of await violations(page)) found.push(`${path}: ${v}`);
      }
      // The profile with field errors in the summary.
      await ready(page, '/profile');
      await page.getByLabel('Phone number').fill('call the ward');
      await page.getByLabel('Unit name').fill('Rosie');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('.form-error').waitFor();
      for (const v of await violations(page)) found.push(`/profile (errors): ${v}`);
      // The insights with the numbers opened.
      await ready(page, '/diary/insights');
      for (const summary of await page.locator('details.how-sure > summary').all()) await summary.click();
      for (const v of await violations(page)) found.push(`/diary/insights (numbers open): ${v}`);
      expect(found).toEqual([]);
      await context.close();
    }, 240_000);
  }
});
