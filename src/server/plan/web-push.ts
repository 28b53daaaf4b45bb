// Web Push for plan reminders, with no third-party service beyond the browser's own push endpoint:
// VAPID keys generated once under DATA_DIR, payloads encrypted by `web-push` (RFC 8291/8292), and the
// request sent with fetch so the outcome is plain data. A subscription whose endpoint answers 404 or 410
// is reported as gone, for the caller to delete.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import webpush from 'web-push';
import { z } from 'zod';
import type { PushSubscriptionRequest } from '../../contract/plan.js';

export const VAPID_FILE = 'vapid-keys.json';

const vapidKeysSchema = z.strictObject({
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'a P-256 public key, base64url'),
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a P-256 private key, base64url'),
});
export type VapidKeys = z.infer<typeof vapidKeysSchema>;

/** VAPID keys from stored text (a file or the database), or null when the text does not hold them. */
export function parseVapidKeys(text: string): VapidKeys | null {
  try {
    const keys = vapidKeysSchema.safeParse(JSON.parse(text));
    return keys.success ? keys.data : null;
  } catch {
    return null;
  }
}

export function generateVapidKeys(): VapidKeys {
  const keys = webpush.generateVAPIDKeys();
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

export class VapidKeyFileError extends Error {}

/** Reads the server's VAPID keys, generating them (mode 600) the first time. A damaged file is an error, never overwritten. */
export function readOrCreateVapidKeys(dataDir: string): VapidKeys {
  const file = join(dataDir, VAPID_FILE);
  if (existsSync(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new VapidKeyFileError(`${file} is not valid JSON; move it away to generate new keys`);
    }
    const keys = vapidKeysSchema.safeParse(parsed);
    if (!keys.success)
      throw new VapidKeyFileError(`${file} does not hold VAPID keys; move it away to generate new keys`);
    return keys.data;
  }
  mkdirSync(dataDir, { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

/** A subscription as the browser gives it (validated by the contract's PushSubscriptionRequest). */
export type PushSubscriptionRecord = PushSubscriptionRequest;

export type PushOutcome =
  | { status: 'sent'; statusCode: number }
  | { status: 'gone'; statusCode: 404 | 410 }
  | { status: 'failed'; statusCode: number | null; message: string };

export type PushOptions = {
  vapid: VapidKeys;
  /** A mailto: or https: contact for the push service (RFC 8292). */
  subject: string;
  ttlSeconds?: number;
  timeoutMs?: number;
  /** Tests only: allow a plain-http endpoint on this machine. */
  allowLoopbackHttp?: boolean;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Browsers' push services (FCM, Mozilla, Apple, Microsoft) all use https and a host name. An endpoint is
 * supplied by the client, so anything else (an IP literal such as an internal address) is refused rather
 * than fetched from the server.
 */
export function endpointProblem(endpoint: string, allowLoopbackHttp: boolean): string | null {
  const url = new URL(endpoint);
  if (allowLoopbackHttp && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  if (url.protocol !== 'https:') return 'push endpoints must use https';
  if (isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0 || url.hostname === 'localhost')
    return 'push endpoints must name a host, not an address';
  return null;
}

export async function sendPush(
  subscription: PushSubscriptionRecord,
  payload: string,
  options: PushOptions,
): Promise<PushOutcome> {
  const problem = endpointProblem(subscription.endpoint, options.allowLoopbackHttp ?? false);
  if (problem) return { status: 'failed', statusCode: null, message: problem };
  const details = webpush.generateRequestDetails(subscription, payload, {
    vapidDetails: { subject: options.subject, ...options.vapid },
    TTL: options.ttlSeconds ?? 4 * 60 * 60,
    contentEncoding: 'aes128gcm',
  });
  // fetch sets Content-Length itself.
  const headers = Object.fromEntries(
    Object.entries(details.headers)
      .filter(([name]) => name.toLowerCase() !== 'content-length')
      .map(([name, value]) => [name, String(value)]),
  );
  try {
    const response = await fetch(details.endpoint, {
      method: details.method,
      headers,
      body: details.body === null ? null : new Uint8Array(details.body),
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410)
      return { status: 'gone', statusCode: response.status };
    if (response.ok) return { status: 'sent', statusCode: response.status };
    return {
      status: 'failed',
      statusCode: response.status,
      message: `push service answered ${response.status}`,
    };
  } catch (error) {
    return {
      status: 'failed',
      statusCode: null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
