// The cramp diary in Chinese, Russian and Japanese, in Chromium: sign up, log a cramp with one tap, fill in
// and then edit its details, do the evening check-in, and read the insights. On every screen <html lang> is
// the language, no message id shows, and no English word is left (in the text, nor in the labels a screen
// reader reads), apart from names: Crampwise, the switcher's "English", the JSON and CSV formats, vitamin D.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';

const LOCALES = ['zh-Hans', 'ru', 'ja'] as const;
type Locale = (typeof LOCALES)[number];

/** Names and format codes that stay Latin in every language. */
const NAMES = ['JSON', 'CSV', 'D'];
const ZONES: Record<Locale, string> = { 'zh-Hans': 'Asia/Shanghai', ru: 'Europe/Moscow', ja: 'Asia/Tokyo' };
const DETAILS_URL = /\/diary\/episodes\/[0-9a-f-]{36}\?new=1$/;

async function signedIn(e2e: E2E, locale: Locale): Promise<BrowserContext> {
  const context = await e2e.newContext({ locale, timezoneId: ZONES[locale] });
  const response = await context.request.post('/api/auth/signup', {
    data: {
      email: uniqueEmail(`diary-${locale}`),
      password: 'a sentence for a password',
      name: 'Mia',
      timezone: ZONES[locale],
    },
  });
  expect(response.status()).toBe(201);
  return context;
}

/** What a person sees and what a screen reader reads: the text, and every aria-label and image label. */
async function screenText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden markup
  const visible = await page.locator('body').innerText();
  const labels = await page
    .locator('[aria-label]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  return [visible, ...labels].join('\n');
}

async function expectWhollyIn(page: Page, locale: Locale, screen: string) {
  expect(await page.locator('html').getAttribute('lang'), screen).toBe(locale);
  const text = await screenText(page);
  expect(messageIds(text), screen).toEqual([]);
  expect(englishLeaks(text, NAMES), screen).toEqual([]);
}

async function storedEpisode(context: BrowserContext, id: string) {
  const response = await context.request.get(`/api/episodes/${id}`);
  expect(response.status()).toBe(200);
  return response.json();
}

describe('the diary in Chinese, Russian and Japanese', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it.each(LOCALES)('%s: the signed-out diary says what it is in the language', async (locale) => {
    const t = (id: string) => CATALOGS.diary[locale][id] ?? id;
    const page = await (await e2e.newContext({ locale })).newPage();
    await page.goto(`/diary?log=now&lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: t('diary.title') }).waitFor();
    await page.getByText(t('diary.signedOut.loggingNow')).waitFor();
    await page.getByText(t('diary.signedOut.lead')).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    const text = await screenText(page);
    expect(messageIds(text)).toEqual([]);
    // The sign-up and log-in buttons are the account pages' words (their own catalog), not the diary's.
    const accountButtons = englishLeaks((await page.locator('.form-actions a').allTextContents()).join(' '));
    expect(englishLeaks(text, [...NAMES, ...accountButtons])).toEqual([]);
  });

  it.each(LOCALES)('%s: log, edit, check in and read the insights, all in the language', async (locale) => {
    const t = (id: string) => {
      const text = CATALOGS.diary[locale][id];
      if (text === undefined) throw new Error(`no ${id} in ${locale}`);
      return text;
    };
    const context = await signedIn(e2e, locale);
    const page = await context.newPage();

    // The list: the language comes from ?lang= (kept in the cookie for every later page and API call).
    await page.goto(`/diary?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: t('diary.title') }).waitFor();
    await page.getByText(t('diary.home.empty')).waitFor();
    await expectWhollyIn(page, locale, 'empty diary');

    // One tap logs the cramp and opens its details sheet.
    await page.getByRole('button', { name: t('diary.log.button') }).click();
    await page.waitForURL(DETAILS_URL);
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('heading', { level: 1, name: t('diary.episode.addDetails') }).waitFor();
    await expectWhollyIn(page, locale, 'new cramp details');

    await page.getByRole('radio', { name: '6', exact: true }).check();
    const tried = page.getByRole('group', { name: t('diary.form.tried') });
    await tried.getByLabel(t('diary.relief.calfStretch'), { exact: true }).check();
    await tried.getByLabel(t('diary.relief.massage'), { exact: true }).check();
    await page
      .getByRole('group', { name: t('diary.form.helped') })
      .getByLabel(t('diary.relief.calfStretch'), { exact: true })
      .check();
    await expectWhollyIn(page, locale, 'details filled in');
    await page.getByRole('button', { name: t('diary.form.save'), exact: true }).click();

    // Back on the list: the row in the language, then open it again and change it.
    await page.waitForURL(/\/diary$/);
    const row = page.locator(`[data-episode-id="${id}"]`);
    await row.getByText(t('diary.list.saved')).waitFor();
    expect(await row.locator('.episode-where').textContent()).toBe(t('diary.muscle.calf'));
    expect(await page.getByRole('heading', { level: 3 }).first().textContent()).toBe(t('diary.day.today'));
    await expectWhollyIn(page, locale, 'list with a cramp');
    expect(await storedEpisode(context, id)).toMatchObject({
      intensity: 6,
      reliefTried: ['calf-stretch', 'massage'],
      reliefHelped: ['calf-stretch'],
    });

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: t('diary.episode.details') }).waitFor();
    await expectWhollyIn(page, locale, 'cramp details');
    await page.getByRole('radio', { name: '4', exact: true }).check();
    await page
      .getByRole('group', { name: t('diary.form.where') })
      .getByLabel(t('diary.muscle.foot'), { exact: true })
      .check();
    await page.getByRole('button', { name: t('diary.form.save'), exact: true }).click();
    await page.waitForURL(/\/diary$/);
    await page.locator(`[data-episode-id="${id}"]`).getByText('4/10').waitFor();
    expect(await storedEpisode(context, id)).toMatchObject({ intensity: 4, muscles: ['calf', 'foot'] });

    // The evening check-in: a stepper, a supplement, and one leg swollen, which raises the clot warning.
    await page.getByRole('link', { name: t('diary.home.checkinStart') }).click();
    await page.waitForURL(/\/diary\/check-in$/);
    await page.getByRole('heading', { level: 1, name: t('diary.checkin.today') }).waitFor();
    await expectWhollyIn(page, locale, 'check-in');
    const water = t('diary.checkin.water');
    const more = CATALOGS.diary[locale]
      ['diary.stepper.button']!.replace('{action}', t('diary.stepper.more'))
      .replace('{label}', water);
    await page.getByRole('button', { name: more, exact: true }).click();
    expect(await page.getByRole('spinbutton', { name: water }).inputValue()).toBe('1');
    await page.getByLabel(t('diary.supplement.magnesium'), { exact: true }).check();
    await page.getByLabel(t('diary.swelling.oneLeg'), { exact: true }).check();
    await page.getByText(t('diary.checkin.oneLeg.body')).waitFor();
    await expectWhollyIn(page, locale, 'check-in with a red flag');
    await page.getByRole('button', { name: t('diary.checkin.save') }).click();
    await page.getByRole('status').getByText(t('diary.checkin.saved')).waitFor();
    await expectWhollyIn(page, locale, 'check-in saved');

    // The diary shows the red flag in the language, word for word the catalog's (same urgency as English).
    await page.getByRole('link', { name: t('diary.checkin.backToDiary') }).click();
    await page.waitForURL(/\/diary$/);
    await page.getByText(t('diary.redFlag.body')).waitFor();
    expect(await page.getByRole('link', { name: t('diary.redFlag.action') }).getAttribute('href')).toBe(
      '/check',
    );
    await expectWhollyIn(page, locale, 'diary with a red flag');

    // Insights: the charts' labels, summaries and tables in the language.
    await page.getByRole('link', { name: t('diary.home.seePatterns') }).click();
    await page.waitForURL(/\/diary\/insights$/);
    await page.getByRole('heading', { level: 1, name: t('diary.insights.title') }).waitFor();
    await page.locator('.chart canvas').first().waitFor();
    for (const summary of await page
      .locator('details.chart-table > summary, details.how-sure > summary')
      .all()) {
      await summary.click();
    }
    await page.getByText(t('diary.insights.honesty')).first().waitFor();
    await expectWhollyIn(page, locale, 'insights');
  });
});
