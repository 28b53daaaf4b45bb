// The Learn pages, /search and the knowledge API in zh-Hans, ru and ja: every word from the `learn` catalog
// or the translated items, the same verdicts as English, chosen by ?lang=, the cookie or Accept-Language.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/content/knowledge-base.js';
import { messagesFor } from '../../src/i18n/catalogs.js';
import type { Locale } from '../../src/i18n/locales.js';
import type { Store } from '../../src/server/db/connect.js';
import { knowledgeIn } from '../../src/server/localized-knowledge.js';
import { testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await storeTargets[0]!.open();
  app = await testApp(store);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const english = loadKnowledgeBase();
const RED_FLAG = 'redflag.breathless-or-chest-pain';
const UNSAFE = 'remedy.licorice';
const TRANSLATED = ['zh-Hans', 'ru', 'ja'] as const;

/** A message as the catalog has it (plain text; the ones with tags are checked by their plain part). */
const say = (locale: Locale, id: string) => {
  const text = messagesFor(locale, ['learn'])[id];
  if (typeof text !== 'string') throw new Error(`no ${id} in ${locale}`);
  return text;
};
const title = (locale: Locale, id: string) => knowledgeIn(english, locale).item(id)!.title;
const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];
/** The page's text without tags, so words split by markup still read as one. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

async function page(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  return { response, body: response.body };
}

function expectLanguageHeaders(response: { headers: Record<string, unknown> }, locale: Locale) {
  expect(response.headers['content-language']).toBe(locale);
  const vary = String(response.headers.vary).toLowerCase();
  expect(vary).toMatch(/accept-language/);
  expect(vary).toMatch(/cookie/);
}

describe.each(TRANSLATED)('/learn in %s', (locale) => {
  it('/learn: the heading, sections and badges from the catalog, items in the language', async () => {
    const { response, body } = await page(`/learn?lang=${locale}`);
    expect(response.statusCode).toBe(200);
    expect(htmlLang(body)).toBe(locale);
    expectLanguageHeaders(response, locale);
    expect(body).toContain(`<h1>${say(locale, 'learn.h1')}</h1>`);
    expect(body).toContain(say(locale, 'learn.section.red-flag.heading'));
    expect(body).toContain(say(locale, 'learn.badge.evidence'));
    expect(body).toContain(title(locale, RED_FLAG));
    expect(body).toContain(`hrefLang="${locale}"`);
    expect(body).not.toContain('Learn about leg cramps in pregnancy');
    expect(body).not.toContain(english.item(RED_FLAG)!.title);
    expect(body).not.toContain('Evidence for this page');
  });

  it('/learn/<red flag>: its title, the same verdict in the language, and the way to "Should I call?"', async () => {
    const { response, body } = await page(`/learn/${RED_FLAG}`, { cookie: `crampwise_lang=${locale}` });
    expect(response.statusCode).toBe(200);
    expect(htmlLang(body)).toBe(locale);
    expectLanguageHeaders(response, locale);
    expect(body).toContain(`<h1>${title(locale, RED_FLAG)}</h1>`);
    expect(english.item(RED_FLAG)!.evidence.verdict).toBe('established');
    expect(body).toContain('class="badge evidence-badge established"');
    expect(text(body)).toContain(
      `${say(locale, 'learn.badge.evidence')} ${say(locale, 'learn.verdict.established')}`,
    );
    expect(body).toContain('href="/check"');
    expect(text(body)).toContain(say(locale, 'learn.item.related'));
    expect(body).not.toContain('Not sure how urgent your signs are?');
    expect(body).not.toContain('Reviewed');
  });

  it('/learn/<unsafe remedy>: "avoid" stays avoid, in the language', async () => {
    const headers = {
      'accept-language': locale === 'ja' ? 'ja-JP,ja;q=0.9' : locale === 'ru' ? 'ru-RU' : 'zh-CN',
    };
    const { response, body } = await page(`/learn/${UNSAFE}`, headers);
    expect(htmlLang(body)).toBe(locale);
    expectLanguageHeaders(response, locale);
    expect(body).toContain(`<h1>${title(locale, UNSAFE)}</h1>`);
    expect(body).toContain('class="badge safety-badge avoid"');
    expect(text(body)).toContain(`${say(locale, 'learn.badge.safety')} ${say(locale, 'learn.safety.avoid')}`);
    expect(text(body)).toContain(say(locale, 'learn.verdict.unproven'));
    expect(text(body)).toContain(say(locale, 'learn.item.safeHeading'));
    expect(text(body)).not.toMatch(/Safety in pregnancy|Safe in pregnancy\?|What the evidence says/);
  });

  it('/learn/sources: headings, the legend and our appraisals in the language; titles stay names', async () => {
    const { response, body } = await page(`/learn/sources?lang=${locale}`);
    expect(response.statusCode).toBe(200);
    expect(htmlLang(body)).toBe(locale);
    expect(text(body)).toContain(say(locale, 'learn.sourcesPage.compare'));
    expect(text(body)).toContain(say(locale, 'learn.legend.none'));
    expect(text(body)).toContain(say(locale, 'learn.appraisal.webmd'));
    expect(body).not.toContain(english.source('webmd')!.appraisal!);
    expect(body).toContain(english.source('webmd')!.title);
    // The claims are English-only: this page shows what was done with them and links to their wording.
    expect(body).not.toContain(english.traces[0]!.claims[0]!.claim);
    expect(body).toContain('href="/learn/sources?lang=en#trace"');
  });

  it('a food’s nutrient table and a nutrient’s targets: names, units and headings in the language', async () => {
    const food = text((await page(`/learn/food.almonds?lang=${locale}`)).body);
    expect(food).toContain(say(locale, 'learn.food.heading'));
    expect(food).toContain(say(locale, 'learn.nutrient.calcium'));
    expect(food).not.toMatch(/Per serving|Nutrient|Calcium/);
    const magnesium = text((await page(`/learn/nutrient.magnesium?lang=${locale}`)).body);
    expect(magnesium).toContain(say(locale, 'learn.targets.magnesiumNote'));
    expect(magnesium).not.toMatch(/Upper limit|Daily target/);
    const unit = { 'zh-Hans': '毫克', ru: 'мг', ja: 'mg' }[locale];
    expect(magnesium).toMatch(new RegExp(`350\\s${unit}`));
  });

  it('a Learn address that holds nothing says so in the language', async () => {
    const { response, body } = await page(`/learn/no-such-page?lang=${locale}`);
    expect(response.statusCode).toBe(404);
    expect(text(body)).toContain(say(locale, 'learn.notFound.title'));
    expect(body).not.toContain('Page not found');
  });
});

describe('/search in each language', () => {
  const QUESTIONS: Record<(typeof TRANSLATED)[number], string> = {
    'zh-Hans': '甘草',
    ru: 'солодка',
    ja: '甘草',
  };

  it.each(TRANSLATED)('%s: the language’s own results and words, the same safety verdict', async (locale) => {
    const { response, body } = await page(
      `/search?q=${encodeURIComponent(QUESTIONS[locale])}&lang=${locale}`,
    );
    expect(response.statusCode).toBe(200);
    expect(htmlLang(body)).toBe(locale);
    expectLanguageHeaders(response, locale);
    expect(body).toContain(title(locale, UNSAFE));
    expect(body).not.toContain(english.item(UNSAFE)!.title);
    expect(text(body)).toContain(say(locale, 'learn.safety.avoid'));
    expect(body).toContain(`placeholder="${say(locale, 'learn.search.placeholder')}"`);
    expect(body).not.toMatch(/results? for|best matches|Nothing found/);
  });

  it('a search that is too long is refused in the language', async () => {
    const { response, body } = await page(`/search?q=${'судорога'.repeat(30)}&lang=ru`);
    expect(response.statusCode).toBe(400);
    expect(text(body)).toContain('Запрос должен быть не длиннее 200 символов.');
  });

  it('English is unchanged', async () => {
    const { body } = await page('/search?q=liquorice');
    expect(htmlLang(body)).toBe('en');
    expect(body).toContain(english.item(UNSAFE)!.title);
    expect(text(body)).toMatch(/\d+ results? for “liquorice”|The \d+ best matches for “liquorice”/);
  });
});

describe('English Learn pages are unchanged', () => {
  it('keeps the English words, badges and dates', async () => {
    const { response, body } = await page(`/learn/${UNSAFE}`);
    expect(htmlLang(body)).toBe('en');
    expectLanguageHeaders(response, 'en');
    expect(body).toContain(`<h1>${english.item(UNSAFE)!.title}</h1>`);
    expect(body).toContain('<span class="badge-what">Safety in pregnancy:</span> Avoid');
    expect(body).toMatch(/Reviewed <time dateTime="\d{4}-\d\d-\d\d">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
    const learn = await page('/learn');
    expect(learn.body).toContain('<h1>Learn about leg cramps in pregnancy</h1>');
  });
});

describe('GET /api/knowledge in the request language', () => {
  it('serves the item translated with the same shape, ids, verdict and safety status', async () => {
    const en = (await app.inject(`/api/knowledge/${UNSAFE}`)).json();
    for (const locale of TRANSLATED) {
      const response = await app.inject({
        url: `/api/knowledge/${UNSAFE}`,
        headers: { cookie: `crampwise_lang=${locale}` },
      });
      expect(response.statusCode).toBe(200);
      expectLanguageHeaders(response, locale);
      const item = response.json();
      expect(Object.keys(item).sort()).toEqual(Object.keys(en).sort());
      expect(item.title).toBe(title(locale, UNSAFE));
      expect(item.evidence.verdict).toBe(en.evidence.verdict);
      expect(item.safety.status).toBe('avoid');
      expect(item.safety.label).toBe(say(locale, 'learn.safety.avoid'));
      expect(item.sources.map((s: { key: string }) => s.key)).toEqual(
        en.sources.map((s: { key: string }) => s.key),
      );
    }
    expect(en.title).toBe(english.item(UNSAFE)!.title);
    expect(en.safety.label).toBe('Avoid');
  });

  it('lists every item in the language with ?lang=, in the same order', async () => {
    const en = (await app.inject('/api/knowledge')).json().items;
    const ja = await app.inject('/api/knowledge?lang=ja');
    expect(ja.statusCode).toBe(200);
    const items = ja.json().items;
    expect(items.map((i: { id: string }) => i.id)).toEqual(en.map((i: { id: string }) => i.id));
    expect(items.find((i: { id: string }) => i.id === UNSAFE).title).toBe(title('ja', UNSAFE));
    const withTrimesters = items.find((i: { id: string }) => i.id === 'relief.nsaids');
    expect(withTrimesters.safety).toMatchObject({
      status: 'avoid',
      trimesters: [2, 3],
      label: '妊娠中期〜後期は避ける',
    });
  });

  it('gives the sources’ appraisals in the language, titles as published', async () => {
    const response = await app.inject({ url: '/api/sources', headers: { 'accept-language': 'ru' } });
    const webmd = response.json().sources.find((s: { key: string }) => s.key === 'webmd');
    expect(webmd.appraisal).toBe(say('ru', 'learn.appraisal.webmd'));
    expect(webmd.title).toBe(english.source('webmd')!.title);
  });
});
