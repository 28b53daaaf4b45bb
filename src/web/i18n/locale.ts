// The web app's language. The server decides it (src/server/http/locale.ts) and writes it on the shell's
// <html lang> with data-locale="server", so server pages and the app never disagree. A shell the service
// worker saved for offline use has no mark: then the language cookie, then the browser, as the server would.
import { isLocale, LANG_COOKIE, LANG_COOKIE_MAX_AGE_SECONDS, type Locale } from '../../i18n/locales.js';
import { negotiateLocale } from '../../i18n/negotiate.js';

function cookieValue(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function initialLocale(): Locale {
  const root = document.documentElement;
  if (root.dataset.locale === 'server' && isLocale(root.lang)) return root.lang;
  return negotiateLocale({
    cookie: cookieValue(LANG_COOKIE),
    acceptLanguage: navigator.languages?.join(','),
  }).locale;
}

/**
 * The locale dates, times and numbers are formatted in: the app's language, except that an English reader
 * keeps her own English (en-GB writes "Tue 3 Nov" and a 24-hour clock; en-US "Tue, Nov 3").
 */
export function formattingLocale(
  locale: Locale,
  browser: readonly string[] = navigator.languages ?? [],
): string {
  if (locale !== 'en') return locale;
  const own = browser.find((tag) => /^en(-|$)/i.test(tag));
  try {
    return own && Intl.DateTimeFormat.supportedLocalesOf([own]).length > 0 ? own : 'en';
  } catch {
    return 'en';
  }
}

/** The app's language from the formatter (which may be a regional English such as en-GB). */
export function appLocale(intl: { locale: string }): Locale {
  return isLocale(intl.locale) ? intl.locale : 'en';
}

/** Keeps a choice on this browser (the server sets the same cookie for `?lang=` and PATCH /api/me). */
export function rememberLocale(locale: Locale): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older phone browsers
  document.cookie = `${LANG_COOKIE}=${encodeURIComponent(locale)}; path=/; max-age=${LANG_COOKIE_MAX_AGE_SECONDS}; samesite=lax`;
}
