// My plan on a phone: sign up, open /plan, add a suggested step and set its time, save, see the calendar
// subscribe link (which serves the feed without a cookie, at her wall-clock time), tick the step in the
// evening check-in and see it counted on the plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

const STRETCH = 'Stretch your calves every day, and again before bed';

describe('my plan in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('adds a suggested step with a time, saves it, shows the subscribe link and counts the check-in', async () => {
    const context = await e2e.newContext();
    const signup = await context.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('plan'), password: 'a sentence for a password', timezone: 'Europe/London' },
    });
    expect(signup.status()).toBe(201);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: /My plan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/plan');

    const suggestions = page.getByRole('region', { name: 'Suggested for you' });
    const stretch = suggestions.getByRole('listitem').filter({ hasText: STRETCH });
    expect(await stretch.locator('.safety-badge').textContent()).toMatch(/Safety in pregnancy:/);
    expect(await stretch.locator('.why').textContent()).toMatch(/\.$/);
    await stretch.getByRole('button', { name: `Add ${STRETCH} to my plan` }).click();

    const steps = page.getByRole('region', { name: 'My steps' });
    const step = steps.getByRole('listitem').filter({ hasText: STRETCH });
    await step.getByLabel('Reminder time').fill('21:45');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByRole('status').getByText('Saved ✓').waitFor();
    const plan = await (await context.request.get('/api/plan')).json();
    expect(plan.steps.map((s: { id: string; time: string }) => [s.id, s.time])).toEqual([
      ['prevent.calf-stretches', '21:45'],
    ]);

    const calendar = page.getByRole('region', { name: 'Reminders in your calendar' });
    const link = await calendar.getByLabel('Your private calendar link').inputValue();
    expect(link).toBe(plan.icsUrl);
    expect(link).toMatch(/\/api\/plan\.ics\?token=/);
    const subscribe = calendar.getByRole('link', { name: 'Subscribe in my calendar' });
    expect(await subscribe.getAttribute('href')).toBe(link.replace(/^http:/, 'webcal:'));
    // The feed works with no cookie at all, as a calendar app fetches it.
    const feed = await fetch(link);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toMatch(/^DTSTART;TZID=Europe\/London:\d{8}T214500\r$/m);
    await page.getByRole('region', { name: 'Reminders on this phone' }).waitFor();

    // The evening check-in asks which plan steps were done; the plan then counts today.
    await page.goto('/diary/check-in');
    const done = page.getByRole('group', { name: 'Plan steps done today' });
    await done.getByLabel(STRETCH).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Saved ✓').waitFor();
    await page.goto('/plan');
    await page
      .getByRole('region', { name: 'My steps' })
      .getByText(/Last 14 days: done on 1 of the 1 day you checked in/)
      .waitFor();
  });
});
