// The report for the midwife in Chinese, Russian and Japanese, in Chromium: a signed-in person with a
// diary opens /report in the language, and the page — the sheet, the period picker, the downloads and
// "Share with your midwife" with a link just made — has <html lang> right, no message id and no English
// word but names and units. The downloads it offers name the page's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';
import { seedReportDiary } from '../support/report-diary.js';

/**
 * Latin-letter words a translated report may show: the person's name, the paper sizes A4 ("A") and
 * Letter, PDF, FHIR, the statistical CI, vitamin D, and the time zone and UTC in the period line.
 */
const NAMES = ['Anna', 'Example', 'PDF', 'A', 'Letter', 'US', 'FHIR', 'CI', 'D', 'UTC', 'Europe', 'London'];

describe.each(['zh-Hans', 'ru', 'ja'] as const)('the report page in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.report[locale][id]!;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('is wholly in the language, the share section and a new link included', async () => {
    const { cookie } = await seedReportDiary(e2e.app);
    const [name, value] = cookie.split('=') as [string, string];
    const context = await e2e.newContext();
    await context.addCookies([{ name, value, url: e2e.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`/report?lang=${locale}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page.getByRole('heading', { level: 1, name: t('report.page.title') }).waitFor();

    // Everything, so the seeded November diary is in whatever month the machine's clock says.
    await page.locator('#report-period').selectOption('0');
    const sheet = page.getByTestId('report-sheet');
    await sheet.getByText(t('report.heading.cramps')).waitFor();
    const cramps = await sheet.getByTestId('report-cramps').textContent();
    const counted = { 'zh-Hans': '抽筋：4次', ru: 'Всего: 4 судороги', ja: 'こむら返り：4回' }[locale];
    expect(cramps).toContain(counted);
    expect(await sheet.textContent()).toContain(t('report.finding.one_leg_pain'));

    // The downloads ask for the page's language.
    const pdf = await page.getByRole('link', { name: t('report.page.pdfA4') }).getAttribute('href');
    expect(pdf).toContain(`lang=${locale}`);

    await page.getByLabel(t('report.share.field.days')).fill('7');
    await page.getByRole('button', { name: t('report.share.submit') }).click();
    await page.getByTestId('created-share').waitFor();
    await page.getByTestId('share-list').getByText(t('report.share.notOpened')).waitFor();

    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    const visible = await page.locator('body').innerText();
    expect(messageIds(visible)).toEqual([]);
    expect(englishLeaks(visible, NAMES)).toEqual([]);
    expect(visible).toContain(t('report.share.ready'));
    expect(visible).toContain(t('report.share.status.active'));
  });
});
