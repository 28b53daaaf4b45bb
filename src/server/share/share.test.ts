import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../core/fhir/index.js';
import { fhirProblems } from '../../core/fhir/validators.test-support.js';
import { sampleDiary } from '../../core/report/sample-diary.test-support.js';
import { parseShlink, shlinkUri, shlPayload } from '../../core/share/index.js';
import { decodeProtectedHeader, decryptShlFile, encryptShlFile } from './jwe.js';
import { hashShareToken, newShareToken, newShlKey } from './token.js';

describe('share tokens', () => {
  it('carry 256 random bits as 43 base64url characters, and never repeat', () => {
    const tokens = Array.from({ length: 2000 }, newShareToken);
    for (const token of tokens.slice(0, 50)) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are stored as a SHA-256 that is stable and is not the token', () => {
    const token = newShareToken();
    expect(hashShareToken(token)).toBe(hashShareToken(token));
    expect(hashShareToken(token)).not.toBe(token);
    expect(hashShareToken(token)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // SHA-256 of "abc" (FIPS 180-2 test vector) in base64url.
    expect(hashShareToken('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});

describe('SMART Health Link file encryption', () => {
  const diary = sampleDiary({ days: 14 });
  const built = buildFhirBundle(diary, {
    now: new Date('2026-06-01T09:00:00Z'),
    from: null,
    to: '2026-05-31',
  });
  if (!built.ok) throw new Error(built.error.message);
  const bundle = built.bundle;

  it('encrypts a Bundle both validators accept', () => {
    expect(fhirProblems(bundle)).toEqual([]);
  });

  it('decrypts with the link’s key back to the same Bundle', async () => {
    const key = newShlKey();
    const jwe = await encryptShlFile(bundle, key);
    expect(jwe.split('.')).toHaveLength(5);
    expect(decodeProtectedHeader(jwe)).toEqual({
      alg: 'dir',
      enc: 'A256GCM',
      cty: 'application/fhir+json',
      zip: 'DEF',
    });
    // Compressed: far shorter than the Bundle's JSON.
    expect(jwe.length).toBeLessThan(JSON.stringify(bundle).length / 4);
    const { contentType, text } = await decryptShlFile(jwe, key);
    expect(contentType).toBe('application/fhir+json');
    expect(JSON.parse(text)).toEqual(bundle);
  });

  it('goes end to end: key from the shlink:/ payload opens the file', async () => {
    const key = newShlKey();
    const made = shlPayload({
      manifestUrl: `https://crampwise.example/api/shl/${newShareToken()}`,
      key,
      expiresAt: new Date('2026-06-08T09:00:00Z'),
      passcode: true,
      label: 'Leg cramp diary',
    });
    if (!made.ok) throw new Error(made.error.message);
    const jwe = await encryptShlFile(bundle, key);
    const scanned = parseShlink(shlinkUri(made.payload));
    if (!scanned.ok) throw new Error(scanned.error.message);
    expect(scanned.payload.flag).toBe('P');
    expect(JSON.parse((await decryptShlFile(jwe, scanned.payload.key)).text)).toEqual(bundle);
  });

  it('refuses another key and a tampered file', async () => {
    const key = newShlKey();
    const jwe = await encryptShlFile(bundle, key);
    await expect(decryptShlFile(jwe, newShlKey())).rejects.toThrow();
    const parts = jwe.split('.');
    const cipher = Buffer.from(parts[3]!, 'base64url');
    cipher[0] = cipher[0]! ^ 1;
    parts[3] = cipher.toString('base64url');
    await expect(decryptShlFile(parts.join('.'), key)).rejects.toThrow();
    await expect(encryptShlFile(bundle, 'too-short')).rejects.toThrow(RangeError);
  });
});
