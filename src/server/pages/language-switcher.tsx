// The language switcher of the server-rendered pages: plain links that work without JavaScript, each
// language named in itself. `?lang=` sets the language cookie (src/server/http/locale.ts).
import { LANG_PARAM, LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.js';

/** The page's path in another language. */
export function localeHref(path: string, locale: Locale): string {
  return `${path}?${LANG_PARAM}=${encodeURIComponent(locale)}`;
}

export function LanguageSwitcher({ path, current, label }: { path: string; current: Locale; label: string }) {
  return (
    <nav className="languages" aria-label={label}>
      {LOCALES.map((locale) => (
        <a
          key={locale}
          href={localeHref(path, locale)}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current ? 'true' : undefined}
        >
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}

/**
 * `hreflang` alternates for a page that exists in every language (absolute when the public URL is known,
 * as search engines ask), with the bare path as x-default: it follows the reader's browser.
 */
export function LanguageAlternates({ path, publicUrl }: { path: string; publicUrl?: string | undefined }) {
  const base = publicUrl ? publicUrl.replace(/\/$/, '') : '';
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={locale} href={`${base}${localeHref(path, locale)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${base}${path}`} />
    </>
  );
}
