// The IntlShape the diary's unit tests format with: the diary and common catalogs of a locale, as the app
// has them, with an error on any missing message instead of an id. `format` lets a test pin a regional
// format (en-GB dates) while the words stay the locale's.
import { createIntl, type IntlShape } from 'react-intl';
import { messagesFor } from '../../i18n/catalogs';
import type { Locale } from '../../i18n/locales';

export function diaryIntl(locale: Locale, format: string = locale): IntlShape {
  return createIntl({
    locale: format,
    defaultLocale: 'en',
    messages: messagesFor(locale, ['common', 'diary']),
    onError: (error) => {
      throw error;
    },
  });
}
