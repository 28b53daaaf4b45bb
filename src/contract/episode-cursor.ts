// The episode list's page cursor: opaque to clients, base64url of the last item's startedAt and id.
// Written without Buffer so the contract also type-checks for the browser.
import { z } from 'zod';
import { instant } from './diary-values.js';

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** Throws on text that is not base64url; the caller treats that as an invalid cursor. */
const fromBase64Url = (text: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0)),
  );

export type EpisodeCursor = { startedAt: string; id: string };

/** Opaque page cursor: base64url of the last item's startedAt and id. */
export function encodeCursor(cursor: EpisodeCursor): string {
  return toBase64Url(JSON.stringify([cursor.startedAt, cursor.id]));
}

export function decodeCursor(text: string): EpisodeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [startedAt, id] = value;
    if (typeof startedAt !== 'string' || !instant.safeParse(startedAt).success) return null;
    if (typeof id !== 'string' || !z.uuid().safeParse(id).success) return null;
    return { startedAt, id };
  } catch {
    return null;
  }
}
