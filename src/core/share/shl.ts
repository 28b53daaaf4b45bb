// SMART Health Links (HL7 SHL): the shlink:/ payload a QR code or link carries, and the manifest
// a receiving system fetches with it. Pure; the key and the encrypted file come from the adapter.

export const SHL_LIMITS = { urlLength: 128, labelLength: 80, keyLength: 43 } as const;

export type ShlPayload = {
  /** The manifest URL; at most 128 characters. */
  url: string;
  /** 32 random bytes, base64url (43 characters): the key of every file's JWE. */
  key: string;
  /** Expiry, seconds since the epoch. */
  exp?: number;
  /** 'P' when a passcode is needed. */
  flag?: string;
  /** At most 80 characters, shown to whoever scans it. */
  label?: string;
  v?: 1;
};

export type ShlError = { code: 'invalid_shl'; message: string };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function problem(payload: ShlPayload): string | null {
  if (payload.url.length > SHL_LIMITS.urlLength)
    return `url is longer than ${SHL_LIMITS.urlLength} characters`;
  if (!/^https:\/\//.test(payload.url) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(payload.url))
    return 'url must be https';
  if (payload.key.length !== SHL_LIMITS.keyLength || !BASE64URL.test(payload.key))
    return 'key must be 43 base64url characters (32 bytes)';
  if (payload.label !== undefined && [...payload.label].length > SHL_LIMITS.labelLength)
    return `label is longer than ${SHL_LIMITS.labelLength} characters`;
  if (payload.exp !== undefined && !Number.isInteger(payload.exp)) return 'exp must be whole seconds';
  if (payload.flag !== undefined && !/^[LPU]+$/.test(payload.flag)) return 'flag may hold only L, P and U';
  return null;
}

export function shlPayload(input: {
  manifestUrl: string;
  key: string;
  expiresAt: Date;
  passcode: boolean;
  label?: string;
}): { ok: true; payload: ShlPayload } | { ok: false; error: ShlError } {
  const payload: ShlPayload = {
    url: input.manifestUrl,
    key: input.key,
    exp: Math.floor(input.expiresAt.getTime() / 1000),
    ...(input.passcode ? { flag: 'P' } : {}),
    ...(input.label !== undefined ? { label: input.label } : {}),
    v: 1,
  };
  const message = problem(payload);
  return message === null ? { ok: true, payload } : { ok: false, error: { code: 'invalid_shl', message } };
}

/** `shlink:/` followed by the base64url JSON payload. */
export function shlinkUri(payload: ShlPayload): string {
  return `shlink:/${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}`;
}

/** Reads a shlink:/ URI, also when a viewer URL stands before it (`https://viewer#shlink:/…`). */
export function parseShlink(uri: string): { ok: true; payload: ShlPayload } | { ok: false; error: ShlError } {
  const at = uri.indexOf('shlink:/');
  const encoded = at === -1 ? '' : uri.slice(at + 'shlink:/'.length);
  if (!BASE64URL.test(encoded))
    return { ok: false, error: { code: 'invalid_shl', message: 'not a shlink:/ URI' } };
  let payload: ShlPayload;
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as ShlPayload;
  } catch {
    return { ok: false, error: { code: 'invalid_shl', message: 'the payload is not JSON' } };
  }
  if (typeof payload?.url !== 'string' || typeof payload.key !== 'string')
    return { ok: false, error: { code: 'invalid_shl', message: 'url and key are required' } };
  const message = problem(payload);
  return message === null ? { ok: true, payload } : { ok: false, error: { code: 'invalid_shl', message } };
}

export type ShlManifest = {
  files: (
    | { contentType: 'application/fhir+json'; embedded: string }
    | { contentType: 'application/fhir+json'; location: string }
  )[];
};

/**
 * The manifest answer to `POST <url>`: the encrypted Bundle embedded when it is at most
 * `embeddedLengthMax` characters (the receiver's request field), else a location to fetch it from.
 */
export function shlManifest(
  jwe: string,
  options: { embeddedLengthMax?: number; location: string },
): ShlManifest {
  const fits = options.embeddedLengthMax === undefined || jwe.length <= options.embeddedLengthMax;
  return {
    files: [
      fits
        ? { contentType: 'application/fhir+json', embedded: jwe }
        : { contentType: 'application/fhir+json', location: options.location },
    ],
  };
}
