// The web app's catalogs: English is in the main bundle (no wait, no flash for most readers); every other
// language is one small chunk per area, all loaded together once at start. The areas the app uses are the
// folders globbed below (src/i18n/messages/<area>/); add one when the app starts taking words from it.
// The build hands them over already parsed (vite.config.ts, precompiledMessages), so the ICU parser is not
// in the bundle; TypeScript still sees the JSON's text, hence the casts below.
import type { MessageFormatElement } from 'react-intl';
import type { Locale } from '../../i18n/locales.js';

export type Messages = Record<string, MessageFormatElement[]>;

/** The catalog folders the web app reads: the server-only ones (relief, check, learn, triage…) stay out. */
const english = import.meta.glob<Messages>(
  [
    '../../i18n/messages/common/en.json',
    '../../i18n/messages/account/en.json',
    '../../i18n/messages/diary/en.json',
    '../../i18n/messages/plan/en.json',
    '../../i18n/messages/report/en.json',
    '../../i18n/messages/food/en.json',
    '../../i18n/messages/labs/en.json',
  ],
  { import: 'default', eager: true },
);

const lazy = import.meta.glob<Messages>(
  ['../../i18n/messages/{common,account,diary,plan,report,food,labs}/*.json', '!**/en.json'],
  { import: 'default' },
);

export const ENGLISH: Messages = Object.assign({}, ...Object.values(english));

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en') return ENGLISH;
  const loads = Object.entries(lazy)
    .filter(([path]) => path.endsWith(`/${locale}.json`))
    .map(([, load]) => load());
  if (loads.length === 0) throw new Error(`no messages for ${locale}`);
  return Object.assign({}, ...(await Promise.all(loads)));
}
