// The food check and the lab explainer on a phone-sized Chromium: log a day of food and see the totals, a
// supplement over the magnesium limit, the citation and the recent list kept on the device; interpret a
// calcium result with albumin, an urgent potassium and a refused value.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** How far the page scrolls sideways (0 when it reflows). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('food check and lab results in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function signedIn() {
    const context = await e2e.newContext();
    const signup = await context.request.post('/api/auth/signup', {
      data: {
        email: uniqueEmail('prevent'),
        password: 'a sentence for a password',
        name: 'Mia',
        timezone: 'Europe/London',
      },
    });
    expect(signup.status()).toBe(201);
    return context;
  }

  it('logs a day of food and shows the totals against the targets, with the FDC citation', async () => {
    const context = await signedIn();
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Food check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Food check' }).waitFor();

    await page.getByLabel('Find a food').fill('banan');
    await page.getByRole('button', { name: /^Add Banana/ }).click();
    await page.getByRole('button', { name: 'More: Servings of Banana' }).click();
    await page.getByRole('button', { name: 'More: Servings of Banana' }).click();
    expect(await page.getByLabel('Servings of Banana', { exact: true }).inputValue()).toBe('2');
    await page.getByLabel('Find a food').fill('glass of milk');
    await page.getByRole('button', { name: /^Add Milk/ }).click();

    await page.getByRole('button', { name: 'Add a supplement' }).click();
    const supplement = page.getByRole('group', { name: 'Supplement 1' });
    await supplement.getByLabel('Nutrient').selectOption('magnesium');
    await supplement.getByLabel('Amount').fill('400');
    await page.getByRole('button', { name: 'Check my day' }).click();

    // Banana ×2 + milk ×1: calcium 6×2 + 293 = 305 mg; magnesium 32×2 + 27 = 91 mg + 400 mg supplement = 491;
    // potassium 422×2 + 342 = 1186 mg; vitamin D 2.9 µg. Adult targets (no birth year): 1000, 350, 2900, 15.
    await page.getByRole('heading', { name: 'Your day' }).waitFor();
    expect(await page.getByTestId('total-calcium').textContent()).toBe('305 of 1000 mg (31%)');
    expect(await page.getByTestId('total-magnesium').textContent()).toBe('491 of 350 mg (140%)');
    expect(await page.getByTestId('total-potassium').textContent()).toBe('1186 of 2900 mg (41%)');
    expect(await page.getByTestId('total-vitaminD').textContent()).toBe('2.9 of 15 µg (19%)');
    expect(await page.locator('meter#bar-calcium').getAttribute('value')).toBe('305');
    const warning = page.locator('.food-warnings[role="alert"]');
    expect(await warning.textContent()).toContain('Over the upper limit: Magnesium');
    expect(await warning.textContent()).toContain('from supplements');
    // Calcium is 695 mg short: one food that closes it is suggested, and one tap adds it.
    const calcium = page.locator('[data-nutrient="calcium"]');
    expect(await calcium.textContent()).toContain('695 mg to go');
    expect(await calcium.textContent()).toContain('Tofu');

    const citation = page.getByTestId('food-citation');
    expect(await citation.textContent()).toContain('USDA FoodData Central');
    expect(await citation.textContent()).toContain('Banana, FDC 173944');
    expect(await citation.textContent()).toContain('Milk, FDC 171267');

    // Kept in today's check-in, on request: it is there again after a reload, and in the API.
    await page.getByRole('button', { name: 'Save to today’s diary' }).click();
    await page.getByText('Saved in today’s check-in.').waitFor();
    const today = Temporal.Now.plainDateISO('Europe/London').toString();
    const stored = await (await context.request.get(`/api/nutrition/log/${today}`)).json();
    expect(stored.items).toEqual([
      { food: 'food.banana', servings: 2 },
      { food: 'food.milk', servings: 1 },
    ]);
    expect(stored.supplements).toEqual([{ nutrient: 'magnesium', amount: 400, unit: 'mg' }]);

    // Recent foods stay on this device for next time.
    await page.reload();
    await page.getByText('Saved in today’s check-in.').waitFor();
    expect(await page.getByLabel('Servings of Banana', { exact: true }).inputValue()).toBe('2');
    // A change since the save is not "saved".
    await page.getByRole('button', { name: 'More: Servings of Milk' }).click();
    expect(await page.getByText('Saved in today’s check-in.').count()).toBe(0);
    const recent = page.getByRole('region', { name: 'Recent' });
    await recent.getByRole('button', { name: '+ Milk' }).waitFor();
    expect(await recent.getByRole('button').allTextContents()).toEqual(['+ Milk', '+ Banana']);
    await context.close();
  });

  it('explains a total calcium with albumin, an urgent potassium, and refuses an impossible value', async () => {
    const context = await signedIn();
    // Due 10 weeks from today: 30 weeks pregnant.
    const due = Temporal.Now.plainDateISO('Europe/London').add({ days: 70 }).toString();
    const patched = await context.request.patch('/api/me', {
      data: { dueDate: due, maternityUnit: { name: 'Rosie triage', phone: '01223 217217' } },
    });
    expect(patched.status()).toBe(200);
    const page = await context.newPage();
    await page.goto('/labs');
    await page.getByRole('heading', { level: 1, name: 'Lab results explained' }).waitFor();
    expect(await page.getByTestId('not-a-diagnosis').textContent()).toContain('not a diagnosis');

    await page
      .getByLabel('Which test?')
      .selectOption({ label: 'Calcium in the blood (the usual calcium test)' });
    expect(await page.getByLabel('Unit', { exact: true }).locator('option').allTextContents()).toEqual([
      'mmol/L',
      'mg/dL',
      'mEq/L',
    ]);
    await page.getByLabel('Result').fill('9.0');
    await page.getByLabel('Unit', { exact: true }).selectOption('mg/dL');
    await page.getByLabel('Albumin', { exact: true }).fill('30');
    await page.getByRole('button', { name: 'Explain this result' }).click();

    // 9.0 mg/dL = 2.25 mmol/L; corrected 2.2456 + 0.02 × (40 − 30) = 2.45 mmol/L = 9.8 mg/dL.
    await page.getByTestId('lab-corrected').waitFor();
    expect(await page.getByTestId('lab-value').textContent()).toBe('9 mg/dL = 2.25 mmol/L = 4.49 mEq/L');
    expect(await page.getByTestId('lab-corrected').textContent()).toContain('9.8 mg/dL = 2.45 mmol/L');
    expect(await page.getByTestId('lab-flag').textContent()).toBe('Inside the range');
    expect(await page.getByTestId('lab-range').textContent()).toContain('8.8–10.4 mg/dL');
    expect(await page.getByText('Judged for week 30 of pregnancy.').count()).toBe(1);
    expect(await page.locator('.lab-urgent').count()).toBe(0);

    await page.getByLabel('Which test?').selectOption({ label: 'Potassium in the blood' });
    await page.getByLabel('Result').fill('6.5');
    await page.getByRole('button', { name: 'Explain this result' }).click();
    const urgent = page.locator('.lab-urgent[role="alert"]');
    await urgent.waitFor();
    expect(await urgent.textContent()).toContain('Contact your maternity team today');
    // Her own maternity unit, one tap away.
    const call = urgent.getByRole('link', { name: 'Call Rosie triage: 01223 217217' });
    expect(await call.getAttribute('href')).toBe('tel:01223217217');
    expect(await page.getByTestId('lab-flag').textContent()).toBe('Above the range');

    await page.getByLabel('Result').fill('50');
    await page.getByRole('button', { name: 'Explain this result' }).click();
    const summary = page.locator('.form-error[role="alert"]');
    await summary.waitFor();
    const link = summary.getByRole('link', { name: /^Result A potassium result is between/ });
    expect(await link.getAttribute('href')).toBe('#field-value');
    expect(await page.getByLabel('Result').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations and no sideways scroll at 320 px with results shown (%s)',
    async (theme) => {
      const context = await e2e.newContext({ colorScheme: theme, viewport: { width: 320, height: 700 } });
      await context.addInitScript((t) => localStorage.setItem('cw-theme', t), theme);
      const signup = await context.request.post('/api/auth/signup', {
        data: { email: uniqueEmail('prevent-a11y'), password: 'a sentence for a password' },
      });
      expect(signup.status()).toBe(201);
      const page = await context.newPage();

      await page.goto('/food');
      await page.getByLabel('Find a food').fill('tofu');
      await page.getByRole('button', { name: /^Add Tofu/ }).click();
      await page.getByRole('button', { name: 'Add a supplement' }).click();
      const supplement = page.getByRole('group', { name: 'Supplement 1' });
      await supplement.getByLabel('Nutrient').selectOption('magnesium');
      await supplement.getByLabel('Amount').fill('500');
      await page.getByRole('button', { name: 'Check my day' }).click();
      await page.locator('.food-warnings').waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);

      await page.goto('/labs');
      await page.getByLabel('Which test?').selectOption({ label: 'Potassium in the blood' });
      await page.getByLabel('Result').fill('6.5');
      await page.getByRole('button', { name: 'Explain this result' }).click();
      await page.locator('.lab-urgent').waitFor();
      expect(await violations(page)).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await context.close();
    },
  );
});
