// Share-link secrets. A token is 256 random bits; the database keeps only its SHA-256, so a stolen
// table opens no link. A plain hash is enough here (no salt, no slow hash): the token is random
// and too long to guess, unlike a password.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_BYTES = 32;

/** A new link token: 32 random bytes as base64url (43 characters). */
export function newShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What is stored and looked up: SHA-256 of the token, base64url. */
export function hashShareToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** A new SMART Health Link key: 32 random bytes (AES-256) as base64url. */
export function newShlKey(): string {
  return randomBytes(32).toString('base64url');
}
