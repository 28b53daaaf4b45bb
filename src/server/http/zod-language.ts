// zod's own words for the checks a schema leaves without a message of ours ("expected string, received
// number"), in the request's language: zod 4 ships ru, ja and zh-CN error maps, and Fastify's copy of
// each issue keeps the issue's data (its code as `keyword`, the rest in `params`), so the map can run again.
import { z } from 'zod';
import type { Locale } from '../../i18n/locales.js';

type FastifyIssue = { keyword?: string; message?: string; params?: Record<string, unknown> };

const MAPS: Record<Exclude<Locale, 'en'>, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-Hans': z.locales.zhCN,
  ru: z.locales.ru,
  ja: z.locales.ja,
};

const made = new Map<Locale, z.core.$ZodErrorMap>();

/** zod's message for one of Fastify's validation issues in `locale`; undefined in English or when zod has none. */
export function zodMessageIn(locale: Locale, issue: FastifyIssue): string | undefined {
  if (locale === 'en' || !issue.keyword) return undefined;
  let map = made.get(locale);
  if (!map) {
    map = MAPS[locale]().localeError;
    made.set(locale, map);
  }
  try {
    const result = map({ ...issue.params, code: issue.keyword } as Parameters<z.core.$ZodErrorMap>[0]);
    const text = typeof result === 'string' ? result : result?.message;
    return text || undefined;
  } catch {
    return undefined;
  }
}
