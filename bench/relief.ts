// Bytes on the wire for GET /relief: raw, and compressed by the server (Accept-Encoding) and by zlib,
// against the 14 KB that arrives in TCP's first round trip. "overhead" is the status line, headers and chunk
// framing. Every language is measured (`?lang=`): the page must hold the budget in each.
// Run: npx tsx bench/relief.ts
import { request } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { LOCALES } from '../src/i18n/locales.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openStore } from '../src/server/db/connect.js';

const BUDGET = 14 * 1024;
/** TCP's usual initial congestion window: 10 segments of 1460 bytes, headers included. */
const INITIAL_WINDOW = 10 * 1460;

type Wire = { encoding: string; headerBytes: number; bodyBytes: number };

/** One request on a fresh connection, so the socket's byte count is this response alone. */
function fetchRaw(port: number, encoding: string, path: string): Promise<Wire & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent: false, headers: { 'accept-encoding': encoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const wireTotal = res.socket.bytesRead;
          resolve({
            encoding: res.headers['content-encoding'] ?? 'identity',
            headerBytes: wireTotal - body.length,
            bodyBytes: body.length,
            body,
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

const store = await openStore({ kind: 'pglite-memory' });
const config = loadConfig({ SESSION_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'silent' });
const app = await buildApp({ config, store, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('server has no port');

async function measure(port: number, locale: string): Promise<number> {
  const path = `/relief?lang=${locale}`;
  const identity = await fetchRaw(port, 'identity', path);
  const rows: { via: string; headerBytes: number | null; bodyBytes: number }[] = [];
  for (const encoding of ['identity', 'gzip', 'br']) {
    const wire = await fetchRaw(port, encoding, path);
    rows.push({ via: `server, Accept-Encoding: ${encoding} → ${wire.encoding}`, ...wire });
  }
  const html = identity.body;
  rows.push({
    via: 'zlib gzip (level 9)',
    headerBytes: null,
    bodyBytes: gzipSync(html, { level: 9 }).length,
  });
  rows.push({
    via: 'zlib brotli (quality 11)',
    headerBytes: null,
    bodyBytes: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });

  console.log(`GET ${path} — budget ${BUDGET} bytes compressed; initial TCP window ${INITIAL_WINDOW} bytes`);
  console.log('');
  console.log(
    [
      'via'.padEnd(44),
      'body'.padStart(7),
      'overhead'.padStart(9),
      'of raw'.padStart(8),
      'of budget'.padStart(10),
    ].join(''),
  );
  for (const row of rows) {
    console.log(
      [
        row.via.padEnd(44),
        String(row.bodyBytes).padStart(7),
        (row.headerBytes === null ? '–' : String(row.headerBytes)).padStart(9),
        percent(row.bodyBytes, html.length).padStart(8),
        percent(row.bodyBytes, BUDGET).padStart(10),
      ].join(''),
    );
  }
  const worst = Math.max(
    ...rows
      .filter((r) => r.via.startsWith('server') && !r.via.endsWith('identity'))
      .map((r) => r.bodyBytes + (r.headerBytes ?? 0)),
  );
  console.log('');
  console.log(
    `Largest compressed response with headers: ${worst} bytes, ${percent(worst, INITIAL_WINDOW)} of the initial window.`,
  );
  console.log('');
  return worst;
}

try {
  const worst: Record<string, number> = {};
  for (const locale of LOCALES) worst[locale] = await measure(address.port, locale);
  console.log('Per language, largest compressed response with headers:');
  for (const locale of LOCALES) {
    const bytes = worst[locale] ?? 0;
    console.log(
      `  ${locale.padEnd(8)}${String(bytes).padStart(7)} bytes  ${percent(bytes, BUDGET)} of budget`,
    );
  }
} finally {
  await app.close();
  await store.close();
}
