import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

describe('serving the built web app', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'crampwise-web-'));
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>shell</title><div id="root"></div>');
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(webDir, 'site.css'), 'body{}');
    store = await storeTargets[0]!.open();
    app = await testApp(store, { webDir });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('caches hashed assets for a year and marks them immutable', async () => {
    const response = await app.inject('/assets/index-abc123.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates unhashed files every time', async () => {
    const response = await app.inject('/site.css');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.etag).toBeDefined();
  });

  it('answers app routes with the HTML shell, never cached', async () => {
    for (const path of ['/', '/profile', '/signup?x=1']) {
      const response = await app.inject(path);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('keeps unknown API paths as JSON 404s, even for GET', async () => {
    const response = await app.inject('/api/does-not-exist');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'GET /api/does-not-exist was not found.' },
    });
  });

  it('tells the operator to build when the web app is missing', async () => {
    const bare = await testApp(store, { webDir: join(webDir, 'nothing-here') });
    const response = await bare.inject('/');
    expect(response.statusCode).toBe(503);
    expect(response.body).toMatch(/npm run build/);
    await bare.close();
  });
});
