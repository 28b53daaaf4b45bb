// "Should I call?" in Chinese, Russian and Japanese, in Chromium: every step page is wholly in the
// language (no English word but names and units, no message id), <html lang> says so, the walk reaches a
// result with and without JavaScript, and offline the saved questionnaire is the one in that language.
// Offline, the answer the page's script computes is worded in the language too (the triage area's words).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';
import { serviceWorkerReady } from '../support/offline.js';

/** Latin-letter names and units a translated step may show: °C/°F and the NHS (a source's name). */
const NAMES = ['C', 'F', 'NHS'];

describe.each(['zh-Hans', 'ru', 'ja'] as const)('"Should I call?" in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.check[locale][id]!.replace(/<\/?\w+>/g, '');
  const triage = (id: string) => CATALOGS.triage[locale][id]!;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  /** The page as a person reads it: in the language, with no English and no message id. */
  async function inTheLanguage(page: Page, names: readonly string[] = []): Promise<void> {
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text
    const visible = await page.locator('body').innerText();
    expect(englishLeaks(visible, [...NAMES, ...names])).toEqual([]);
    expect(messageIds(visible)).toEqual([]);
  }

  async function onStep(page: Page, heading: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await inTheLanguage(page);
  }

  it('walks every step with JavaScript, in the language, to an urgent result', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto(`/check?lang=${locale}`);
    await onStep(page, t('check.step1.heading'));
    expect(await page.getByLabel(t('check.q.chest_pain')).isVisible()).toBe(true);
    await page.getByLabel(t('check.stage.pregnant')).check();
    await page.getByRole('button', { name: t('check.button.none') }).click();

    await onStep(page, t('check.step2.heading'));
    await page.getByLabel(t('check.q.one_leg_swollen')).check();
    await page.getByRole('button', { name: t('check.button.continue'), exact: true }).click();
    await onStep(page, t('check.step3.heading'));
    await page.getByRole('button', { name: t('check.button.continue'), exact: true }).click();
    await onStep(page, t('check.step4.heading'));
    await page.getByRole('button', { name: t('check.button.continue'), exact: true }).click();
    await onStep(page, t('check.step5.heading'));
    await page.getByLabel(t('check.week.label')).fill('30');
    await page.getByRole('button', { name: t('check.button.show') }).click();

    await page.locator('.triage-banner.level-urgent').waitFor();
    expect(await page.locator('#check-heading').count()).toBe(1);
  });

  it('walks to the emergency answer without JavaScript, each step in the language', async () => {
    const page = await (await e2e.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`/check?lang=${locale}`);
    await onStep(page, t('check.step1.heading'));
    // "Yes" with nothing ticked says so in the language and stays on the step.
    await page.getByRole('button', { name: t('check.button.emergency') }).click();
    await onStep(page, t('check.step1.heading'));
    expect(await page.getByRole('alert').textContent()).toContain(
      t('check.needsTick').replace('{number}', '999'),
    );
    await page.getByLabel(t('check.q.sudden_breathlessness')).check();
    await page.getByRole('button', { name: t('check.button.emergency') }).click();
    await page.locator('.triage-banner.level-emergency').waitFor();
    expect(await page.locator('#check-heading').count()).toBe(1);
    expect(await page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
  });

  it('opens the saved questionnaire in the language offline, and answers there', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto('/');
    await serviceWorkerReady(page);
    // A /check page in the language, visited online, keeps that language's one-page questionnaire.
    await page.goto(`/check?lang=${locale}`);
    await page.waitForFunction(
      async (url) => (await caches.match(url, { ignoreVary: true })) !== undefined,
      `/check/offline?lang=${encodeURIComponent(locale)}`,
    );

    await context.setOffline(true);
    await page.goto(`/check?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: t('check.offline.heading'), exact: true }).waitFor();
    await inTheLanguage(page);
    expect(await page.getByText(t('check.offline.note')).count()).toBe(1);

    // "Yes" with nothing ticked: the script says so in the page's language.
    await page
      .getByRole('button', { name: t('check.button.emergency') })
      .first()
      .click();
    expect(await page.locator('.check-offline-errors').textContent()).toBe(
      t('check.offline.needsTick').replace('{number}', '999'),
    );

    await page.getByLabel(t('check.q.chest_pain')).check();
    await page
      .getByRole('button', { name: t('check.button.emergency') })
      .first()
      .click();
    await page.locator('.check-result[data-offline="true"]').waitFor();
    expect(await page.locator('.check-result').getAttribute('data-level')).toBe('emergency');
    // The whole answer is in the language: the questionnaire's words and the triage answer's.
    expect(await page.getByText(t('check.offline.worked')).count()).toBe(1);
    expect(await page.getByText(t('check.offline.notDiagnosis')).count()).toBe(1);
    expect(await page.locator('#check-heading').textContent()).toBe(
      triage('triage.headline.emergency').replace('{number}', '999'),
    );
    await inTheLanguage(page, ['DVT', 'mmHg']);

    // An urgent clot answer: the do-now steps (leave the leg alone) and the watch-for lines in the language.
    await page.getByRole('button', { name: t('check.offline.change') }).click();
    await page.getByLabel(t('check.q.chest_pain')).uncheck();
    await page.getByLabel(t('check.q.one_leg_swollen')).check();
    await page
      .getByRole('button', { name: t('check.button.show') })
      .last()
      .click();
    await page.locator('.check-result[data-offline="true"]').waitFor();
    expect(await page.locator('.check-result').getAttribute('data-level')).toBe('urgent');
    expect(await page.locator('ol.check-do-now').textContent()).toContain(triage('triage.doNow.noRub'));
    await inTheLanguage(page, ['DVT', 'mmHg']);
  });
});
