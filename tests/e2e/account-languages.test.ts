// The account pages and the plan in Chinese, Russian and Japanese, in Chromium: the home page, sign-up,
// the profile (where changing the language makes the app follow) and the plan page are wholly in the
// language (no message id, no English word), with <html lang> saying so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../src/i18n/locales.js';
import { uniqueEmail } from '../support/app.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';

/**
 * What a person sees, less her own data and the time zone picker: the zone ids (Asia/Tokyo) are IANA
 * identifiers, shown as they are in every language, like the email address she typed.
 */
async function visibleText(page: Page, ownData: readonly string[] = []): Promise<string> {
  return page.evaluate((own) => {
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not hidden text or scripts
    let text = document.body.innerText;
    const zones = [...document.querySelectorAll('#timezone option')].map((o) => o.textContent ?? '');
    for (const value of [...own, ...zones].filter(Boolean).sort((a, b) => b.length - a.length))
      text = text.replaceAll(value, ' ');
    return text;
  }, ownData);
}

function expectAllInLanguage(text: string, where: string) {
  expect(messageIds(text), where).toEqual([]);
  expect(englishLeaks(text), where).toEqual([]);
}

describe.each(['zh-Hans', 'ru', 'ja'] as const)('account pages and the plan in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.account[locale][id] ?? id;
  const p = (id: string) => CATALOGS.plan[locale][id] ?? id;
  // The language the profile switches to: the next one, so every locale is also reached by a switch.
  const next: Locale =
    LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length] === 'en'
      ? 'zh-Hans'
      : LOCALES[(LOCALES.indexOf(locale) + 1) % LOCALES.length]!;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('home, sign-up, profile and plan speak the language; a new language in the profile is followed', async () => {
    const context = await e2e.newContext({ timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();

    // Home, signed out.
    await page.goto(`/?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: t('account.home.h1') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page
      .getByRole('link', { name: t('account.links.signup') })
      .or(page.getByRole('link', { name: new RegExp(t('account.doors.relief')) }))
      .first()
      .waitFor();
    expectAllInLanguage(await visibleText(page), 'home');

    // Sign-up.
    await page.goto('/signup');
    await page.getByRole('heading', { level: 1, name: t('account.signup.h1') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expectAllInLanguage(await visibleText(page), 'sign-up');
    const email = uniqueEmail(`lang-${locale}`);
    await page.getByLabel(t('account.field.email')).fill(email);
    await page.getByLabel(t('account.field.password'), { exact: true }).fill('a sentence for a password');
    await page.getByRole('button', { name: t('account.signup.submit') }).click();
    await page.waitForURL('**/profile?welcome=1');
    // The language she signed up in is kept on the profile, for the reminders and the calendar feed.
    expect((await (await context.request.get('/api/me')).json()).language).toBe(locale);

    // Profile, with the welcome note and the past checks' empty state.
    await page.getByRole('heading', { level: 1, name: t('account.profile.h1') }).waitFor();
    await page.getByText(t('account.history.empty')).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expectAllInLanguage(await visibleText(page, [email]), 'profile');
    // The language choice names each language in that language.
    const languages = page.locator('select#language');
    expect(await languages.locator('option').allTextContents()).toEqual([
      t('account.profile.language.browser'),
      ...LOCALES.map((l) => LOCALE_NAMES[l]),
    ]);
    // Regions are named in the language too.
    const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
    expect(await page.getByLabel(t('account.profile.region')).locator('option').allTextContents()).toContain(
      `${regionNames.of('JP')}${locale === 'ru' ? ' (' : '（'}119${locale === 'ru' ? ')' : '）'}`,
    );

    // A due date, then the signed-in home's pregnancy line and doors in the language.
    await page.getByLabel(t('account.profile.dueDate'), { exact: true }).fill('2027-01-10');
    await page.getByRole('button', { name: t('account.profile.save'), exact: true }).click();
    await page.getByRole('status').getByText(t('account.profile.saved')).waitFor();

    // A saved check in the past checks: its level and the signs answered yes, in the language.
    const check = await context.request.post('/api/triage', {
      data: { findings: { trouble_walking: true, leg_redness: true } },
    });
    expect(check.status()).toBe(200);
    await page.reload();
    await page.getByTestId('triage-history').locator('li.card').waitFor();
    expectAllInLanguage(await visibleText(page, [email]), 'profile with a past check');
    expect(await page.getByTestId('triage-history').textContent()).toContain(
      CATALOGS.report[locale]['report.finding.trouble_walking'],
    );

    await page.goto('/');
    const week = page.getByTestId('gestational-age');
    await week.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const card = await page.locator('.pregnancy-card').innerText();
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const doors = await page.locator('nav.doors').innerText();
    expectAllInLanguage(`${card}\n${doors}`, 'signed-in home');
    // The whole signed-in home, the diary's log-a-cramp button included.
    expectAllInLanguage(await visibleText(page), 'signed-in home, whole page');
    expect(doors).toContain(t('account.doors.plan'));

    // The plan: suggestions with translated titles, reasons and badges; add one, save.
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: p('plan.h1') }).waitFor();
    const suggestions = page.getByRole('region', { name: p('plan.suggestions.title') });
    await suggestions.locator('.plan-suggestion').first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await suggestions.locator('.plan-suggestion button').first().click();
    await page.getByRole('button', { name: p('plan.save') }).click();
    await page.getByRole('status').getByText(p('plan.save.done')).waitFor();
    await page
      .getByRole('region', { name: p('plan.steps.title') })
      .locator('.adherence-summary')
      .waitFor();
    expectAllInLanguage(await visibleText(page), 'plan');

    // Change the language in the profile: the app reloads in it.
    await page.goto('/profile');
    await languages.selectOption(next);
    await page.getByRole('button', { name: t('account.profile.save'), exact: true }).click();
    const there = (id: string) => CATALOGS.account[next][id] ?? id;
    await page.getByRole('heading', { level: 1, name: there('account.profile.h1') }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(next);
    expect(await languages.inputValue()).toBe(next);
    expect((await (await context.request.get('/api/me')).json()).language).toBe(next);
    expectAllInLanguage(await visibleText(page, [email]), `profile after switching to ${next}`);
    // And the rest of the app follows: the plan in the new language.
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: CATALOGS.plan[next]['plan.h1']! }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(next);
  });

  it('the not-found page and the plan for a visitor are in the language', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto(`/no-such-page?lang=${locale}`);
    await page.getByRole('heading', { level: 1, name: t('account.notFound.h1') }).waitFor();
    expectAllInLanguage(await visibleText(page), 'not found');
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: p('plan.h1') }).waitFor();
    await page.getByRole('link', { name: t('account.links.signup') }).waitFor();
    expectAllInLanguage(await visibleText(page), 'plan, signed out');
  });
});
