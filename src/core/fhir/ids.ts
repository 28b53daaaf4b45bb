// Stable resource ids: a name-based UUID (RFC 9562 version 5, SHA-1) of the resource kind and our
// own id, so the same diary entry always exports under the same id and fullUrl.
import { createHash } from 'node:crypto';

/** The namespace UUID of Crampwise's FHIR ids (a fixed random UUID). */
const NAMESPACE = '5b0e6a9c-3f4d-4c1e-9a57-2d8c1f0b7e43';

export function stableUuid(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The resource id for one of our records, e.g. resourceId('Observation/cramp', episode.id). */
export function resourceId(kind: string, ourId: string): string {
  return stableUuid(`${kind}/${ourId}`);
}
