// The one error body every API route answers with, and the closed table of its codes and statuses.
import { z } from 'zod';

/** Every error code the API can answer, with its HTTP status. Adding a code here adds it to OpenAPI. */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_site_request: 403,
  not_found: 404,
  conflict: 409,
  /** A share link past its expiry. */
  gone: 410,
  too_many_records: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** The message of every 400 that carries field messages; the fields say what is wrong. */
export const INVALID_FIELDS_MESSAGE = 'Some fields are not valid.';

export const ErrorResponse = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe('One message per invalid field, keyed by its path (a.b.0).'),
    }),
  })
  .meta({ id: 'ErrorResponse' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** The refusals of every route on one of the person's records: a bad id, no session, not theirs. */
const RECORD_ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse } as const;

/** The answers of a read or change of one owned record: the record, or one of its refusals. */
export const recordResponses = <T extends z.ZodType>(record: T) => ({ 200: record, ...RECORD_ERRORS });

/** The answers of every DELETE of one owned record: 204 when gone, or one of its refusals. */
export const DELETE_RESPONSES = { 204: z.null().describe('Deleted'), ...RECORD_ERRORS } as const;
