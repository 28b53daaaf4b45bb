// GET /api/search?lang=: each language searches its own items and answers in that language only.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
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

const search = (q: string, lang?: string) =>
  app.inject({
    method: 'GET',
    url: `/api/search?q=${encodeURIComponent(q)}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`,
  });

/** Most letters in the script of the language: names, units and sources (WHO, mg, iLive) may stay Latin. */
function shareOf(script: RegExp, text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(script)?.length ?? 0) / letters;
}
const CYRILLIC = /\p{Script=Cyrillic}/gu;
/** Three Latin words in a row: an English phrase. */
const ENGLISH_PHRASE = /[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/;

describe('GET /api/search?lang=', () => {
  it('answers a Russian question about Magne B6 with its own Russian verdict page first, in Russian', async () => {
    const response = await search('можно ли беременным магне б6', 'ru');
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results[0]).toMatchObject({ id: 'treat.magne-b6', kindLabel: 'Лечение' });
    for (const hit of results) {
      expect(shareOf(CYRILLIC, hit.title), hit.id).toBeGreaterThan(0.7);
      expect(shareOf(CYRILLIC, hit.snippet), `${hit.id}: ${hit.snippet}`).toBeGreaterThan(0.7);
      expect(hit.snippet, hit.id).not.toMatch(/\p{Script=Han}/u);
      expect(hit.snippet, hit.id).not.toMatch(ENGLISH_PHRASE);
    }
  });

  it('answers Chinese and Japanese safety questions with the verdict page first, in that language', async () => {
    const zh = (await search('孕妇可以吃芬必得吗', 'zh-Hans')).json().results;
    expect(zh[0]).toMatchObject({ id: 'relief.nsaids', kindLabel: '抽筋时怎么办' });
    expect(zh[0].snippet).toMatch(/\p{Script=Han}/u);
    const ja = (await search('芍薬甘草湯 妊娠中 飲んでいい？', 'ja')).json().results;
    expect(ja[0]).toMatchObject({ id: 'remedy.shakuyaku-kanzo-to', kindLabel: '民間療法' });
    expect(ja[0].snippet).toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}]/u);
  });

  it('keeps English as the default, with the same answers as before', async () => {
    const q = 'is it safe to take ibuprofen in the third trimester?';
    const plain = (await search(q)).json();
    const english = (await search(q, 'en')).json();
    expect(english).toEqual(plain);
    expect(plain.results[0]).toMatchObject({ id: 'relief.nsaids', kindLabel: 'During a cramp' });
  });

  it('finds nothing in English for a question in another language, and no English for a Russian one', async () => {
    expect((await search('магне б6', 'en')).json().results).toEqual([]);
    const ids = (await search('ibuprofen', 'ru')).json().results.map((r: { title: string }) => r.title);
    for (const title of ids) expect(title).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('answers 400 naming lang for an unknown language', async () => {
    for (const lang of ['de', 'zh', 'EN', '']) {
      const response = await search('cramp', lang || ' ');
      expect(response.statusCode, lang).toBe(400);
      const { error } = response.json();
      expect(Object.keys(error.fields), lang).toEqual(['lang']);
      expect(error.fields.lang, lang).toMatch(/en, zh-Hans, ru, ja/);
    }
  });
});
