// One error type for the HTTP layer: a closed set of codes, each mapped to its status in one table
// (src/contract/error.ts, shared with the OpenAPI document and the web app).
import {
  ERROR_STATUS,
  type ErrorCode,
  type ErrorResponse,
  INVALID_FIELDS_MESSAGE,
} from '../contract/error.js';

export { ERROR_STATUS, type ErrorCode };

export type ErrorBody = ErrorResponse;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) },
    };
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const unauthenticated = () => new AppError('unauthenticated', 'Please log in first.');

/** A 400 naming what is wrong with each field. */
export const invalidFields = (fields: Record<string, string>) =>
  new AppError('invalid_input', INVALID_FIELDS_MESSAGE, fields);
