// Every message catalog, one JSON file per area and locale (src/i18n/messages/<area>/<locale>.json), so
// people translating different areas never edit the same file. Imported statically: tsc copies the JSON
// into dist/ next to this module, and Node 20 loads it with an import attribute. The web app does not
// import this module (it would bundle every language); it loads catalogs lazily (src/web/i18n/).

import type { Locale } from './locales.js';
import commonEn from './messages/common/en.json' with { type: 'json' };
import commonJa from './messages/common/ja.json' with { type: 'json' };
import commonRu from './messages/common/ru.json' with { type: 'json' };
import commonZhHans from './messages/common/zh-Hans.json' with { type: 'json' };
import reliefEn from './messages/relief/en.json' with { type: 'json' };
import reliefJa from './messages/relief/ja.json' with { type: 'json' };
import reliefRu from './messages/relief/ru.json' with { type: 'json' };
import reliefZhHans from './messages/relief/zh-Hans.json' with { type: 'json' };

/** Message id → ICU MessageFormat text. Ids start with their area: `relief.h1`. */
export type Messages = Record<string, string>;

export const AREAS = ['common', 'relief'] as const;
export type Area = (typeof AREAS)[number];

export const CATALOGS: Record<Area, Record<Locale, Messages>> = {
  common: { en: commonEn, 'zh-Hans': commonZhHans, ru: commonRu, ja: commonJa },
  relief: { en: reliefEn, 'zh-Hans': reliefZhHans, ru: reliefRu, ja: reliefJa },
};

/** The messages of some areas in one locale, merged (ids never collide: each starts with its area). */
export function messagesFor(locale: Locale, areas: readonly Area[]): Messages {
  return Object.assign({}, ...areas.map((area) => CATALOGS[area][locale]));
}
