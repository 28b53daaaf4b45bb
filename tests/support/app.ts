// Builds the app in-process for a test, with quiet logs and generous rate limits unless a test sets its own.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { Config } from '../../src/server/config.js';
import type { RateLimits } from '../../src/server/context.js';
import type { Store } from '../../src/server/db/connect.js';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: '/nonexistent',
    sessionSecret: 'test-secret-test-secret-test-secret-42',
    publicUrl: undefined,
    region: 'US',
    defaultTimeZone: 'UTC',
    logLevel: 'silent',
    production: true,
    trustProxy: false,
    requestTimeoutMs: 30_000,
    idleTimeoutMs: 60_000,
    maxConnections: 1000,
    pushSubject: 'mailto:reminders@example.com',
    ...overrides,
    secureCookies: overrides.secureCookies ?? overrides.publicUrl?.startsWith('https:') ?? false,
  };
}

const roomy = { max: 10_000, windowMs: 60_000 };
export const ROOMY_LIMITS: RateLimits = {
  loginFailuresPerIp: roomy,
  loginFailuresPerAddressAndAccount: roomy,
  signupsPerIp: roomy,
  writesPerAccount: roomy,
  sharePasscodeFailures: roomy,
};

export async function testApp(
  store: Store,
  opts: {
    config?: Partial<Config>;
    now?: () => Date;
    rateLimits?: Partial<RateLimits>;
    webDir?: string;
    reminders?: { intervalMs?: number; allowLoopbackHttp?: boolean };
  } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(opts.config),
    store,
    logger: false,
    rateLimits: { ...ROOMY_LIMITS, ...opts.rateLimits },
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.webDir ? { webDir: opts.webDir } : {}),
    ...(opts.reminders ? { reminders: opts.reminders } : {}),
  });
  await app.ready();
  return app;
}

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  counter++;
  return `${prefix}.${Date.now().toString(36)}.${counter}@example.com`;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'cw_session' || c.name === '__Host-cw_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/** Signs a new person up and returns their cookie header and id. */
export async function signUp(
  app: FastifyInstance,
  body: Record<string, unknown> = {},
): Promise<{ cookie: string; id: string; email: string }> {
  const email = (body.email as string | undefined) ?? uniqueEmail();
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: 'a good long password', ...body },
  });
  if (response.statusCode !== 201) throw new Error(`signup failed: ${response.statusCode} ${response.body}`);
  return { cookie: sessionCookie(response), id: response.json().id, email };
}
