// Share links of the clinician report: made by the person, opened by a clinician without an account.
// The token travels only in the link; the store keeps its SHA-256, the SHL key and a scrypt hash of
// the passcode. Every view leaves a row with the first half of the viewer's address.
import { createHmac, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import type { CreatedShare, CreateShareRequest, Share, ShareList } from '../../contract/shares.js';
import { shareExpiresAt, shareStatus, shlinkUri, shlPayload } from '../../core/share/index.js';
import { type AttemptCounter, StoreAttemptCounter } from '../auth/attempt-limiter.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import {
  findShareByTokenHash,
  insertShare,
  listShares,
  listShareViews,
  recordShareView,
  type ShareRow,
} from '../db/repos/shares.js';
import type { UserRow } from '../db/repos/users.js';
import type { ShareViewKind } from '../db/schema.js';
import { AppError, invalidFields } from '../errors.js';
import { addressPrefix } from './address.js';
import { hashShareToken, newShareToken, newShlKey } from './token.js';

export const SHARE_PATH = '/s/';
export const SHL_PATH = '/api/shl/';
const DEFAULT_LABEL = 'Crampwise leg cramp report';
/** A token is 32 random bytes in base64url: anything else cannot be a link, so it is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export async function createShare(
  ctx: AppContext,
  user: UserRow,
  request: CreateShareRequest,
  origin: string,
  now: Date,
): Promise<CreatedShare> {
  const expiry = shareExpiresAt(now, request.expiresInDays);
  if (!expiry.ok) throw invalidFields({ expiresInDays: expiry.error.message });
  const token = newShareToken();
  const shlKey = newShlKey();
  const label = request.label ?? null;
  const row = await insertShare(ctx.db, {
    userId: user.id,
    tokenHash: hashShareToken(token),
    shlKey,
    from: request.from ?? null,
    to: request.to ?? null,
    passcodeHash: request.passcode === undefined ? null : await hashPassword(request.passcode),
    label,
    createdAt: now,
    expiresAt: expiry.expiresAt,
  });
  const url = `${origin}${SHARE_PATH}${token}`;
  // The SHL spec allows http only on localhost; elsewhere a plain-http server offers no shlink.
  const payload = shlPayload({
    manifestUrl: `${origin}${SHL_PATH}${token}`,
    key: shlKey,
    expiresAt: expiry.expiresAt,
    passcode: request.passcode !== undefined,
    label: label ?? DEFAULT_LABEL,
  });
  const shlink = payload.ok ? shlinkUri(payload.payload) : null;
  // The QR opens the page on any phone; an SHL-aware reader finds the shlink after the # (a
  // "viewer URL" in the spec), and the fragment never reaches a server.
  const qrText = shlink === null ? url : `${url}#${shlink}`;
  const qrSvg = await QRCode.toString(qrText, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { id: row.id, url, expiresAt: row.expires_at.toISOString(), qrSvg, shlink };
}

export async function shareList(ctx: AppContext, userId: string, now: Date): Promise<ShareList> {
  const rows = await listShares(ctx.db, userId);
  const views = await listShareViews(
    ctx.db,
    rows.map((r) => r.id),
  );
  const items: Share[] = rows.map((row) => ({
    id: row.id,
    label: row.label,
    from: row.from,
    to: row.to,
    hasPasscode: row.passcode_hash !== null,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    status: shareStatus({ expiresAt: row.expires_at, revokedAt: row.revoked_at }, now),
    views: views
      .filter((v) => v.shareId === row.id)
      .map((v) => ({
        at: v.at.toISOString(),
        addressPrefix: v.addressPrefix,
        what: v.what,
        recipient: v.recipient,
      })),
  }));
  return { items };
}

export type OpenedShare =
  | { state: 'active'; share: ShareRow }
  | { state: 'expired'; share: ShareRow }
  | { state: 'unknown' };

/** What a token opens: unknown (or revoked: the same to the viewer), expired, or active. */
export async function openShare(ctx: AppContext, token: string, now: Date): Promise<OpenedShare> {
  if (!TOKEN_SHAPE.test(token)) return { state: 'unknown' };
  const share = await findShareByTokenHash(ctx.db, hashShareToken(token));
  if (!share) return { state: 'unknown' };
  const status = shareStatus({ expiresAt: share.expires_at, revokedAt: share.revoked_at }, now);
  if (status === 'revoked') return { state: 'unknown' };
  return status === 'expired' ? { state: 'expired', share } : { state: 'active', share };
}

export async function logShareView(
  ctx: AppContext,
  share: ShareRow,
  ip: string | undefined,
  what: ShareViewKind,
  now: Date,
  recipient?: string,
): Promise<void> {
  await recordShareView(ctx.db, {
    shareId: share.id,
    at: now,
    addressPrefix: addressPrefix(ip),
    what,
    recipient: recipient ?? null,
  });
}

/**
 * Passcode checks for share links, counted per link in the attempt store (as log-in failures are):
 * taken before the slow hash so a burst cannot slip past, given back on success.
 */
export class SharePasscodes {
  private readonly failures: AttemptCounter;

  constructor(private readonly ctx: AppContext) {
    this.failures = new StoreAttemptCounter(
      ctx.db,
      'share-passcode',
      ctx.rateLimits.sharePasscodeFailures,
      ctx.now,
    );
  }

  /** Answers true for the right passcode; false for a wrong one; throws 429 once the link's attempts are used up. */
  async check(share: ShareRow, passcode: string): Promise<boolean> {
    if (share.passcode_hash === null) return true;
    const wait = await this.failures.take(share.id);
    if (wait > 0) throw tooManyPasscodes(wait);
    const ok = await verifyPassword(passcode, share.passcode_hash);
    if (ok) await this.failures.giveBack(share.id);
    return ok;
  }

  /** Attempts left in the current window (the SHL manifest's 401 says how many). */
  async remaining(share: ShareRow): Promise<number> {
    return Math.max(0, this.ctx.rateLimits.sharePasscodeFailures.max - (await this.failures.count(share.id)));
  }
}

export function tooManyPasscodes(retryMs: number): AppError {
  const seconds = Math.ceil(retryMs / 1000);
  return new AppError(
    'rate_limited',
    `Too many wrong passcodes for this link. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

/**
 * Proof that a browser gave the passcode: an HMAC of the link with the server's session key, kept in
 * a cookie scoped to the link's own path, so the PDF and FHIR downloads under it need no second ask.
 */
export function passcodeProof(ctx: AppContext, share: ShareRow): string {
  return createHmac('sha256', ctx.sessionKey)
    .update(`share:${share.id}:${share.passcode_hash}`)
    .digest('base64url');
}

export function hasPasscodeProof(ctx: AppContext, share: ShareRow, cookie: string | undefined): boolean {
  if (share.passcode_hash === null) return true;
  if (cookie === undefined) return false;
  const expected = Buffer.from(passcodeProof(ctx, share));
  const given = Buffer.from(cookie);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
