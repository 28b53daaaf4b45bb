// When the server refuses a diary form, the error summary names each refused question and its link moves
// focus there — the same pattern as the account forms (issue 14, "form error summaries link to their fields").
// The refusal is staged with a routed 400, since the forms themselves only offer values the API accepts.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

const refusal = (fields: Record<string, string>) => ({
  status: 400,
  contentType: 'application/json',
  body: JSON.stringify({ error: { code: 'invalid_input', message: 'Some fields are not valid.', fields } }),
});

async function expectLinkedSummary(page: Page, linkName: RegExp, targetId: string) {
  const summary = page.locator('.form-error');
  await summary.waitFor();
  const link = summary.getByRole('link', { name: linkName });
  expect(await link.getAttribute('href')).toBe(`#${targetId}`);
  await link.click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(targetId);
}

describe('diary forms refused by the server', () => {
  let e2e: E2E;
  let context: BrowserContext;
  beforeAll(async () => {
    e2e = await startE2E();
    context = await e2e.newContext();
    const signup = await context.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('diary-errors'), password: 'a sentence for a password', name: 'Mia' },
    });
    expect(signup.status()).toBe(201);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('links the cramp form’s summary to the refused question', async () => {
    const id = randomUUID();
    const created = await context.request.post('/api/episodes', {
      data: { id, startedAt: new Date(Date.now() - 3_600_000).toISOString(), intensity: 5 },
    });
    expect(created.status()).toBe(201);
    const page = await context.newPage();
    await page.route(`**/api/episodes/${id}`, (route) =>
      route.request().method() === 'GET'
        ? route.continue()
        : route.fulfill(refusal({ intensity: 'must be at most 10', 'muscles.0': 'is not a known muscle' })),
    );
    await page.goto(`/diary/episodes/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Cramp details' }).waitFor();
    await page.getByRole('button', { name: /^Save/ }).click();
    await expectLinkedSummary(page, /^How strong must be at most 10/, 'field-intensity');
    await expectLinkedSummary(page, /^Where is not a known muscle/, 'field-muscles');
  });

  it('links the check-in’s summary to the refused answer', async () => {
    const page = await context.newPage();
    await page.route('**/api/checkins/*', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill(refusal({ waterGlasses: 'must be at most 30', notes: 'is too long' }))
        : route.continue(),
    );
    await page.goto('/diary/check-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Save/ }).click();
    await expectLinkedSummary(page, /^Water must be at most 30/, 'field-waterGlasses');
    await expectLinkedSummary(page, /^Notes is too long/, 'checkin-notes');
  });
});
