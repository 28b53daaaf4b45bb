// Offline everywhere: the service worker is installed from any page, the diary opens and logs offline,
// pages not saved fall back to a page with the call numbers and the warning signs, what an older version
// queued in localStorage moves to IndexedDB, and deleting the account leaves nothing queued on the phone.
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CACHE } from '../../src/web/site-scripts/names.js';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { queueKeys, serviceWorkerReady } from '../support/offline.js';

async function signedIn(
  e2e: E2E,
  extra: Record<string, unknown> = {},
): Promise<{ context: BrowserContext; userId: string }> {
  const context = await e2e.newContext();
  const response = await context.request.post('/api/auth/signup', {
    data: { email: uniqueEmail('offline'), password: 'a sentence for a password', name: 'Mia', ...extra },
  });
  expect(response.status()).toBe(201);
  return { context, userId: (await response.json()).id };
}

describe('offline', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('opens /diary offline with the cramps it last saw, and logs a new one into the queue', async () => {
    const { context } = await signedIn(e2e);
    await context.request.patch('/api/me', {
      data: { region: 'GB', maternityUnit: { name: 'Rosie triage', phone: '01223 217217' } },
    });
    const id = randomUUID();
    await context.request.post('/api/episodes', {
      data: {
        id,
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        muscles: ['calf'],
        intensity: 6,
      },
    });
    const page = await context.newPage();
    // The first page of the visit is the home page: the worker installs from there, not only from /relief.
    await page.goto('/');
    await serviceWorkerReady(page);
    await page.goto('/diary');
    await page.locator(`[data-episode-id="${id}"]`).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My diary' }).waitFor();
    await page.locator(`[data-episode-id="${id}"]`).waitFor();
    expect(await page.locator(`[data-episode-id="${id}"]`).textContent()).toContain('6/10');

    await page.getByRole('button', { name: 'Log a cramp now' }).click();
    await page.getByText('Saved on this phone — will sync').first().waitFor();
    expect(await queueKeys(page)).toHaveLength(1);

    // A page of the app never opened online (its script is a lazy chunk) still opens offline.
    await page.goto('/diary/check-in');
    await page.getByRole('heading', { level: 1, name: /check-in/i }).waitFor();

    // A page that is not saved: the offline page, with this person's numbers and the warning signs.
    await page.goto('/learn/cause.dehydration').catch(() => undefined);
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByRole('link', { name: /Call Rosie triage/ }).getAttribute('href')).toBe(
      'tel:01223217217',
    );
    expect(await page.getByText(/one leg swollen, painful, red or warm/).count()).toBe(1);
    expect(await page.getByText(/sudden breathlessness/).count()).toBe(1);
    await context.setOffline(false);
  });

  it('moves a queue an older version left in localStorage into IndexedDB, and sends it', async () => {
    const { context, userId } = await signedIn(e2e);
    const id = randomUUID();
    const legacy = {
      version: 1,
      entries: [
        {
          id,
          create: {
            id,
            startedAt: new Date(Date.now() - 7_200_000).toISOString(),
            muscles: ['calf'],
            intensity: 4,
          },
          patch: null,
          queuedAt: new Date().toISOString(),
          revision: 1,
          problem: null,
        },
      ],
    };
    const page = await context.newPage();
    // Stop it syncing at first, so the move itself can be seen.
    await page.route('**/api/episodes', (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [`crampwise.diary-queue.v1:${userId}`, JSON.stringify(legacy)] as const,
    );
    await page.goto('/diary');
    await page.locator(`[data-episode-id="${id}"]`).getByText('Saved on this phone — will sync').waitFor();
    expect(await queueKeys(page)).toEqual([`crampwise.diary-queue.v1:${userId}`]);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('diary-queue'))),
    ).toEqual([]);

    await page.unroute('**/api/episodes');
    await page.reload();
    await page.locator(`[data-episode-id="${id}"]`).waitFor();
    await expect.poll(() => queueKeys(page)).toEqual([]);
    const stored = await (await context.request.get('/api/episodes')).json();
    expect(stored.items).toMatchObject([{ id, intensity: 4 }]);
  });

  it('forgets cramps still waiting on the phone when the account is deleted', async () => {
    const { context } = await signedIn(e2e);
    const page = await context.newPage();
    await page.route('**/api/episodes', (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto('/diary');
    await page.getByRole('button', { name: 'Log a cramp now' }).click();
    await page.getByText('Saved on this phone — will sync').first().waitFor();
    expect(await queueKeys(page)).toHaveLength(1);

    await page.goto('/profile');
    await page.getByRole('button', { name: 'Delete account' }).click();
    await page.getByLabel('Your password, to confirm').fill('a sentence for a password');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => queueKeys(page)).toEqual([]);
    expect(await page.evaluate((name) => caches.has(name), DATA_CACHE)).toBe(false);
  });
});
