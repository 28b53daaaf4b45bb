// With JavaScript off: /relief and /learn read completely, Learn's sections open and close, and the
// theme follows the phone's light or dark setting (it used to stay dark).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, startE2E } from '../support/browser.js';

describe('JavaScript off', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('reads /relief whole, warning about a swollen leg before the first step', async () => {
    const page = await (await e2e.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto('/relief');
    const text = (await page.locator('main').textContent()) ?? '';
    const warning = text.indexOf('One leg swollen, red or warm? Do not rub or heat it');
    expect(warning).toBeGreaterThan(-1);
    expect(warning).toBeLessThan(text.indexOf('Stretch it'));
    for (const step of ['Stretch it', 'Rub it', 'Warm it', 'Walk it off']) expect(text).toContain(step);
    expect(await page.getByRole('link', { name: 'check if you should call' }).getAttribute('href')).toBe(
      '/check',
    );
  });

  it('opens and closes /learn sections, with back-to-top links, and shows both badges on item pages', async () => {
    const page = await (await e2e.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto('/learn');
    const section = page.locator('details#relief');
    expect(await section.getAttribute('open')).toBeNull();
    expect(await page.getByRole('link', { name: 'Stretch the calf to stop a cramp' }).isVisible()).toBe(
      false,
    );
    await section.locator('summary').click();
    expect(await page.getByRole('link', { name: 'Stretch the calf to stop a cramp' }).isVisible()).toBe(true);
    expect(await section.getByRole('link', { name: 'Back to top' }).getAttribute('href')).toBe('#main');

    await page.goto('/learn/food.banana');
    const badges = page.locator('.learn-item > .badges');
    expect(await badges.locator('.evidence-badge').textContent()).toMatch(/^Evidence for this page: /);
    expect(await badges.locator('.safety-badge').count()).toBe(0); // a food has no safety verdict
    await page.goto('/learn/relief.heat');
    expect(await page.locator('.learn-item > .badges .safety-badge').textContent()).toMatch(
      /^Safety in pregnancy: /,
    );
  });

  it.each([
    ['light', 'rgb(250, 248, 245)'],
    ['dark', 'rgb(17, 20, 26)'],
  ] as const)('follows the phone’s %s setting', async (scheme, background) => {
    const page = await (await e2e.newContext({ javaScriptEnabled: false, colorScheme: scheme })).newPage();
    for (const path of ['/learn', '/check']) {
      await page.goto(path);
      // The theme button needs JavaScript, so it stays out of sight without it.
      expect(await page.locator('button.theme-toggle').isVisible(), path).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), path).toBe(
        background,
      );
    }
  });
});
