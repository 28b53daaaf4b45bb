// Which language a request is answered in. Pure: the server hook (src/server/http/locale.ts) passes in
// what the request carries, and the web app asks the server rather than deciding again.
import { DEFAULT_LOCALE, isLocale, isTraditionalChinese, type Locale, localeFromTag } from './locales.js';

export type LocaleSource = 'query' | 'cookie' | 'profile' | 'accept-language' | 'default';

export type LocaleInputs = {
  /** The `?lang=` parameter: an explicit choice from a link or the switcher. */
  query?: string | undefined;
  /** The `crampwise_lang` cookie: the last explicit choice on this browser. */
  cookie?: string | undefined;
  /** The signed-in person's profile language. */
  profile?: string | null | undefined;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | undefined;
};

/** Longer headers are not a browser's; they are ignored rather than parsed. */
const MAX_HEADER_LENGTH = 500;

/** The header's language tags, most preferred first (q-values, then order); q=0 and `*` dropped. */
export function rankAcceptLanguage(header: string | undefined): string[] {
  if (!header || header.length > MAX_HEADER_LENGTH) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      // A q-value that is not one (q=2, q=abc) makes the entry unusable rather than most preferred.
      const qParam = params.find((p) => /^\s*q=/i.test(p));
      const q = qParam === undefined ? '1' : /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(qParam)?.[1];
      return { tag: tag.trim(), q: q === undefined ? 0 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && entry.q <= 1 && entry.tag !== '' && entry.tag !== '*')
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The locale from Accept-Language, or undefined.
 *
 * Decision on Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant): it is not Simplified, so it does not
 * claim zh-Hans while the reader lists another language we have — `zh-TW, en;q=0.8` gets English, the
 * language the reader asked for next. But when nothing else in the header matches, a Traditional
 * Chinese reader reads Simplified characters far more easily than English, so zh-Hans is the fallback
 * rather than the site default.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  let traditional = false;
  for (const tag of rankAcceptLanguage(header)) {
    const locale = localeFromTag(tag);
    if (locale) return locale;
    if (isTraditionalChinese(tag)) traditional = true;
  }
  return traditional ? 'zh-Hans' : undefined;
}

/**
 * The request's locale, in order: `?lang=`, the cookie, the profile's language, Accept-Language, English.
 * Values must name a supported locale exactly (`?lang=ru`, `?lang=zh-Hans`); anything else is skipped,
 * so a stale or hand-edited cookie falls through rather than failing the page.
 */
export function negotiateLocale(inputs: LocaleInputs): { locale: Locale; source: LocaleSource } {
  if (isLocale(inputs.query)) return { locale: inputs.query, source: 'query' };
  if (isLocale(inputs.cookie)) return { locale: inputs.cookie, source: 'cookie' };
  if (isLocale(inputs.profile)) return { locale: inputs.profile, source: 'profile' };
  const fromHeader = localeFromAcceptLanguage(inputs.acceptLanguage);
  if (fromHeader) return { locale: fromHeader, source: 'accept-language' };
  return { locale: DEFAULT_LOCALE, source: 'default' };
}
