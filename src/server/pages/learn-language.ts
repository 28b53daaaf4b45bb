// What a Learn page needs to speak its reader's language: the locale (for <html lang>, the switcher and the
// kind labels), the formatter over the `learn` catalog, and the public URL for hreflang alternates.
import type { IntlShape } from 'react-intl';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';

export type LearnLanguage = { locale: Locale; intl: IntlShape; publicUrl?: string | undefined };

export function learnLanguage(locale: Locale = DEFAULT_LOCALE, publicUrl?: string): LearnLanguage {
  return { locale, intl: serverIntl(locale, ['common', 'learn']), publicUrl };
}

/** The page options renderPage() needs for a page that exists in every language. */
export const pageLanguage = (lang: LearnLanguage) => ({ locale: lang.locale, publicUrl: lang.publicUrl });
