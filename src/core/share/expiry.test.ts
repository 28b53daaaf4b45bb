import { describe, expect, it } from 'vitest';
import { shareExpiresAt, shareStatus } from './expiry.js';

const now = new Date('2026-06-01T09:00:00Z');

describe('shareExpiresAt', () => {
  it('adds whole days from 1 to 90', () => {
    expect(shareExpiresAt(now, 1)).toEqual({ ok: true, expiresAt: new Date('2026-06-02T09:00:00Z') });
    expect(shareExpiresAt(now, 90)).toEqual({ ok: true, expiresAt: new Date('2026-08-30T09:00:00Z') });
  });

  it.each([0, 91, 1.5, -3, Number.NaN])('refuses %s days with a clear message', (days) => {
    expect(shareExpiresAt(now, days)).toEqual({
      ok: false,
      error: { code: 'invalid_expiry', message: 'expiresInDays must be a whole number from 1 to 90' },
    });
  });
});

describe('shareStatus', () => {
  const share = { expiresAt: '2026-06-02T09:00:00.000Z', revokedAt: null };
  it('is active until the expiry instant and expired from it on', () => {
    expect(shareStatus(share, new Date('2026-06-02T08:59:59.999Z'))).toBe('active');
    expect(shareStatus(share, new Date('2026-06-02T09:00:00.000Z'))).toBe('expired');
    expect(shareStatus(share, new Date('2027-01-01T00:00:00Z'))).toBe('expired');
  });
  it('is revoked once revoked, expired or not', () => {
    expect(shareStatus({ ...share, revokedAt: now }, now)).toBe('revoked');
    expect(shareStatus({ ...share, revokedAt: now }, new Date('2027-01-01T00:00:00Z'))).toBe('revoked');
  });
});
