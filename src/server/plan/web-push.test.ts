// Web Push against a loopback push endpoint started here: the endpoint checks the VAPID signature and
// decrypts the payload as a browser would (RFC 8291 aes128gcm), and answers 201, 404, 410 or 500 by path.
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrCreateVapidKeys, sendPush, VAPID_FILE, VapidKeyFileError } from './web-push.js';

const b64 = (buffer: Buffer) => buffer.toString('base64url');

type Received = { path: string; headers: IncomingHttpHeaders; body: Buffer };
const received: Received[] = [];
let server: Server;
let base: string;
const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-push-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
      const status = { '/ok': 201, '/gone': 410, '/missing': 404, '/broken': 500 }[request.url ?? ''] ?? 400;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

/** A browser's side of a subscription: its ECDH key pair and auth secret. */
function browserSubscription(path: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    ecdh,
    auth,
    subscription: { endpoint: `${base}${path}`, keys: { p256dh: b64(ecdh.getPublicKey()), auth: b64(auth) } },
  };
}

/** RFC 8291: what the browser does with an aes128gcm push message. */
function decrypt(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const cipher = body.subarray(21 + idLength);
  const shared = ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(cipher.subarray(cipher.length - 16));
  const plain = Buffer.concat([decipher.update(cipher.subarray(0, cipher.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then optional zero padding.
  let end = plain.length;
  while (end > 0 && plain[end - 1] === 0) end--;
  expect(plain[end - 1]).toBe(2);
  return plain.subarray(0, end - 1).toString('utf8');
}

/** RFC 8292: check the VAPID JWT against the server's public key. */
function checkVapid(header: string, publicKey: string, audience: string) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(header);
  expect(match).not.toBeNull();
  const [token, key] = [match![1]!, match![2]!];
  expect(key).toBe(publicKey);
  const [head, claims, signature] = token.split('.') as [string, string, string];
  const raw = Buffer.from(publicKey, 'base64url');
  const jwk = { kty: 'EC', crv: 'P-256', x: b64(raw.subarray(1, 33)), y: b64(raw.subarray(33, 65)) };
  const valid = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  expect(valid).toBe(true);
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
  expect(payload.aud).toBe(audience);
  expect(payload.sub).toBe('mailto:privacy@crampwise.test');
  expect(payload.exp * 1000).toBeGreaterThan(Date.now());
}

describe('VAPID keys under the data directory', () => {
  it('are generated once, mode 600, and read back the same', () => {
    const keys = readOrCreateVapidKeys(dataDir);
    expect(statSync(join(dataDir, VAPID_FILE)).mode & 0o777).toBe(0o600);
    expect(readOrCreateVapidKeys(dataDir)).toEqual(keys);
    expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
  });

  it('a damaged key file is an error, and is left as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crampwise-vapid-'));
    writeFileSync(join(dir, VAPID_FILE), '{"publicKey": "nope"}');
    expect(() => readOrCreateVapidKeys(dir)).toThrow(VapidKeyFileError);
    expect(readFileSync(join(dir, VAPID_FILE), 'utf8')).toBe('{"publicKey": "nope"}');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('sending a reminder', () => {
  const options = () => ({
    vapid: readOrCreateVapidKeys(dataDir),
    subject: 'mailto:privacy@crampwise.test',
    allowLoopbackHttp: true,
  });

  it('delivers an encrypted, VAPID-signed message the browser can read', async () => {
    const { subscription, ecdh, auth } = browserSubscription('/ok');
    const payload = JSON.stringify({ title: 'Evening stretch', step: 'prevent.calf-stretches' });
    expect(await sendPush(subscription, payload, options())).toEqual({ status: 'sent', statusCode: 201 });
    const request = received.at(-1)!;
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(request.headers.ttl)).toBeGreaterThan(0);
    expect(request.body.includes(Buffer.from('Evening stretch'))).toBe(false);
    expect(decrypt(request.body, ecdh, auth)).toBe(payload);
    checkVapid(String(request.headers.authorization), options().vapid.publicKey, base);
  });

  it.each([
    ['/gone', 410],
    ['/missing', 404],
  ] as const)('reports a subscription answering %s as gone, for the caller to delete', async (path, code) => {
    const { subscription } = browserSubscription(path);
    expect(await sendPush(subscription, 'x', options())).toEqual({ status: 'gone', statusCode: code });
  });

  it('reports other failures without calling the subscription gone', async () => {
    const { subscription } = browserSubscription('/broken');
    expect(await sendPush(subscription, 'x', options())).toMatchObject({ status: 'failed', statusCode: 500 });
    const closed = browserSubscription('/ok').subscription;
    closed.endpoint = 'http://127.0.0.1:1/ok';
    expect(await sendPush(closed, 'x', options())).toMatchObject({ status: 'failed', statusCode: null });
  });

  it('refuses plain http outside tests and off this machine', async () => {
    const { subscription } = browserSubscription('/ok');
    const before = received.length;
    expect(await sendPush(subscription, 'x', { ...options(), allowLoopbackHttp: false })).toMatchObject({
      status: 'failed',
      message: 'push endpoints must use https',
    });
    const remote = { ...subscription, endpoint: 'http://push.example.com/ok' };
    expect(await sendPush(remote, 'x', options())).toMatchObject({ status: 'failed', statusCode: null });
    expect(received.length).toBe(before);
  });

  it.each([
    'https://10.0.0.5/push',
    'https://169.254.169.254/latest',
    'https://[::1]/x',
    'https://localhost/x',
  ])('refuses an endpoint that is an address rather than a push service: %s', async (endpoint) => {
    const { subscription } = browserSubscription('/ok');
    expect(await sendPush({ ...subscription, endpoint }, 'x', options())).toEqual({
      status: 'failed',
      statusCode: null,
      message: 'push endpoints must name a host, not an address',
    });
  });
});
