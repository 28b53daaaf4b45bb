// The "Should I call?" result in Chinese, Russian and Japanese, in Chromium: reached as the no-JavaScript form
// reaches it (a POST of the answers to /check), in the language chosen with ?lang=, with the country's own
// number on the call buttons. The page is wholly in the language: no message id, no English word except names.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';

/** Posts the answers as the questionnaire's last step does without JavaScript; the browser shows the result. */
async function postAnswers(page: Page, fields: [string, string][]): Promise<void> {
  await Promise.all([
    page.waitForURL('**/check'),
    page.evaluate((pairs) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = '/check';
      for (const [name, value] of pairs) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, fields),
  ]);
  await page.locator('.triage-banner').waitFor();
}

/**
 * What a person reads, less the sources' own titles and publishers (cited as published, not translated).
 * The questions repeated under "You answered yes to" stay in: they are the questionnaire's own words.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll(
      '.check-sources a, .check-sources .muted, .check-also-mentioned a, .check-also-mentioned .muted',
    )) {
      el.remove();
    }
    document.body.after(body);
    body.hidden = false;
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden inputs or scripts
    const text = body.innerText;
    body.remove();
    return text;
  });
}

// The browser's language names the country (and so the number); the page's language comes from ?lang=.
// A Russian reader in Germany dials 112; in Russia the ambulance is 103 (no advice line there, so the
// urgent answer's button is the number itself, with the note in Russian).
const CASES = [
  { locale: 'zh-Hans', browser: 'zh-CN', number: '120', urgentBrowser: 'zh-CN', urgentNumber: '120' },
  { locale: 'ru', browser: 'ru-DE', number: '112', urgentBrowser: 'ru-RU', urgentNumber: '103' },
  { locale: 'ja', browser: 'ja-JP', number: '119', urgentBrowser: 'ja-JP', urgentNumber: '119' },
] as const;

// Names and units, not words: the DVT abbreviation and the NHS as the explanations name them, mmHg.
const NAMES = ['DVT', 'NHS', 'mmHg'];

describe.each(CASES)(
  'the /check result in $locale',
  ({ locale, browser, number, urgentBrowser, urgentNumber }) => {
    let e2e: E2E;
    const t = (id: string) => CATALOGS.triage[locale][id] ?? id;
    beforeAll(async () => {
      e2e = await startE2E();
    });
    afterAll(async () => {
      await e2e?.close();
    });

    it('shows an emergency in the language with the country’s number', async () => {
      const page = await (await e2e.newContext({ locale: browser })).newPage();
      await page.goto(`/check?lang=${locale}`);
      await postAnswers(page, [
        ['step', '1'],
        ['go', 'emergency'],
        ['f', 'chest_pain'],
      ]);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('h1').textContent()).toBe(
        t('triage.headline.emergency').replace('{number}', number),
      );
      const call = page.locator('.triage-banner a.call-button');
      expect(await call.getAttribute('href')).toBe(`tel:${number}`);
      expect(await call.textContent()).toBe(t('triage.result.callNumber').replace('{number}', number));
      const text = await readableText(page);
      expect(messageIds(text)).toEqual([]);
      expect(englishLeaks(text, NAMES)).toEqual([]);
    });

    it('shows an urgent clot answer in the language, with the steps, the reading and the self-care pages', async () => {
      const page = await (await e2e.newContext({ locale: urgentBrowser })).newPage();
      await page.goto(`/check?lang=${locale}`);
      await postAnswers(page, [
        ['step', '5'],
        ['go', 'next'],
        ['f', 'one_leg_swollen'],
        ['week', '30'],
        ['sys', '128'],
        ['dia', '82'],
      ]);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('.check-result').getAttribute('data-level')).toBe('urgent');
      expect(await page.locator('h1').textContent()).toBe(t('triage.headline.urgent'));
      const steps = await page.locator('.check-do-now li').allTextContents();
      expect(steps).toContain(t('triage.doNow.noRub'));
      expect(await page.locator('[data-rule="dvt-one-leg-swollen"] p').nth(1).textContent()).toBe(
        t('triage.reason.dvt-one-leg-swollen'),
      );
      const links = page.locator('.check-links a');
      expect(await links.count()).toBeGreaterThan(0);
      expect(await links.first().getAttribute('href')).toMatch(/^\/learn\//);
      if (locale === 'ja') {
        const line = page.locator('.check-call a');
        expect(await line.getAttribute('href')).toBe('tel:%237119');
        expect(await line.textContent()).toBe('救急安心センター（#7119） に電話');
      } else {
        expect(await page.locator('.check-call a').getAttribute('href')).toBe(`tel:${urgentNumber}`);
      }
      const text = await readableText(page);
      expect(text).toContain('128/82');
      expect(messageIds(text)).toEqual([]);
      expect(englishLeaks(text, NAMES)).toEqual([]);
    });
  },
);
