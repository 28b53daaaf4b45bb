import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from '../../src/web/site-scripts/names.js';
import { type E2E, startE2E } from '../support/browser.js';

describe('Learn and search in Chromium', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('browses Learn, opens an item and follows a source to the registry', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/learn');
    // Sections start folded on "All": open one, then its pages are there.
    await page.getByRole('heading', { level: 2, name: 'During a cramp' }).click();
    await page.getByRole('link', { name: 'Stretch the calf to stop a cramp' }).click();
    await page.waitForURL('**/learn/relief.calf-stretch');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Stretch the calf to stop a cramp',
    );

    const sources = page.getByRole('region', { name: 'Sources', exact: true });
    await sources.getByRole('link', { name: 'Leg Cramps and Leg Pain', exact: true }).click();
    await page.waitForURL('**/learn/sources#webmd');
    const card = page.locator('#webmd');
    await card.getByRole('heading', { name: 'Leg Cramps and Leg Pain' }).waitFor();
    expect(await card.textContent()).toContain('Our appraisal:');
    expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
    const top = await card.evaluate((el) => el.getBoundingClientRect().top);
    const headerBottom = await page
      .locator('.site-header')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
  });

  it('shows results as you type on a Learn page, keyboard first, and Escape closes them', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/learn');
    const box = page.getByRole('combobox', { name: 'Search Crampwise' });
    await box.fill('charley horse');
    const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
    const option = listbox.getByRole('option', { name: /Stretch the calf to stop a cramp/ });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');

    await box.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await box.press('ArrowDown');
    await option.waitFor();
    const optionId = await option.getAttribute('id');
    for (let i = 0; i < 9 && (await box.getAttribute('aria-activedescendant')) !== optionId; i++) {
      await box.press('ArrowDown');
    }
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL('**/learn/relief.calf-stretch');
    await page.getByRole('heading', { level: 1, name: 'Stretch the calf to stop a cramp' }).waitFor();
  });

  it('searches from the web app header and reaches the item', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search Crampwise' });
    await box.fill('charley horse');
    await page.getByRole('option', { name: /Stretch the calf to stop a cramp/ }).click();
    await page.waitForURL('**/learn/relief.calf-stretch');
    await page.getByRole('heading', { level: 1, name: 'Stretch the calf to stop a cramp' }).waitFor();
  });

  it('reads an item completely with JavaScript off, and searches with a plain form', async () => {
    const page = await (await e2e.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto('/learn/relief.calf-stretch');
    const text = await page.locator('main').textContent();
    for (const part of [
      'Stretch the calf to stop a cramp',
      'Straighten your leg and push your heel away from you',
      'Safe in pregnancy?',
      'Recommended',
      'What the evidence says',
      'Standard advice',
      'How to do it',
      'Where the sources disagree',
      'What the best evidence says',
      'Sources',
      'Related',
      'Reviewed',
    ]) {
      expect(text, part).toContain(part);
    }
    await page.getByRole('searchbox', { name: 'Search Crampwise' }).fill('Tylenol');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/search?q=Tylenol');
    await page.getByRole('link', { name: 'Paracetamol for soreness after a cramp' }).click();
    await page.waitForURL('**/learn/relief.paracetamol');
  });

  it('switches the theme with the button of a server-rendered page and keeps the choice for the next page', async () => {
    // /theme.js is built from TypeScript: it sets the theme before the first paint and wires the button.
    const page = await (await e2e.newContext({ colorScheme: 'dark' })).newPage();
    await page.goto('/learn');
    const theme = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    expect(await theme()).toBe('dark');
    const button = page.getByRole('button', { name: 'Switch to light theme' });
    await button.click();
    expect(await theme()).toBe('light');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('light');
    await page.goto('/learn/sources');
    expect(await theme()).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).waitFor();
  });
});
