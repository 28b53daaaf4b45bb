// Regression (issue 13): a body sent one byte every 10 s was never timed out, and nothing capped the
// number of connections, so a few slow clients could hold the server.
import { connect, type Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with what the server sent once it closes the connection, or 'still open' after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    socket.on('data', (chunk) => (received += String(chunk)));
    const timer = setTimeout(() => resolve('still open'), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', () => {});
  });
}

describe('slow clients', () => {
  let store: Store;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    store = await storeTargets[0]!.open();
    app = await testApp(store, { config: { requestTimeoutMs: 1000, maxConnections: 3 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('times out a body that trickles in a byte at a time', async () => {
    const socket = await open(port);
    socket.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{',
    );
    const trickle = setInterval(() => socket.writable && socket.write(' '), 300);
    try {
      const answer = await closedWithin(socket, 8000);
      expect(answer).not.toBe('still open');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  }, 15_000);

  it('refuses connections past the cap and takes new ones when some close', async () => {
    const held = [await open(port), await open(port), await open(port)];
    const extra = await open(port);
    expect(await closedWithin(extra, 3000)).toBe('');
    held[0]!.destroy();
    await new Promise((r) => setTimeout(r, 200));
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
    for (const socket of held) socket.destroy();
  }, 15_000);
});
