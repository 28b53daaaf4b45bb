import { describe, expect, it } from 'vitest';
import { parseShlink, shlinkUri, shlManifest, shlPayload } from './shl.js';

const key = 'rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q';
const expiresAt = new Date('2026-06-08T09:00:00Z');
const manifestUrl = 'https://crampwise.example/api/shl/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('shlPayload', () => {
  it('carries url, key, exp in seconds, flag P with a passcode, and a label', () => {
    const result = shlPayload({
      manifestUrl,
      key,
      expiresAt,
      passcode: true,
      label: 'Leg cramp diary for Anna',
    });
    expect(result).toEqual({
      ok: true,
      payload: {
        url: manifestUrl,
        key,
        exp: 1_780_909_200,
        flag: 'P',
        label: 'Leg cramp diary for Anna',
        v: 1,
      },
    });
  });

  it('has no flag without a passcode', () => {
    const result = shlPayload({ manifestUrl, key, expiresAt, passcode: false });
    expect(result.ok && result.payload.flag).toBeUndefined();
  });

  it('refuses what the spec forbids: a long url, a short key, a long label, plain http', () => {
    const bad = (input: Partial<Parameters<typeof shlPayload>[0]>) =>
      shlPayload({ manifestUrl, key, expiresAt, passcode: false, ...input });
    expect(bad({ manifestUrl: `https://x.example/${'a'.repeat(120)}` })).toMatchObject({ ok: false });
    expect(bad({ key: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid_shl' } });
    expect(bad({ label: 'x'.repeat(81) })).toMatchObject({ ok: false });
    expect(bad({ manifestUrl: 'http://crampwise.example/m' })).toMatchObject({ ok: false });
    expect(bad({ label: '王'.repeat(80) }).ok).toBe(true);
  });
});

describe('shlinkUri and parseShlink', () => {
  it('round-trips, also behind a viewer URL', () => {
    const result = shlPayload({ manifestUrl, key, expiresAt, passcode: true, label: 'Анна' });
    if (!result.ok) throw new Error(result.error.message);
    const uri = shlinkUri(result.payload);
    expect(uri).toMatch(/^shlink:\/[A-Za-z0-9_-]+$/);
    expect(parseShlink(uri)).toEqual({ ok: true, payload: result.payload });
    expect(parseShlink(`https://viewer.example/#${uri}`)).toEqual({ ok: true, payload: result.payload });
  });

  it('refuses what is not a link', () => {
    expect(parseShlink('https://example.com')).toMatchObject({ ok: false });
    expect(parseShlink(`shlink:/${Buffer.from('{"url":1}').toString('base64url')}`)).toMatchObject({
      ok: false,
    });
  });
});

describe('shlManifest', () => {
  it('embeds the file when it fits the receiver’s limit, else points at it', () => {
    expect(shlManifest('abc.def', { location: 'https://x.example/f' })).toEqual({
      files: [{ contentType: 'application/fhir+json', embedded: 'abc.def' }],
    });
    expect(shlManifest('abc.def', { embeddedLengthMax: 3, location: 'https://x.example/f' })).toEqual({
      files: [{ contentType: 'application/fhir+json', location: 'https://x.example/f' }],
    });
  });
});
