// What a share link opens without an account: /s/<token> (the report page, its passcode form, the
// PDF and FHIR downloads) and the SMART Health Link manifest POST /api/shl/<token>. Every answer is
// kept by no cache, sends no referrer and asks search engines not to index it. The pages, PDF and FHIR
// file are in the language of the person who shared the report (shareLocale); the manifest is data.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/error.js';
import { PAPER_SIZES } from '../../contract/report.js';
import { ShlManifestRequest } from '../../contract/shares.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import { shlManifest } from '../../core/share/index.js';
import { isLocale, type Locale } from '../../i18n/locales.js';
import type { AppContext } from '../context.js';
import type { ShareRow } from '../db/repos/shares.js';
import { findUserById, type UserRow } from '../db/repos/users.js';
import { AppError, notFound } from '../errors.js';
import { renderShareGone, renderSharePasscode, renderShareReport } from '../pages/share-page.js';
import {
  attachmentHeader,
  FHIR_JSON_TYPE,
  loadReportSource,
  publicOrigin,
  type ReportSource,
} from '../report/report-source.js';
import { encryptShlFile } from '../share/jwe.js';
import {
  hasPasscodeProof,
  logShareView,
  type OpenedShare,
  openShare,
  passcodeProof,
  SHARE_PATH,
  SHL_PATH,
  SharePasscodes,
} from '../share/shares.js';

const FORM_BODY_LIMIT = 4 * 1024;
const PROOF_COOKIE = 'cw_share';
/** How long a manifest's `location` for a file too big to embed keeps working (the spec: short-lived). */
const FILE_LINK_MS = 5 * 60_000;

const tokenParams = z.strictObject({ token: z.string().max(100) });
const pdfQuery = z.strictObject({ paper: z.enum(PAPER_SIZES, 'must be A4 or LETTER').default('A4') });
const fileQuery = z.strictObject({ exp: z.coerce.number().int(), sig: z.string().max(100) });

/** Headers every share answer carries: no copy kept, the token in the URL never sent on, not indexed. */
function shareHeaders(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-robots-tag', 'noindex, nofollow');
}

/**
 * The language a share is shown in: an explicit `?lang=` (the page's language switcher) first, then the
 * profile language of the person who shared it, then what the reader's browser asks for.
 */
export function shareLocale(request: FastifyRequest, owner: Pick<UserRow, 'language'> | undefined): Locale {
  if (request.localeSource === 'query') return request.locale;
  return owner && isLocale(owner.language) ? owner.language : request.locale;
}

function sendPage(reply: FastifyReply, status: number, html: string, locale: Locale) {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-language', locale)
    .header('vary', 'Accept-Language, Cookie')
    .send(html);
}

export const shareLinkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const passcodes = new SharePasscodes(ctx);

  app.addHook('onSend', async (_request, reply) => shareHeaders(reply));
  // The passcode form posts urlencoded; only this plugin reads it.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );

  /**
   * The owner's data for the share's period, the day it is in their time zone (for file names) and the
   * language to show it in.
   */
  async function sourceOf(
    request: FastifyRequest,
    share: ShareRow,
    now: Date,
  ): Promise<ReportSource & { day: string; locale: Locale }> {
    const user = await findUserById(ctx.db, share.user_id);
    // The share row goes with its owner (on delete cascade); this only guards a race with a deletion.
    if (!user) throw notFound('That share link');
    const source = await loadReportSource(ctx, user, { from: share.from, to: share.to }, now);
    return {
      ...source,
      day: calendarDateIn(user.timezone ?? ctx.config.defaultTimeZone, now),
      locale: shareLocale(request, user),
    };
  }

  /** The language of a share's pages before its report is read: its owner's, as above. */
  async function localeOf(request: FastifyRequest, share: ShareRow | undefined): Promise<Locale> {
    if (request.localeSource === 'query' || !share) return shareLocale(request, undefined);
    return shareLocale(request, await findUserById(ctx.db, share.user_id));
  }

  /** The share behind a /s/ URL once it may be shown, or the page that says why not (sent here). */
  async function shown(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    now: Date,
  ): Promise<ShareRow | undefined> {
    const opened = await openShare(ctx, token, now);
    if (opened.state !== 'active') {
      const locale = await localeOf(request, undefined);
      const status = opened.state === 'expired' ? 410 : 404;
      await sendPage(reply, status, renderShareGone(token, opened.state, locale), locale);
      return undefined;
    }
    if (!hasPasscodeProof(ctx, opened.share, request.cookies[PROOF_COOKIE])) {
      const locale = await localeOf(request, opened.share);
      await sendPage(reply, 200, renderSharePasscode(token, locale), locale);
      return undefined;
    }
    return opened.share;
  }

  app.get(`${SHARE_PATH}:token`, { schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const now = ctx.now();
    const { token } = request.params;
    const share = await shown(request, reply, token, now);
    if (!share) return reply;
    const source = await sourceOf(request, share, now);
    await logShareView(ctx, share, request.ip, 'page', now);
    return sendPage(reply, 200, renderShareReport(token, source.report(), source.locale), source.locale);
  });

  app.post(`${SHARE_PATH}:token`, { schema: { hide: true, params: tokenParams } }, async (request, reply) => {
    const now = ctx.now();
    const { token } = request.params;
    const opened = await openShare(ctx, token, now);
    if (opened.state !== 'active') {
      const locale = await localeOf(request, undefined);
      const status = opened.state === 'expired' ? 410 : 404;
      return sendPage(reply, status, renderShareGone(token, opened.state, locale), locale);
    }
    const share = opened.share;
    const locale = await localeOf(request, share);
    const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
    const passcode = (form.get('passcode') ?? '').slice(0, 200);
    let ok: boolean;
    try {
      ok = passcode !== '' && (await passcodes.check(share, passcode));
    } catch (error) {
      if (error instanceof AppError && error.code === 'rate_limited') {
        for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
        const minutes = Math.max(1, Math.ceil(Number(error.headers?.['retry-after'] ?? 60) / 60));
        return sendPage(
          reply,
          429,
          renderSharePasscode(token, locale, { kind: 'too-many', minutes }),
          locale,
        );
      }
      throw error;
    }
    if (!ok) {
      const problem = passcode === '' ? ({ kind: 'empty' } as const) : ({ kind: 'wrong' } as const);
      return sendPage(
        reply,
        passcode === '' ? 400 : 401,
        renderSharePasscode(token, locale, problem),
        locale,
      );
    }
    reply.setCookie(PROOF_COOKIE, passcodeProof(ctx, share), {
      path: `${SHARE_PATH}${token}`,
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
      expires: share.expires_at,
    });
    return reply.redirect(`${SHARE_PATH}${token}`, 303);
  });

  app.get(
    `${SHARE_PATH}:token/report.pdf`,
    { schema: { hide: true, params: tokenParams, querystring: pdfQuery } },
    async (request, reply) => {
      const now = ctx.now();
      const share = await shown(request, reply, request.params.token, now);
      if (!share) return reply;
      const source = await sourceOf(request, share, now);
      const pdf = await source.pdf(request.query.paper, source.locale);
      await logShareView(ctx, share, request.ip, 'pdf', now);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentHeader('report', source.day))
        .header('content-language', source.locale)
        .send(pdf);
    },
  );

  app.get(
    `${SHARE_PATH}:token/fhir.json`,
    { schema: { hide: true, params: tokenParams } },
    async (request, reply) => {
      const now = ctx.now();
      const share = await shown(request, reply, request.params.token, now);
      if (!share) return reply;
      const source = await sourceOf(request, share, now);
      const bundle = source.bundle(`${publicOrigin(ctx, request)}/api/fhir`, source.locale);
      await logShareView(ctx, share, request.ip, 'fhir', now);
      return reply
        .type(FHIR_JSON_TYPE)
        .header('content-disposition', attachmentHeader('fhir', source.day))
        .send(JSON.stringify(bundle));
    },
  );

  /** The SHL answers are JSON errors: 404 for unknown or revoked, 410 once expired. */
  function activeOrThrow(opened: OpenedShare): ShareRow {
    if (opened.state === 'expired') throw new AppError('gone', 'This link has expired.');
    if (opened.state === 'unknown') throw notFound('That link');
    return opened.share;
  }

  /** Signs a short-lived file location for one share, so a GET can serve what the POST allowed. */
  const fileSignature = (share: ShareRow, exp: number) =>
    createHmac('sha256', ctx.sessionKey).update(`shl-file:${share.id}:${exp}`).digest('base64url');

  // SHL receivers are other sites' systems (and browser viewers): the manifest needs no cookie and
  // answers every origin. The cross-site guard lets this path through (src/server/http/security.ts).
  app.options(`${SHL_PATH}:token`, { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type')
      .status(204)
      .send(),
  );

  app.post(
    `${SHL_PATH}:token`,
    {
      schema: {
        tags: ['shares'],
        summary: 'SMART Health Link manifest: the report as an encrypted FHIR Bundle (HL7 SHL)',
        description:
          'The Bundle is a compact JWE (dir, A256GCM) under the key in the shlink:/ payload, embedded when it ' +
          'fits embeddedLengthMax, else at a location that works for five minutes. With flag P the passcode is ' +
          'required; wrong passcodes are counted per link (429 once used up).',
        params: tokenParams,
        body: ShlManifestRequest,
        response: { 401: ErrorResponse, 404: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      reply.header('access-control-allow-origin', '*');
      const now = ctx.now();
      const { token } = request.params;
      const share = activeOrThrow(await openShare(ctx, token, now));
      if (share.passcode_hash !== null) {
        const ok = await passcodes.check(share, request.body.passcode ?? '');
        if (!ok) {
          const left = await passcodes.remaining(share);
          throw new AppError('invalid_credentials', `The passcode is not right; ${left} attempts left.`);
        }
      }
      const origin = publicOrigin(ctx, request);
      const source = await sourceOf(request, share, now);
      const bundle = source.bundle(`${origin}/api/fhir`, source.locale);
      const jwe = await encryptShlFile(bundle, share.shl_key);
      const exp = Math.floor((now.getTime() + FILE_LINK_MS) / 1000);
      const location = `${origin}${SHL_PATH}${token}/file?exp=${exp}&sig=${fileSignature(share, exp)}`;
      await logShareView(ctx, share, request.ip, 'shl', now, request.body.recipient);
      const manifest = shlManifest(jwe, {
        ...(request.body.embeddedLengthMax !== undefined
          ? { embeddedLengthMax: request.body.embeddedLengthMax }
          : {}),
        location,
      });
      return reply.type('application/json').send(manifest as never);
    },
  );

  app.get(
    `${SHL_PATH}:token/file`,
    { schema: { hide: true, params: tokenParams, querystring: fileQuery } },
    async (request, reply) => {
      reply.header('access-control-allow-origin', '*');
      const now = ctx.now();
      const share = activeOrThrow(await openShare(ctx, request.params.token, now));
      const { exp, sig } = request.query;
      const expected = Buffer.from(fileSignature(share, exp));
      const given = Buffer.from(sig);
      const valid = given.length === expected.length && timingSafeEqual(given, expected);
      if (!valid || exp * 1000 <= now.getTime()) throw notFound('That file link');
      const source = await sourceOf(request, share, now);
      const bundle = source.bundle(`${publicOrigin(ctx, request)}/api/fhir`, source.locale);
      await logShareView(ctx, share, request.ip, 'shl', now);
      return reply.type('application/jose').send(await encryptShlFile(bundle, share.shl_key));
    },
  );
};
