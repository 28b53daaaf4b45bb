import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { queueKeys } from '../support/offline.js';

type StoredEpisode = { id: string; intensity: number | null; reliefTried: string[]; reliefHelped: string[] };

const DETAILS_URL = /\/diary\/episodes\/[0-9a-f-]{36}\?new=1$/;

/** A browser context with a new account: the API sets the session cookie in the context's jar. */
async function signedIn(e2e: E2E): Promise<BrowserContext> {
  const context = await e2e.newContext();
  const response = await context.request.post('/api/auth/signup', {
    data: {
      email: uniqueEmail('diary'),
      password: 'a sentence for a password',
      name: 'Mia',
      timezone: 'Europe/London',
    },
  });
  expect(response.status()).toBe(201);
  return context;
}

async function storedEpisodes(context: BrowserContext): Promise<StoredEpisode[]> {
  const response = await context.request.get('/api/episodes?limit=100');
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}

const idFromUrl = (page: Page) => new URL(page.url()).pathname.split('/').at(-1)!;
const row = (page: Page, id: string) => page.locator(`[data-episode-id="${id}"]`);

describe('the diary in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('logs in one tap from home, fills in details, charts it, exports it, and undoes a delete', async () => {
    const context = await signedIn(e2e);
    const page = await context.newPage();
    await page.goto('/');

    await page.getByRole('button', { name: 'Log a cramp now' }).click();
    await page.waitForURL(DETAILS_URL);
    const id = idFromUrl(page);
    // The one tap stored the cramp already, with its details still to come.
    expect(await storedEpisodes(context)).toMatchObject([{ id, intensity: null }]);
    // The sheet opens with focus on its heading.
    await page.getByRole('heading', { level: 1, name: 'Add details' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Add details');

    await page.getByRole('radio', { name: '7', exact: true }).check();
    await page.getByRole('group', { name: 'What did you try?' }).getByLabel('Calf stretch').check();
    await page.getByRole('group', { name: 'What did you try?' }).getByLabel('Massage').check();
    await page.getByRole('group', { name: 'What helped?' }).getByLabel('Calf stretch').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.waitForURL(/\/diary$/);
    await row(page, id).waitFor();
    // "Saved." on the row that was saved, not only in the status line at the top.
    await row(page, id).getByText('Saved.', { exact: true }).waitFor();
    expect(await row(page, id).textContent()).toContain('7/10');
    expect(await storedEpisodes(context)).toMatchObject([
      { id, intensity: 7, reliefTried: ['calf-stretch', 'massage'], reliefHelped: ['calf-stretch'] },
    ]);

    // Insights: a uPlot canvas for the weekly counts, with the same numbers as a table.
    await page.getByRole('link', { name: 'See patterns' }).click();
    await page.waitForURL(/\/diary\/insights$/);
    const chart = page.getByRole('img', { name: /^Bar chart\. Cramps per .+: 1 cramp in all\.$/ });
    await chart.locator('canvas').first().waitFor();
    const weekly = page.locator('figure').filter({ has: chart });
    await weekly.getByText('Show as a table').click();
    expect(await weekly.locator('tbody tr').count()).toBe(1);
    expect(await weekly.locator('tbody tr td').nth(1).textContent()).toBe('1');
    // Plain words first; the counts and the interval on request.
    await page.getByText('Calf stretch: helped every time').waitFor();
    await page.getByText('Massage: has not helped yet').waitFor();
    const numbers = page.locator('.relief-list details').first();
    expect(await numbers.getByText(/^Helped 1 of 1 time; 95% interval/).isVisible()).toBe(false);
    await numbers.getByText('The numbers, and how sure').click();
    expect(await numbers.getByText(/^Helped 1 of 1 time; 95% interval/).isVisible()).toBe(true);
    expect(await page.getByText('A few weeks of data can’t show cause and effect').count()).toBeGreaterThan(
      0,
    );

    // Export: the JSON download holds the episode.
    await page.getByRole('link', { name: '← My diary' }).click();
    const jsonLink = page.getByRole('link', { name: 'Download all my data (JSON)' });
    expect(await jsonLink.getAttribute('href')).toBe('/api/export');
    expect(await jsonLink.getAttribute('download')).not.toBeNull();
    const exported = await (await context.request.get('/api/export')).json();
    expect(exported.episodes).toMatchObject([{ id, intensity: 7, reliefHelped: ['calf-stretch'] }]);

    // Delete (from the cramp's own page: rows have no delete button), then undo: the same episode comes back.
    await row(page, id).waitFor();
    expect(await row(page, id).getByRole('button').count()).toBe(0);
    await row(page, id).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Cramp details' }).waitFor();
    await page.getByRole('button', { name: 'Delete this cramp' }).click();
    await page.waitForURL(/\/diary$/);
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await row(page, id).waitFor({ state: 'detached' });
    expect(await storedEpisodes(context)).toEqual([]);
    await undo.click();
    await row(page, id).waitFor();
    expect(await storedEpisodes(context)).toMatchObject([
      { id, intensity: 7, reliefTried: ['calf-stretch', 'massage'], reliefHelped: ['calf-stretch'] },
    ]);
    expect(await row(page, id).textContent()).toContain('7/10');
  });

  it('logs exactly one cramp from /diary?log=now, even after a reload and going back', async () => {
    const context = await signedIn(e2e);
    const page = await context.newPage();
    await page.goto('/diary?log=now');
    await page.waitForURL(DETAILS_URL);
    const id = idFromUrl(page);
    expect((await storedEpisodes(context)).map((e) => e.id)).toEqual([id]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Add details' }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/diary$/);
    await row(page, id).waitFor();
    await page.goto('/diary');
    await row(page, id).waitFor();
    expect((await storedEpisodes(context)).map((e) => e.id)).toEqual([id]);
    expect(await page.locator('[data-episode-id]').count()).toBe(1);
  });

  it('explains the diary to a signed-out visitor, with the ways in', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/diary?log=now');
    await page.getByRole('heading', { level: 1, name: 'My diary' }).waitFor();
    await page.getByText('To save this cramp in a diary, log in or create a free account first.').waitFor();
    expect(await page.getByRole('link', { name: 'Create a free account' }).getAttribute('href')).toBe(
      '/signup',
    );
    expect(await page.getByRole('link', { name: 'Log in', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText(/coming soon/i).count()).toBe(0);
  });

  it('keeps a cramp logged offline on the phone and syncs it once when back online', async () => {
    const context = await signedIn(e2e);
    const page = await context.newPage();
    await page.goto('/diary');
    await page.getByText('No cramps logged yet.').waitFor();

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log a cramp now' }).click();
    await page.waitForURL(DETAILS_URL);
    const id = idFromUrl(page);
    await page.getByText('Saved on this phone — will sync').waitFor();
    // Details can be filled in while still offline.
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/diary$/);
    await row(page, id).getByText('Saved on this phone — will sync').waitFor();
    expect(await row(page, id).textContent()).toContain('5/10');
    // The queue is in IndexedDB now, not localStorage.
    expect(await queueKeys(page)).toHaveLength(1);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crampwise.diary'))),
    ).toEqual([]);

    await context.setOffline(false);
    await row(page, id).getByText('Saved on this phone — will sync').waitFor({ state: 'detached' });
    expect(await storedEpisodes(context)).toMatchObject([{ id, intensity: 5 }]);

    // A reload sends nothing twice: the queue is empty and there is still one episode.
    await page.reload();
    await row(page, id).waitFor();
    await expect.poll(() => queueKeys(page)).toEqual([]);
    expect((await storedEpisodes(context)).map((e) => e.id)).toEqual([id]);
  });

  it('pre-fills today’s check-in from the last one and saves it', async () => {
    const context = await signedIn(e2e);
    const me = await (await context.request.get('/api/me')).json();
    expect(me.timezone).toBe('Europe/London');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const put = await context.request.put(`/api/checkins/${yesterday}`, {
      data: {
        waterGlasses: 7,
        stretchedBeforeBed: true,
        supplements: ['magnesium'],
        swelling: 'both-ankles',
      },
    });
    expect(put.status()).toBe(201);

    const page = await context.newPage();
    await page.goto('/diary/check-in');
    await page.getByText('Filled in from the day before.').waitFor();
    expect(await page.getByLabel('Stretched before bed').isChecked()).toBe(true);
    expect(await page.getByRole('spinbutton', { name: 'Water' }).inputValue()).toBe('7');
    expect(await page.getByLabel('Magnesium').isChecked()).toBe(true);
    // Swelling belongs to the day: not copied.
    expect(await page.getByLabel('Both ankles').isChecked()).toBe(false);

    await page.getByRole('button', { name: 'Increase: Water' }).click();
    await page.getByLabel('One leg more than the other').check();
    await page.getByRole('link', { name: 'Check now: should I call?' }).waitFor();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').getByText('Saved ✓').waitFor();
    const saved = await (await context.request.get(`/api/checkins/${today}`)).json();
    expect(saved).toMatchObject({
      waterGlasses: 8,
      stretchedBeforeBed: true,
      warmBath: false,
      supplements: ['magnesium'],
      swelling: 'one-leg',
    });

    // The diary now shows the red-flag banner, pointing to the triage questions.
    await page.getByRole('link', { name: 'Back to my diary' }).click();
    await page.getByText(/^You noted a swollen, red or warm leg on /).waitFor();
    expect(await page.getByRole('link', { name: 'Check now: should I call?' }).getAttribute('href')).toBe(
      '/check',
    );
  });
});
