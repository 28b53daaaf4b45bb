// Every message catalog, one JSON file per area and locale (src/i18n/messages/<area>/<locale>.json), so
// people translating different areas never edit the same file. Imported statically: tsc copies the JSON
// into dist/ next to this module, and Node 20 loads it with an import attribute. The web app does not
// import this module (it would bundle every language); it loads catalogs lazily (src/web/i18n/).

import type { Locale } from './locales.js';
import accountEn from './messages/account/en.json' with { type: 'json' };
import accountJa from './messages/account/ja.json' with { type: 'json' };
import accountRu from './messages/account/ru.json' with { type: 'json' };
import accountZhHans from './messages/account/zh-Hans.json' with { type: 'json' };
import checkEn from './messages/check/en.json' with { type: 'json' };
import checkJa from './messages/check/ja.json' with { type: 'json' };
import checkRu from './messages/check/ru.json' with { type: 'json' };
import checkZhHans from './messages/check/zh-Hans.json' with { type: 'json' };
import commonEn from './messages/common/en.json' with { type: 'json' };
import commonJa from './messages/common/ja.json' with { type: 'json' };
import commonRu from './messages/common/ru.json' with { type: 'json' };
import commonZhHans from './messages/common/zh-Hans.json' with { type: 'json' };
import diaryEn from './messages/diary/en.json' with { type: 'json' };
import diaryJa from './messages/diary/ja.json' with { type: 'json' };
import diaryRu from './messages/diary/ru.json' with { type: 'json' };
import diaryZhHans from './messages/diary/zh-Hans.json' with { type: 'json' };
import errorsEn from './messages/errors/en.json' with { type: 'json' };
import errorsJa from './messages/errors/ja.json' with { type: 'json' };
import errorsRu from './messages/errors/ru.json' with { type: 'json' };
import errorsZhHans from './messages/errors/zh-Hans.json' with { type: 'json' };
import foodEn from './messages/food/en.json' with { type: 'json' };
import foodJa from './messages/food/ja.json' with { type: 'json' };
import foodRu from './messages/food/ru.json' with { type: 'json' };
import foodZhHans from './messages/food/zh-Hans.json' with { type: 'json' };
import labsEn from './messages/labs/en.json' with { type: 'json' };
import labsJa from './messages/labs/ja.json' with { type: 'json' };
import labsRu from './messages/labs/ru.json' with { type: 'json' };
import labsZhHans from './messages/labs/zh-Hans.json' with { type: 'json' };
import learnEn from './messages/learn/en.json' with { type: 'json' };
import learnJa from './messages/learn/ja.json' with { type: 'json' };
import learnRu from './messages/learn/ru.json' with { type: 'json' };
import learnZhHans from './messages/learn/zh-Hans.json' with { type: 'json' };
import planEn from './messages/plan/en.json' with { type: 'json' };
import planJa from './messages/plan/ja.json' with { type: 'json' };
import planRu from './messages/plan/ru.json' with { type: 'json' };
import planZhHans from './messages/plan/zh-Hans.json' with { type: 'json' };
import reliefEn from './messages/relief/en.json' with { type: 'json' };
import reliefJa from './messages/relief/ja.json' with { type: 'json' };
import reliefRu from './messages/relief/ru.json' with { type: 'json' };
import reliefZhHans from './messages/relief/zh-Hans.json' with { type: 'json' };
import reportEn from './messages/report/en.json' with { type: 'json' };
import reportJa from './messages/report/ja.json' with { type: 'json' };
import reportRu from './messages/report/ru.json' with { type: 'json' };
import reportZhHans from './messages/report/zh-Hans.json' with { type: 'json' };
import shellEn from './messages/shell/en.json' with { type: 'json' };
import shellJa from './messages/shell/ja.json' with { type: 'json' };
import shellRu from './messages/shell/ru.json' with { type: 'json' };
import shellZhHans from './messages/shell/zh-Hans.json' with { type: 'json' };
import triageEn from './messages/triage/en.json' with { type: 'json' };
import triageJa from './messages/triage/ja.json' with { type: 'json' };
import triageRu from './messages/triage/ru.json' with { type: 'json' };
import triageZhHans from './messages/triage/zh-Hans.json' with { type: 'json' };

/** Message id → ICU MessageFormat text. Ids start with their area: `relief.h1`. */
export type Messages = Record<string, string>;

export const AREAS = [
  'common',
  'relief',
  'triage',
  'check',
  'learn',
  'errors',
  'shell',
  'account',
  'diary',
  'plan',
  'report',
  'food',
  'labs',
] as const;
export type Area = (typeof AREAS)[number];

export const CATALOGS: Record<Area, Record<Locale, Messages>> = {
  common: { en: commonEn, 'zh-Hans': commonZhHans, ru: commonRu, ja: commonJa },
  relief: { en: reliefEn, 'zh-Hans': reliefZhHans, ru: reliefRu, ja: reliefJa },
  triage: { en: triageEn, 'zh-Hans': triageZhHans, ru: triageRu, ja: triageJa },
  check: { en: checkEn, 'zh-Hans': checkZhHans, ru: checkRu, ja: checkJa },
  learn: { en: learnEn, 'zh-Hans': learnZhHans, ru: learnRu, ja: learnJa },
  errors: { en: errorsEn, 'zh-Hans': errorsZhHans, ru: errorsRu, ja: errorsJa },
  shell: { en: shellEn, 'zh-Hans': shellZhHans, ru: shellRu, ja: shellJa },
  account: { en: accountEn, 'zh-Hans': accountZhHans, ru: accountRu, ja: accountJa },
  diary: { en: diaryEn, 'zh-Hans': diaryZhHans, ru: diaryRu, ja: diaryJa },
  plan: { en: planEn, 'zh-Hans': planZhHans, ru: planRu, ja: planJa },
  report: { en: reportEn, 'zh-Hans': reportZhHans, ru: reportRu, ja: reportJa },
  food: { en: foodEn, 'zh-Hans': foodZhHans, ru: foodRu, ja: foodJa },
  labs: { en: labsEn, 'zh-Hans': labsZhHans, ru: labsRu, ja: labsJa },
};

/** The messages of some areas in one locale, merged (ids never collide: each starts with its area). */
export function messagesFor(locale: Locale, areas: readonly Area[]): Messages {
  return Object.assign({}, ...areas.map((area) => CATALOGS[area][locale]));
}
