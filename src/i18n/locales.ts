// The languages Crampwise speaks, named in their own language (a switcher must be readable by someone who
// does not read the current page's language). Plain values: the server, the web app and the inline
// page scripts all import them.

export const LOCALES = ['en', 'zh-Hans', 'ru', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in that language, for switchers. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  ru: 'Русский',
  ja: '日本語',
};

/** The `?lang=` parameter and the cookie that keeps a chosen language. */
export const LANG_PARAM = 'lang';
export const LANG_COOKIE = 'crampwise_lang';
/** A chosen language is kept for a year. */
export const LANG_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Splits a BCP 47 tag into lower-cased subtags; an empty list for anything that is not a tag. */
function subtags(tag: string): string[] {
  if (!/^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag)) return [];
  return tag.toLowerCase().split(/[-_]/);
}

/** True for Chinese written in Traditional characters: zh-Hant, or zh-TW / zh-HK / zh-MO without a script. */
export function isTraditionalChinese(tag: string): boolean {
  const parts = subtags(tag);
  if (parts[0] !== 'zh') return false;
  if (parts.includes('hant')) return true;
  if (parts.includes('hans')) return false;
  return parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo');
}

/**
 * The supported locale a BCP 47 tag asks for, matched on language (and script for Chinese), or undefined.
 * Traditional Chinese is not Simplified, so it matches nothing here (see negotiate.ts for the fallback).
 * @example localeFromTag('ja-JP') // 'ja'
 * @example localeFromTag('zh-SG') // 'zh-Hans'
 */
export function localeFromTag(tag: string): Locale | undefined {
  const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const [language] = subtags(tag);
  if (language === 'zh') return isTraditionalChinese(tag) ? undefined : 'zh-Hans';
  if (language === 'en' || language === 'ru' || language === 'ja') return language;
  return undefined;
}

/** The primary language subtag, as `speechSynthesis` voices and `hreflang` compare it. */
export function languageOf(locale: Locale): string {
  return locale.split('-')[0] ?? locale;
}
