// Turns every failure into the one JSON error shape; unknown errors become a logged 500 without a stack.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorBodyIn } from '../../i18n/error-text.js';
import { isLocale, LANG_COOKIE, type Locale } from '../../i18n/locales.js';
import { negotiateLocale } from '../../i18n/negotiate.js';
import { AppError, type ErrorBody, invalidFields } from '../errors.js';
import { zodMessageIn } from './zod-language.js';

type ValidationIssue = { instancePath?: string; message?: string; params?: Record<string, unknown> };

function fieldName(issue: ValidationIssue, context: string | undefined): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').split('/').filter(Boolean).join('.');
  const keys = issue.params?.keys;
  if (Array.isArray(keys) && keys.length > 0) return [path, String(keys[0])].filter(Boolean).join('.');
  return path || context || 'body';
}

function friendlyMessage(issue: ValidationIssue): string {
  const keys = issue.params?.keys;
  if (Array.isArray(keys) && keys.length > 0) return 'is not a recognised field';
  const message = issue.message ?? 'is invalid';
  if (/expected .*received undefined/i.test(message)) return 'is required';
  return message;
}

export function validationFields(issues: ValidationIssue[], context?: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const name = fieldName(issue, context);
    fields[name] ??= friendlyMessage(issue);
  }
  return fields;
}

const FASTIFY_CODES: Record<string, AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('invalid_input', 'The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError(
    'invalid_input',
    'The request body is empty; send a JSON object.',
  ),
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('payload_too_large', 'The request body is too large.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError(
    'unsupported_media_type',
    'Send the body as application/json.',
  ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new AppError('invalid_input', 'The Content-Length header is wrong.'),
};

const RECORD_LIMIT_SQLSTATE = 'CWL01';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person's profile language once a route has read their row (requirePerson); else undefined. */
    personLanguage: string | null | undefined;
  }
}

/**
 * The language of an error answer: an explicit choice (`?lang=`, cookie) first, then the signed-in person's
 * profile language when a route has read their row (requirePerson), then the request's own negotiation.
 * The store is not asked again here: an error answer must not wait on it (the fuzz test caught answers
 * that never came while the error path queried the store). Router refusals come before any hook, so they
 * negotiate from the headers themselves.
 */
function errorLocale(request: FastifyRequest): Locale {
  const { localeSource, personLanguage } = request;
  if (localeSource === 'query' || localeSource === 'cookie') return request.locale;
  return isLocale(personLanguage) ? personLanguage : request.locale;
}

/** For each field with a zod issue, zod's own words in `locale` (for the messages the schemas leave to zod). */
function zodFallback(issues: ValidationIssue[], context: string | undefined, locale: Locale) {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const name = fieldName(issue, context);
    if (!byField.has(name)) {
      const words = zodMessageIn(locale, issue);
      if (words) byField.set(name, words);
    }
  }
  return (field: string) => byField.get(field);
}

export function installErrorHandling(app: FastifyInstance, { production }: { production: boolean }): void {
  app.decorateRequest('personLanguage', undefined);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    let issues: { list: ValidationIssue[]; context: string | undefined } | undefined;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      issues = { list: error.validation as ValidationIssue[], context: error.validationContext };
      appError = invalidFields(validationFields(issues.list, issues.context));
    } else if (error.code === RECORD_LIMIT_SQLSTATE) {
      // Raised by the database's per-person row ceiling (migration 0005); its message names no data.
      appError = new AppError('too_many_records', `${error.message} Delete old entries to add new ones.`);
    } else if (error.code && FASTIFY_CODES[error.code]) {
      appError = FASTIFY_CODES[error.code]!;
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      appError = new AppError(error.statusCode === 404 ? 'not_found' : 'invalid_input', error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      const body: ErrorBody = {
        error: {
          code: 'internal',
          message: production ? 'Something went wrong on our side.' : error.message,
        },
      };
      // No profile lookup here: the store may be what failed.
      return reply.status(500).type('application/json').send(errorBodyIn(request.locale, body));
    }
    const locale = errorLocale(request);
    const fieldFallback =
      issues && locale !== 'en' ? zodFallback(issues.list, issues.context, locale) : undefined;
    if (appError.headers) reply.headers(appError.headers);
    return reply
      .status(appError.status)
      .type('application/json')
      .send(errorBodyIn(locale, appError.toBody(), fieldFallback));
  });
}

/**
 * Answers for requests the router refuses before any route or hook runs (`/api/episodes/%ZZ`, an over-long
 * parameter): the same error shape, security headers and no-store as every other answer.
 */
export function frameworkErrorHandler(
  securityHeaders: (request: FastifyRequest, reply: FastifyReply) => void,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const appError =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? new AppError('invalid_input', 'A part of the address is too long.')
        : new AppError('invalid_input', 'The address is not valid.');
    const { locale } = negotiateLocale({
      cookie: cookieValue(request.headers.cookie, LANG_COOKIE),
      acceptLanguage: request.headers['accept-language'],
    });
    securityHeaders(request, reply);
    void reply
      .status(appError.status)
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(errorBodyIn(locale, appError.toBody()));
  };
}

/** One cookie from a raw Cookie header (the router refuses before the cookie plugin has parsed it). */
function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Only these fields of an error reach the log: a database error also carries the SQL and its parameters. */
export function logSafeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const withCode = error as Error & { code?: unknown; statusCode?: unknown };
  return {
    type: error.constructor?.name ?? 'Error',
    message: error.message,
    ...(typeof withCode.code === 'string' ? { code: withCode.code } : {}),
    ...(typeof withCode.statusCode === 'number' ? { statusCode: withCode.statusCode } : {}),
    stack: error.stack,
  };
}
