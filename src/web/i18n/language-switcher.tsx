// The language switcher of the web app, the same links as the server pages' (`?lang=` works without
// JavaScript). With JavaScript, a signed-in person's choice is saved to the profile (PATCH /api/me, which
// also sets the cookie), then the page reloads so the server and the app pick it up together.

import type { MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import { LANG_PARAM, LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locales.js';
import { api } from '../api';
import { useSession } from '../session';
import { appLocale, rememberLocale } from './locale';

export function LanguageSwitcher() {
  const intl = useIntl();
  const { profile } = useSession();

  const choose = async (event: MouseEvent, locale: Locale) => {
    event.preventDefault();
    rememberLocale(locale);
    if (profile) {
      try {
        await api('PATCH', '/api/me', { language: locale });
      } catch {
        // The cookie already holds the choice on this browser; the profile catches up next time.
      }
    }
    window.location.reload();
  };

  return (
    <nav className="languages" aria-label={intl.formatMessage({ id: 'common.language.label' })}>
      {LOCALES.map((locale) => (
        <a
          key={locale}
          href={`?${LANG_PARAM}=${encodeURIComponent(locale)}`}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === appLocale(intl) ? 'true' : undefined}
          onClick={(event) => void choose(event, locale)}
        >
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}
