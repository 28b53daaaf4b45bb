// The food check and the lab explainer in Chinese, Russian and Japanese, in Chromium: <html lang> says the
// language, no message id and no English word is on the page (names and units aside), a food is found by
// its local name, added, halved and added up (the meter and the figure in the locale's digits), and an
// urgent lab result says to contact the maternity team today, with the one-tap call to her own unit.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverIntl } from '../../src/i18n/server-intl.js';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';

/**
 * Names and units allowed in Latin letters: the FoodData Central citation, the vitamins' letters (A, D),
 * the lab units, the UCUM standard, and the ounce the translated servings keep ("1 oz (28 g)").
 */
const ALLOWED = [
  'USDA',
  'FoodData',
  'Central',
  'SR',
  'Legacy',
  'FDC',
  'A',
  'D',
  'mg',
  'g',
  'oz',
  'mmol',
  'mEq',
  'L',
  'UCUM',
];

const CASES = [
  { locale: 'zh-Hans', query: '豆腐', unit: { name: '市妇产医院', phone: '020 1234 5678' } },
  { locale: 'ru', query: 'тофу', unit: { name: 'Роддом № 1', phone: '+7 495 123-45-67' } },
  { locale: 'ja', query: '豆腐', unit: { name: '市立病院 産科', phone: '03-1234-5678' } },
] as const;

/** What a person sees, leaving out what the page marks as English on purpose (source titles, FDC names). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll<HTMLElement>('body [lang="en"]')];
    for (const el of marked) el.dataset.display = el.style.display;
    for (const el of marked) el.style.display = 'none';
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, with the hidden parts left out
    const text = document.body.innerText;
    for (const el of marked) el.style.display = el.dataset.display ?? '';
    return text;
  });
}

describe.each(CASES)('food check and lab results in $locale', ({ locale, query, unit }) => {
  let e2e: E2E;
  const food = serverIntl(locale, ['food']);
  const labs = serverIntl(locale, ['labs']);
  const f = (id: string, values?: Record<string, string | number>) => food.formatMessage({ id }, values);
  const l = (id: string, values?: Record<string, string | number>) => labs.formatMessage({ id }, values);

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function signedIn() {
    const context = await e2e.newContext();
    const signup = await context.request.post('/api/auth/signup', {
      data: { email: uniqueEmail('lang'), password: 'a sentence for a password', timezone: 'Europe/London' },
    });
    expect(signup.status()).toBe(201);
    // 30 weeks pregnant, with her own maternity unit to call.
    const due = new Date(Date.now() + 70 * 86_400_000).toISOString().slice(0, 10);
    const patched = await context.request.patch('/api/me', { data: { dueDate: due, maternityUnit: unit } });
    expect(patched.status()).toBe(200);
    return context;
  }

  it('finds a food by its local name, adds half a serving and shows the meter in the language', async () => {
    const context = await signedIn();
    const page = await context.newPage();
    await page.goto(`/food?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: f('food.page.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);

    await page.getByLabel(f('food.search.label')).fill(query);
    const tofu = f('food.name.tofu');
    await page.getByRole('button', { name: f('food.search.add', { name: tofu }) }).click();
    const servings = f('food.eaten.servingsOf', { name: tofu });
    // The stepper's buttons are the diary's Stepper, which joins the action and the label its language's way.
    const fewer = serverIntl(locale, ['diary']).formatMessage(
      { id: 'diary.stepper.button' },
      { action: f('food.eaten.fewer'), label: servings },
    );
    await page.getByRole('button', { name: fewer }).click();
    await page.getByRole('button', { name: f('food.submit') }).click();
    await page.getByRole('heading', { name: f('food.result.title') }).waitFor();

    // Tofu: 581 mg of calcium a serving, so half is 290.5 mg of the adult 1000 mg (29%), in the locale's digits.
    expect(await page.locator('meter#bar-calcium').getAttribute('value')).toBe('290.5');
    const half = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(290.5);
    expect(half).toBe(locale === 'ru' ? '290,5' : '290.5');
    expect(await page.getByTestId('total-calcium').textContent()).toBe(
      f('food.result.figure', {
        total: half,
        target: '1000',
        unit: f('food.unit', { unit: 'mg' }),
        percent: 29,
      }),
    );
    expect(await page.getByTestId('food-citation').textContent()).toContain(
      f('food.citation.entry', { name: tofu, id: '172475' }),
    );

    const visible = await visibleText(page);
    expect(messageIds(visible)).toEqual([]);
    expect(englishLeaks(visible, ALLOWED)).toEqual([]);
    await context.close();
  });

  it('explains an urgent potassium in the language, with the call to her own maternity unit', async () => {
    const context = await signedIn();
    const page = await context.newPage();
    await page.goto(`/labs?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: l('labs.page.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.getByTestId('not-a-diagnosis').textContent()).toBe(l('labs.page.notice'));

    const test = page.getByLabel(l('labs.form.test'));
    await test.selectOption({ label: l('labs.analyte.potassium.plain') });
    await page.getByLabel(l('labs.form.result'), { exact: true }).fill(locale === 'ru' ? '6,5' : '6.5');
    await page.getByRole('button', { name: l('labs.form.submit') }).click();

    const urgent = page.locator('.lab-urgent[role="alert"]');
    await urgent.waitFor();
    expect(await urgent.textContent()).toContain(l('labs.result.urgentTitle'));
    const call = urgent.getByRole('link', {
      name: l('labs.result.call', { name: unit.name, phone: unit.phone }),
    });
    expect(await call.getAttribute('href')).toMatch(/^tel:/);
    expect(await page.getByTestId('lab-flag').textContent()).toBe(l('labs.flag', { flag: 'high' }));
    expect(await page.getByTestId('lab-advice').textContent()).toContain(l('labs.advice.urgent'));
    const mmol = l('labs.unit.mmolPerL');
    const value = locale === 'ru' ? '6,5' : '6.5';
    expect(await page.getByTestId('lab-value').textContent()).toBe(
      `${value} ${mmol} = ${value} ${l('labs.unit.mEqPerL')}`,
    );
    expect(await page.getByText(l('labs.result.stagePregnant', { week: 30 })).count()).toBe(1);

    const visible = await visibleText(page);
    expect(messageIds(visible)).toEqual([]);
    expect(englishLeaks(visible, ALLOWED)).toEqual([]);
    await context.close();
  });
});
