// End-to-end support: the real server on a random loopback port, and Debian's Chromium driven by Playwright.
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { DEFAULT_WEB_DIR } from '../../src/server/app.js';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from './app.js';
import { storeTargets } from './stores.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type E2E = {
  baseUrl: string;
  app: FastifyInstance;
  store: Store;
  browser: Browser;
  newContext: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
  close: () => Promise<void>;
};

export async function startE2E(): Promise<E2E> {
  if (!existsSync(`${DEFAULT_WEB_DIR}/index.html`)) {
    throw new Error('The web app is not built: run `npm run build` (npm test does this first).');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  const store = await storeTargets[0]!.open();
  const app = await testApp(store);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    app,
    store,
    browser,
    newContext: async (options) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        ...options,
      });
      contexts.push(context);
      return context;
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
