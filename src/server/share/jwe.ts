// Encrypts a SMART Health Link file as the SHL spec asks: compact JWE, alg "dir" with the link's
// 32-byte key, enc "A256GCM", cty the file's content type.
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from 'jose';

export const FHIR_JSON = 'application/fhir+json';

function keyBytes(key: string): Uint8Array {
  const bytes = Buffer.from(key, 'base64url');
  if (bytes.length !== 32) throw new RangeError('an SHL key is 32 bytes, base64url');
  return new Uint8Array(bytes);
}

export async function encryptShlFile(
  content: unknown,
  key: string,
  contentType = FHIR_JSON,
): Promise<string> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new CompactEncrypt(new TextEncoder().encode(text))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: contentType })
    .encrypt(keyBytes(key));
}

export async function decryptShlFile(
  jwe: string,
  key: string,
): Promise<{ contentType: string; text: string }> {
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, keyBytes(key));
  return { contentType: String(protectedHeader.cty ?? ''), text: new TextDecoder().decode(plaintext) };
}

export { decodeProtectedHeader };
