// `?lang=` on the API's GET routes: the locale hook (src/server/http/locale.ts) has already read it and
// answers in that language; the strict query schemas list it so a link that carries it is not refused.
import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';

export const langQuery = z
  .enum(LOCALES, { error: `must be one of ${LOCALES.join(', ')}` })
  .optional()
  .describe('The language of the words: en, zh-Hans, ru or ja (else the cookie, profile or browser).');
