import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

/** WCAG 2.2 A/AA violations axe-core finds on the page as it stands (as tests/e2e/accessibility.test.ts). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('sharing the report in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('signs up, logs cramps, makes a share on /report, and a fresh browser opens it and downloads the PDF', async () => {
    const context = await e2e.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/signup');
    await page.getByLabel('Email').fill(uniqueEmail('share'));
    await page.getByLabel('Password').fill('a sentence for a password');
    await page.getByLabel('Your name (optional)').fill('Mia Share');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signup'));

    // Two cramps logged from the diary's one-tap button.
    for (let i = 0; i < 2; i++) {
      await page.goto('/diary');
      await page.getByRole('button', { name: 'Log a cramp now' }).first().click();
      await page.waitForURL(/\/diary\/episodes\/[0-9a-f-]{36}/);
    }

    await page.goto('/');
    await page.getByRole('link', { name: 'Report for your midwife' }).click();
    await page.waitForURL(/\/report$/);
    const sheet = page.getByTestId('report-sheet');
    await sheet.waitFor();
    expect(await sheet.getByTestId('report-cramps').textContent()).toContain('Cramps: 2');
    expect(await sheet.textContent()).toContain('Mia Share');

    // The print stylesheet hides the page's own controls on paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Share with your midwife' }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('Days the link works (1 to 90)').fill('95');
    await page.getByRole('button', { name: 'Make a link' }).click();
    await page.getByText('Days must be a whole number from 1 to 90.').first().waitFor();
    await page.getByLabel('Days the link works (1 to 90)').fill('7');
    await page.getByLabel('Name of the link (optional)').fill('Midwife Jones');
    await page.getByRole('button', { name: 'Make a link' }).click();
    const created = page.getByTestId('created-share');
    await created.waitFor();
    const url = await created.getByLabel('Link').inputValue();
    expect(url).toMatch(new RegExp(`^${e2e.baseUrl}/s/[A-Za-z0-9_-]{43}$`));
    expect(await created.locator('svg').count()).toBe(1);
    const list = page.getByTestId('share-list');
    await list.getByText('Midwife Jones').waitFor();
    await list.getByText('Not opened yet.').waitFor();
    expect(await violations(page)).toEqual([]);

    // The midwife: a fresh browser with no account and no cookies.
    const midwife = await e2e.newContext({ acceptDownloads: true });
    const view = await midwife.newPage();
    const response = await view.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    const shared = view.getByTestId('report-sheet');
    expect(await shared.getByTestId('report-cramps').textContent()).toContain('Cramps: 2');
    expect(await violations(view)).toEqual([]);
    const [download] = await Promise.all([
      view.waitForEvent('download'),
      view.getByRole('link', { name: 'PDF (A4)' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/^crampwise-report-\d{4}-\d{2}-\d{2}\.pdf$/);

    // The owner sees both accesses in the log, then revokes the link.
    await page.reload();
    const item = page.getByTestId('share-list').getByRole('listitem').filter({ hasText: 'Midwife Jones' });
    await item.getByText('Opened 2 times').click();
    await item.getByText('opened the page from 127.0.x.x').waitFor();
    await item.getByText('downloaded the PDF from 127.0.x.x').waitFor();
    page.once('dialog', (dialog) => dialog.accept());
    await item.getByRole('button', { name: 'Revoke' }).click();
    await item.getByText('Revoked').first().waitFor();
    expect((await view.goto(url))?.status()).toBe(404);
  });

  it('asks a fresh browser for the passcode, then shows the report and serves the FHIR file', async () => {
    const owner = await e2e.newContext();
    const signup = await owner.request.post('/api/auth/signup', {
      data: {
        email: uniqueEmail('share'),
        password: 'a sentence for a password',
        name: 'Lena',
        timezone: 'Europe/London',
      },
    });
    expect(signup.status()).toBe(201);
    expect(
      (
        await owner.request.post('/api/episodes', {
          data: { startedAt: new Date().toISOString(), intensity: 5 },
        })
      ).status(),
    ).toBe(201);
    const made = await owner.request.post('/api/shares', {
      data: { expiresInDays: 3, passcode: 'maple-leaf' },
    });
    expect(made.status()).toBe(201);
    const { url } = await made.json();

    const midwife = await e2e.newContext({ acceptDownloads: true });
    const view = await midwife.newPage();
    await view.goto(url);
    expect(await violations(view)).toEqual([]);
    await view.getByLabel('Passcode').fill('maple-lead');
    await view.getByRole('button', { name: 'Show the report' }).click();
    await view.getByText('That passcode is not right.').waitFor();
    // The browser's own form post (Origin: null under no-referrer) passes the cross-site guard.
    await view.getByLabel('Passcode').fill('maple-leaf');
    await view.getByRole('button', { name: 'Show the report' }).click();
    await view.getByTestId('report-sheet').waitFor();
    expect(await view.getByTestId('report-cramps').textContent()).toContain('Cramps: 1');
    const [download] = await Promise.all([
      view.waitForEvent('download'),
      view.getByRole('link', { name: 'FHIR R4 Bundle (JSON)' }).click(),
    ]);
    const bundle = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  });
});
