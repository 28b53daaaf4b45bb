// Learn and search in Chinese, Russian and Japanese, in Chromium: each page is wholly in that language (no
// English word but the names of the sources it cites, no message id), <html lang> says so, and the search
// box suggests that language's own pages with its own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/content/knowledge-base.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { serverIntl } from '../../src/i18n/server-intl.js';
import { knowledgeIn } from '../../src/server/localized-knowledge.js';
import { citedOnPage } from '../../src/server/pages/learn-evidence.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks, messageIds } from '../support/language.js';

const english = loadKnowledgeBase();
const RED_FLAG = 'redflag.breathless-or-chest-pain';
const UNSAFE = 'remedy.licorice';

/**
 * Names the translated items themselves write in Latin letters: the initials of the Royal College of
 * Obstetricians and Gynaecologists and of the US National Center for Complementary and Integrative Health (at
 * a sentence's end too), the iLive article as the Russian text names it, the Kampo maker's brand (in a search
 * snippet), and the words the Japanese liquorice page tells readers to look for on imported labels.
 */
const ITEM_NAMES = ['RCOG', 'RCOG.', 'NCCIH', 'ilive', 'Tsumura', 'liquorice', 'licorice', 'Glycyrrhiza'];

/** The Latin words of the names an item page shows: the titles and publishers of the sources it cites. */
function sourceNames(id: string): string[] {
  const item = english.item(id)!;
  return citedOnPage(item).flatMap((key) => {
    const source = english.source(key)!;
    return [...ITEM_NAMES, ...(`${source.title} ${source.publisher}`.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? [])];
  });
}

describe.each(['zh-Hans', 'ru', 'ja'] as const)('Learn in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.learn[locale][id] ?? id;
  const kb = knowledgeIn(english, locale);
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function visibleText(page: import('playwright-core').Page): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees
    return page.locator('body').innerText();
  }

  it('/learn is wholly in the language, sections open to the language’s own pages', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto(`/learn?lang=${locale}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('h1').textContent()).toBe(t('learn.h1'));
    await page.getByRole('heading', { level: 2, name: t('learn.section.red-flag.heading') }).click();
    await page.getByRole('link', { name: kb.item(RED_FLAG)!.title }).waitFor();
    const text = await visibleText(page);
    expect(messageIds(text)).toEqual([]);
    expect(englishLeaks(text)).toEqual([]);
    // The theme button, once theme.js has wired it, names the other theme in the language (a screen
    // reader reads its label, which is not in the visible text).
    const theme = page.locator('button.theme-toggle');
    await theme.waitFor();
    const next = (await page.locator('html').getAttribute('data-theme')) === 'dark' ? 'light' : 'dark';
    expect(await theme.getAttribute('aria-label')).toBe(
      serverIntl(locale, ['common']).formatMessage({ id: 'common.theme.switchTo' }, { theme: next }),
    );
  });

  it('an item page: red flag and unsafe remedy, badges and every heading in the language', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.goto(`/learn/${RED_FLAG}?lang=${locale}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('h1').textContent()).toBe(kb.item(RED_FLAG)!.title);
    await page
      .getByRole('link', { name: new RegExp(t('learn.section.red-flag.heading')) })
      .first()
      .waitFor();
    let text = await visibleText(page);
    expect(text).toContain(t('learn.verdict.established'));
    expect(messageIds(text)).toEqual([]);
    expect(englishLeaks(text, sourceNames(RED_FLAG))).toEqual([]);

    await page.goto(`/learn/${UNSAFE}`); // the language cookie set by ?lang= carries on
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('.badges .safety-badge').textContent()).toBe(
      `${t('learn.badge.safety')} ${t('learn.safety.avoid')}`,
    );
    text = await visibleText(page);
    expect(messageIds(text)).toEqual([]);
    expect(englishLeaks(text, sourceNames(UNSAFE))).toEqual([]);
  });

  it('/search and the suggestions as you type: the language’s own pages, in its words', async () => {
    const page = await (await e2e.newContext()).newPage();
    const question = { 'zh-Hans': '甘草', ru: 'солодка', ja: '甘草' }[locale];
    await page.goto(`/search?q=${encodeURIComponent(question)}&lang=${locale}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page
      .getByRole('link', { name: kb.item(UNSAFE)!.title })
      .first()
      .waitFor();
    const text = await visibleText(page);
    expect(messageIds(text)).toEqual([]);
    expect(englishLeaks(text, ITEM_NAMES)).toEqual([]);

    await page.goto('/learn');
    const box = page.locator('#site-search-q');
    await box.fill(question);
    const listbox = page.getByRole('listbox', { name: t('learn.live.suggestions') });
    await listbox.getByRole('option', { name: kb.item(UNSAFE)!.title }).waitFor();
    const options = await listbox.getByRole('option').allInnerTexts();
    expect(options.at(-1)).toBe(t('learn.live.all').replace('{query}', question));
    expect(englishLeaks(options.join(' '), ITEM_NAMES)).toEqual([]);

    // The web app's header box asks in the app's language too.
    await page.goto('/');
    const appBox = page.getByRole('combobox', { name: CATALOGS.common[locale]['common.search.label'] });
    await appBox.fill(question);
    await page.getByRole('option', { name: kb.item(UNSAFE)!.title }).waitFor();
    const appOptions = await page.getByRole('option').allInnerTexts();
    expect(englishLeaks(appOptions.join(' '), ITEM_NAMES)).toEqual([]);
  });
});
