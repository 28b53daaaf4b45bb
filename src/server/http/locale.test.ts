import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/locales.js';
import type { LocaleSource } from '../../i18n/negotiate.js';
import { localeForPerson } from './locale.js';

const request = (locale: Locale, localeSource: LocaleSource) => ({ locale, localeSource }) as FastifyRequest;

describe('localeForPerson (API routes, which hold the person’s row already)', () => {
  it('keeps an explicit ?lang= or cookie choice over the profile', () => {
    expect(localeForPerson(request('ru', 'query'), { language: 'ja' })).toBe('ru');
    expect(localeForPerson(request('ru', 'cookie'), { language: 'ja' })).toBe('ru');
  });
  it('puts the profile language before Accept-Language and the default', () => {
    expect(localeForPerson(request('ru', 'accept-language'), { language: 'ja' })).toBe('ja');
    expect(localeForPerson(request('en', 'default'), { language: 'zh-Hans' })).toBe('zh-Hans');
  });
  it('falls back to the request’s own negotiation when the profile has none or an unknown one', () => {
    expect(localeForPerson(request('ru', 'accept-language'), { language: null })).toBe('ru');
    expect(localeForPerson(request('en', 'default'), { language: 'fr' })).toBe('en');
  });
});
