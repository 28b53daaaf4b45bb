// When a share link stops working: 1 to 90 whole days after it is made, or at once when revoked.
// Pure: the clock is an argument.

export const SHARE_DAYS = { min: 1, max: 90 } as const;
const DAY_MS = 86_400_000;

export type ShareExpiryError = { code: 'invalid_expiry'; message: string };

export function shareExpiresAt(
  now: Date,
  days: number,
): { ok: true; expiresAt: Date } | { ok: false; error: ShareExpiryError } {
  if (!Number.isInteger(days) || days < SHARE_DAYS.min || days > SHARE_DAYS.max) {
    return {
      ok: false,
      error: {
        code: 'invalid_expiry',
        message: `expiresInDays must be a whole number from ${SHARE_DAYS.min} to ${SHARE_DAYS.max}`,
      },
    };
  }
  return { ok: true, expiresAt: new Date(now.getTime() + days * DAY_MS) };
}

export type ShareStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired; a link is expired from the instant `expiresAt` itself. */
export function shareStatus(
  share: { expiresAt: Date | string; revokedAt: Date | string | null },
  now: Date,
): ShareStatus {
  if (share.revokedAt !== null) return 'revoked';
  return now.getTime() >= new Date(share.expiresAt).getTime() ? 'expired' : 'active';
}
