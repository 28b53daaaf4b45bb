// "Should I call?" without a connection: once any page has installed the service worker, /check opens
// offline as the one-page questionnaire, the engine runs in the page, and the answer is the one the API
// gives for the same answers; an emergency sign still goes straight to the big call button.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/browser.js';
import { serviceWorkerReady } from '../support/offline.js';

const SWOLLEN = 'Is one leg (calf, ankle or thigh) more swollen than the other?';
const CHEST_PAIN = 'Do you have pain in your chest, especially when you breathe in?';

/** A page that has visited once online, with the offline questionnaire saved by the service worker. */
async function installed(e2e: E2E): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await serviceWorkerReady(page);
  await page.waitForFunction(
    async () => (await caches.match('/check/offline', { ignoreVary: true })) !== undefined,
  );
  return { context, page };
}

describe('"Should I call?" offline', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('answers one leg swollen at 30 weeks on the phone with the level and action the API gives', async () => {
    const { context, page } = await installed(e2e);
    await context.setOffline(true);
    await page.goto('/check');
    await page.getByRole('heading', { level: 1, name: 'Should I call?' }).waitFor();
    await page.getByLabel('I am pregnant now').check();
    await page.getByLabel(SWOLLEN).check();
    await page.getByLabel('Week of pregnancy').fill('30');
    await page.getByRole('button', { name: 'Show what to do' }).click();
    await page.locator('.check-result[data-offline="true"]').waitFor();
    const level = await page.locator('.check-result').getAttribute('data-level');
    const actionId = await page.locator('.triage-banner').getAttribute('data-action');
    expect(await page.getByText(/Worked out on this phone without a connection/).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'What to do now' }).count()).toBe(1);
    expect(await page.locator('.check-do-now li').first().textContent()).toMatch(/^Call /);
    expect(await page.locator('.check-reasons li').count()).toBeGreaterThan(0);
    // The clot warning: leave the leg alone.
    expect(await page.getByText('Do not rub or massage the leg.').count()).toBe(1);
    expect(await page.locator('.check-call .call-button').getAttribute('href')).toMatch(/^tel:/);

    await context.setOffline(false);
    const response = await context.request.post('/api/triage', {
      data: { findings: { one_leg_swollen: true }, gestationalWeek: 30 },
    });
    expect(response.status()).toBe(200);
    const online = await response.json();
    expect(level).toBe('urgent');
    expect(level).toBe(online.level);
    expect(actionId).toBe(online.actionId);
  });

  it('shows the big call button offline for an emergency sign', async () => {
    const { context, page } = await installed(e2e);
    await context.setOffline(true);
    await page.goto('/check');
    await page.getByLabel(CHEST_PAIN).check();
    await page.getByRole('button', { name: 'Yes — one or more of these' }).click();
    await page.locator('.triage-banner.level-emergency').waitFor();
    const call = page.getByRole('link', { name: 'Call 999', exact: true });
    expect(await call.getAttribute('href')).toBe('tel:999');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-heading');
    await context.setOffline(false);
  });

  it('carries the answers from a /check step that loses its connection into the offline questionnaire', async () => {
    const { context, page } = await installed(e2e);
    await page.goto('/check');
    await page.getByRole('button', { name: 'None of these — continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your legs' }).waitFor();
    await page.getByLabel(SWOLLEN).check();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('form.check-offline-form').waitFor();
    expect(await page.getByLabel(SWOLLEN).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Show what to do' }).click();
    await page.locator('.check-result[data-offline="true"]').waitFor();
    expect(await page.locator('.check-result').getAttribute('data-level')).toBe('urgent');
    await context.setOffline(false);
  });
});
