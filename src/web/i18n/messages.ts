// The web app's catalogs: English is in the main bundle (no wait, no flash for most readers); every other
// language is a small chunk loaded once at start. Areas the app uses are listed here; add one when a page
// starts taking its words from a new catalog folder (src/i18n/messages/<area>/).
// The build hands them over already parsed (vite.config.ts, precompiledMessages), so the ICU parser is not
// in the bundle; TypeScript still sees the JSON's text, hence the one cast below.
import type { MessageFormatElement } from 'react-intl';
import type { Locale } from '../../i18n/locales.js';
import commonEn from '../../i18n/messages/common/en.json';

export type Messages = Record<string, MessageFormatElement[]>;

const lazyCommon = import.meta.glob<Messages>(['../../i18n/messages/common/*.json', '!**/en.json'], {
  import: 'default',
});

export const ENGLISH = commonEn as unknown as Messages;

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return ENGLISH;
  const load = lazyCommon[`../../i18n/messages/common/${locale}.json`];
  if (!load) throw new Error(`no messages for ${locale}`);
  return load();
}
