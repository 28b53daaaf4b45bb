import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, startServerProcess } from '../support/server-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function post(url: string, path: string, body: unknown) {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the embedded store survives kill -9', () => {
  it('keeps every acknowledged account, and opens again after a hard kill mid-write', async () => {
    const env = { DATA_DIR: dataDir };
    const first = await startServerProcess(env);
    const acknowledged: string[] = [];
    // One account acknowledged before the kill, then a burst still in flight when the process dies.
    const lone = `lone.${Date.now()}@example.com`;
    expect(
      (await post(first.url, '/api/auth/signup', { email: lone, password: 'survives the crash' })).status,
    ).toBe(201);
    acknowledged.push(lone);
    const burst = Array.from({ length: 12 }, (_, i) => `burst.${i}.${Date.now()}@example.com`);
    const inFlight = burst.map((email) =>
      post(first.url, '/api/auth/signup', { email, password: 'survives the crash' })
        .then((r) => {
          if (r.status === 201) acknowledged.push(email);
        })
        .catch(() => {}),
    );
    await new Promise((r) => setTimeout(r, 150));
    first.child.kill('SIGKILL');
    await Promise.all(inFlight);
    expect((await exited(first.child)).signal).toBe('SIGKILL');

    const second = await startServerProcess(env);
    try {
      for (const email of acknowledged) {
        const login = await post(second.url, '/api/auth/login', { email, password: 'survives the crash' });
        expect(login.status, email).toBe(200);
      }
      // The store still takes writes after recovery.
      const after = await post(second.url, '/api/auth/signup', {
        email: `after.${Date.now()}@example.com`,
        password: 'written after recovery',
      });
      expect(after.status).toBe(201);
    } finally {
      second.child.kill('SIGTERM');
      const { code } = await exited(second.child);
      expect(code).toBe(0);
    }
  });

  it('refuses to open a data folder another live server holds, naming the process', async () => {
    const env = { DATA_DIR: join(dataDir, 'locked') };
    const holder = await startServerProcess(env);
    try {
      await expect(startServerProcess(env)).rejects.toThrow(/in use by process \d+/);
      expect((await fetch(`${holder.url}/readyz`)).status).toBe(200);
    } finally {
      holder.child.kill('SIGINT');
      expect((await exited(holder.child)).code).toBe(0);
    }
  });
});
