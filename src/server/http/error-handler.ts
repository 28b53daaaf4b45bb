// Turns every failure into the one JSON error shape; unknown errors become a logged 500 without a stack.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorBody, invalidFields } from '../errors.js';

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

export function installErrorHandling(app: FastifyInstance, { production }: { production: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let appError: AppError;
    if (error instanceof AppError) {
      appError = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = validationFields(error.validation as ValidationIssue[], error.validationContext);
      appError = invalidFields(fields);
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
      return reply.status(500).type('application/json').send(body);
    }
    if (appError.headers) reply.headers(appError.headers);
    return reply.status(appError.status).type('application/json').send(appError.toBody());
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
    securityHeaders(request, reply);
    void reply
      .status(appError.status)
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(appError.toBody());
  };
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
