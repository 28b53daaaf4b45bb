// Every request's language, negotiated once in an onRequest hook (after the session is resolved):
// `?lang=`, the `crampwise_lang` cookie, the signed-in person's profile language, Accept-Language, English.
// The order and the Traditional Chinese decision live in src/i18n/negotiate.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DEFAULT_LOCALE,
  isLocale,
  LANG_COOKIE,
  LANG_COOKIE_MAX_AGE_SECONDS,
  LANG_PARAM,
  type Locale,
} from '../../i18n/locales.js';
import { type LocaleSource, negotiateLocale } from '../../i18n/negotiate.js';
import type { AppContext } from '../context.js';
import { findUserById } from '../db/repos/users.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language this request is answered in. */
    locale: Locale;
    localeSource: LocaleSource;
  }
}

/**
 * Keeps a language choice in the cookie (a year, SameSite=Lax). Not HttpOnly: it is no secret, and the
 * web app reads nothing from it anyway (it asks the server). null forgets the choice.
 */
export function rememberLanguage(
  ctx: Pick<AppContext, 'config'>,
  reply: FastifyReply,
  locale: Locale | null,
): void {
  const options = { path: '/', sameSite: 'lax' as const, secure: ctx.config.secureCookies };
  if (locale === null) reply.clearCookie(LANG_COOKIE, options);
  else reply.setCookie(LANG_COOKIE, locale, { ...options, maxAge: LANG_COOKIE_MAX_AGE_SECONDS });
}

function queryLang(query: unknown): string | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  const value = (query as Record<string, unknown>)[LANG_PARAM];
  return typeof value === 'string' ? value : undefined;
}

export function installLocale(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('localeSource', 'default');
  app.addHook('onRequest', async (request, reply) => {
    const query = queryLang(request.query);
    const cookie = request.cookies[LANG_COOKIE];
    // The profile is read only for pages, when no explicit choice is at hand, and a language found there
    // is kept in the cookie, so it costs one lookup per browser. API routes already hold the person's row
    // (requirePerson) and ask localeForPerson() instead, so /api/* never pays for a second lookup.
    let profile: string | null | undefined;
    const isPage = !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (isPage && request.auth && query === undefined && cookie === undefined) {
      profile = (await findUserById(ctx.db, request.auth.userId))?.language;
    }
    const { locale, source } = negotiateLocale({
      query,
      cookie,
      profile,
      acceptLanguage: request.headers['accept-language'],
    });
    request.locale = locale;
    request.localeSource = source;
    if ((source === 'query' && cookie !== locale) || source === 'profile')
      rememberLanguage(ctx, reply, locale);
  });
}

/**
 * The language to answer a signed-in person's API request in: an explicit `?lang=` or cookie first, then
 * their profile's language, then what the browser asked for (the same order as pages).
 */
export function localeForPerson(request: FastifyRequest, user: { language: string | null }): Locale {
  if (request.localeSource === 'query' || request.localeSource === 'cookie') return request.locale;
  return isLocale(user.language) ? user.language : request.locale;
}
