import { describe, expect, it } from 'vitest';
import { isLocale, isTraditionalChinese, LOCALE_NAMES, LOCALES, localeFromTag } from './locales.js';
import { localeFromAcceptLanguage, negotiateLocale, rankAcceptLanguage } from './negotiate.js';

describe('locales', () => {
  it('names every locale in its own language', () => {
    expect(LOCALES.map((l) => LOCALE_NAMES[l])).toEqual(['English', '简体中文', 'Русский', '日本語']);
  });

  it('recognises exactly the supported tags', () => {
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const other of ['zh', 'zh-hans', 'ru-RU', 'fr', '', undefined, 3])
      expect(isLocale(other)).toBe(false);
  });

  it.each([
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['ru-RU', 'ru'],
    ['ja-JP', 'ja'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-TW', undefined],
    ['zh-HK', undefined],
    ['zh-Hant', undefined],
    ['zh-Hant-CN', undefined],
    ['fr-FR', undefined],
    ['not a tag!', undefined],
  ])('maps %s to %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });

  it('tells Traditional from Simplified Chinese', () => {
    expect(isTraditionalChinese('zh-MO')).toBe(true);
    expect(isTraditionalChinese('zh-Hans-TW')).toBe(false);
    expect(isTraditionalChinese('ja')).toBe(false);
  });
});

describe('Accept-Language', () => {
  it('ranks by q-value, then by order, dropping q=0, * and nonsense q-values', () => {
    expect(rankAcceptLanguage('fr;q=0.4, en-AU;q=0.8, de, *, ja;q=0, ru;q=2')).toEqual(['de', 'en-AU', 'fr']);
    expect(rankAcceptLanguage(undefined)).toEqual([]);
    expect(rankAcceptLanguage(`${'x,'.repeat(300)}ru`)).toEqual([]);
  });

  it.each([
    ['ja-JP,ja;q=0.9', 'ja'],
    ['fr-FR, ru-RU;q=0.5, en;q=0.4', 'ru'],
    ['de;q=0.9, zh-CN;q=0.95', 'zh-Hans'],
    ['zh-TW, en;q=0.8', 'en'],
    ['zh-HK, ja;q=0.3', 'ja'],
    ['zh-TW, fr;q=0.5', 'zh-Hans'],
    ['zh-Hant', 'zh-Hans'],
    ['fr, de', undefined],
    ['', undefined],
  ])('%j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});

describe('negotiateLocale', () => {
  const all = { query: 'ja', cookie: 'ru', profile: 'zh-Hans', acceptLanguage: 'en-GB' };

  it('takes ?lang= first', () => {
    expect(negotiateLocale(all)).toEqual({ locale: 'ja', source: 'query' });
  });
  it('then the cookie', () => {
    expect(negotiateLocale({ ...all, query: undefined })).toEqual({ locale: 'ru', source: 'cookie' });
  });
  it('then the profile language', () => {
    expect(negotiateLocale({ ...all, query: undefined, cookie: undefined })).toEqual({
      locale: 'zh-Hans',
      source: 'profile',
    });
  });
  it('then Accept-Language', () => {
    expect(negotiateLocale({ acceptLanguage: 'ru-RU', profile: null })).toEqual({
      locale: 'ru',
      source: 'accept-language',
    });
  });
  it('then English', () => {
    expect(negotiateLocale({})).toEqual({ locale: 'en', source: 'default' });
    expect(negotiateLocale({ acceptLanguage: 'fr' })).toEqual({ locale: 'en', source: 'default' });
  });
  it('skips values that are not a supported locale at every step', () => {
    expect(
      negotiateLocale({ query: 'xx', cookie: 'zh-TW', profile: 'fr', acceptLanguage: 'ja-JP,ja;q=0.9' }),
    ).toEqual({ locale: 'ja', source: 'accept-language' });
  });
});
