// Encrypts a SMART Health Link file as the SHL spec asks: compact JWE, alg "dir" with the link's
// 32-byte key, enc "A256GCM", cty the file's content type, zip "DEF".
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader } from 'jose';

export const FHIR_JSON = 'application/fhir+json';
/** A decompressed file larger than this is refused (jose's default, 250 KB, is below a long diary). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

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
  return (
    new CompactEncrypt(new TextEncoder().encode(text))
      // zip DEF (raw deflate, which SHL allows): a FHIR Bundle's JSON shrinks about twentyfold, so a
      // three-month diary fits a receiver's embeddedLengthMax far more often.
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: contentType, zip: 'DEF' })
      .encrypt(keyBytes(key))
  );
}

export async function decryptShlFile(
  jwe: string,
  key: string,
): Promise<{ contentType: string; text: string }> {
  const { plaintext, protectedHeader } = await compactDecrypt(jwe, keyBytes(key), {
    maxDecompressedLength: MAX_FILE_BYTES,
  });
  return { contentType: String(protectedHeader.cty ?? ''), text: new TextDecoder().decode(plaintext) };
}

export { decodeProtectedHeader };
