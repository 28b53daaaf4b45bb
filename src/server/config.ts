// Environment parsed once at boot into a typed config; a bad value stops the app with a message naming it.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from '../core/pregnancy/time-zones.js';
import { ensurePrivateDir } from './db/data-dir-lock.js';

/** An address or a CIDR range (IPv4 or IPv6), as a proxy is named in TRUST_PROXY. */
function isAddressOrRange(text: string): boolean {
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (version === 4 ? 32 : 128);
}

/**
 * Which proxies in front of the app to believe about the client's address and scheme: none (default),
 * a number of hops, or a comma-separated list of proxy addresses/ranges. "Trust everyone" is not offered:
 * it would let any client choose its own address and walk past the per-address limits.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((text, check): false | number | string[] => {
    if (text === '' || text === 'false' || text === '0') return false;
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops <= 10) return hops;
    }
    const list = text.split(',').map((part) => part.trim());
    if (list.every(isAddressOrRange)) return list;
    check.addIssue({
      code: 'custom',
      message:
        'must be a hop count (1–10) or a comma-separated list of proxy addresses or ranges such as 127.0.0.1,10.0.0.0/8',
    });
    return z.NEVER;
  });

const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  REGION: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code such as US, GB, JP')
    .transform((s) => s.toUpperCase())
    .default('US'),
  TIME_ZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London')
    .default('UTC'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  TRUST_PROXY: trustProxy.default(false),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds(30_000),
  HTTP_IDLE_TIMEOUT_MS: milliseconds(60_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, 'must be a mailto: address or an https: URL')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /**
   * SESSION_SECRET, or on PGlite the key kept in DATA_DIR/session-secret. Undefined on PostgreSQL without
   * SESSION_SECRET: the app then uses a key generated once and kept in the database (shared by every instance).
   */
  sessionSecret: string | undefined;
  publicUrl: string | undefined;
  secureCookies: boolean;
  region: string;
  defaultTimeZone: string;
  logLevel: (typeof LOG_LEVELS)[number];
  production: boolean;
  /** Proxies to believe about the client address and scheme: false, a hop count or addresses. */
  trustProxy: false | number | string[];
  /** A request (headers and body) must arrive within this time, however slowly it trickles. */
  requestTimeoutMs: number;
  /** A connection with no traffic for this long is closed. */
  idleTimeoutMs: number;
  /** Connections open at once; more are refused until some close. */
  maxConnections: number;
  /** The contact push services see (PUSH_SUBJECT, else an https PUBLIC_URL); undefined: no Web Push. */
  pushSubject: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function describeAllowed(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${(issue.values as unknown[]).map(String).join(', ')}`;
  }
  return issue.message;
}

/**
 * Parses the environment; on PGlite reads or creates the session secret under DATA_DIR when none is given
 * (on PostgreSQL the app keeps it in the database instead, so that instances share it).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${describeAllowed(issue)}`;
      }),
    );
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? (e.DATABASE_URL ? undefined : readOrCreateSecret(dataDir)),
    publicUrl: e.PUBLIC_URL,
    secureCookies: e.PUBLIC_URL?.startsWith('https:') ?? false,
    region: e.REGION,
    defaultTimeZone: e.TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
    maxConnections: e.HTTP_MAX_CONNECTIONS,
    pushSubject: e.PUSH_SUBJECT ?? (e.PUBLIC_URL?.startsWith('https:') ? e.PUBLIC_URL : undefined),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensurePrivateDir(dataDir);
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
