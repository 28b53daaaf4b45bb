// The web app's only way to the server: JSON in, JSON out, errors as data with field messages.
import type { ErrorCode } from '../contract/error';
import type { Pregnancy, Profile } from '../contract/profile';

export type { Pregnancy, Profile };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** A code from the server's closed table, or 'offline' when the server could not be reached. */
    readonly code: ErrorCode | 'offline',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'Could not reach Crampwise. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = data?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? `The server answered ${response.status}.`,
      error?.fields ?? {},
    );
  }
  return data as T;
}

/** Deletes the account; the server asks for the password again so an open session alone cannot. */
export function deleteAccount(password: string): Promise<void> {
  return api<void>('DELETE', '/api/me', { password });
}

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function browserRegion(): string | undefined {
  const region = new Intl.Locale(navigator.language || 'en-US').maximize().region;
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
}
