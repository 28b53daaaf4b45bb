import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'crampwise-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ DATA_DIR: tempDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      region: 'US',
      logLevel: 'info',
      databaseUrl: undefined,
    });
    expect(config.secureCookies).toBe(false);
  });

  it('names the variable and the allowed values when one is wrong', () => {
    expect(problems({ PORT: 'eighty' })[0]).toMatch(/^PORT="eighty": /);
    expect(problems({ LOG_LEVEL: 'loud' })[0]).toBe(
      'LOG_LEVEL="loud": must be one of fatal, error, warn, info, debug, trace, silent',
    );
    expect(problems({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL=.*postgres:\/\//);
    expect(problems({ REGION: 'USA' })[0]).toMatch(/^REGION="USA": must be a two-letter country code/);
    expect(problems({ TIME_ZONE: 'Moon/Base' })[0]).toMatch(/^TIME_ZONE=.*IANA/);
    expect(problems({ PUBLIC_URL: 'not a url' })[0]).toMatch(/^PUBLIC_URL=/);
    expect(problems({ SESSION_SECRET: 'short' })[0]).toMatch(/^SESSION_SECRET=.*32 characters/);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: '-1', LOG_LEVEL: 'x' })).toHaveLength(2);
  });

  it('creates a session secret under DATA_DIR once, private to the owner, and reuses it', () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.sessionSecret).toHaveLength(64);
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first.sessionSecret);
    expect(statSync(join(dir, 'session-secret')).mode & 0o777).toBe(0o600);
  });

  it('leaves the session key to the database on PostgreSQL without SESSION_SECRET, writing no file', () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgresql://db.internal/crampwise' });
    expect(config.sessionSecret).toBeUndefined();
    expect(existsSync(join(dir, 'session-secret'))).toBe(false);
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    expect(
      loadConfig({ DATA_DIR: dir, DATABASE_URL: 'postgresql://db.internal/x', SESSION_SECRET: secret })
        .sessionSecret,
    ).toBe(secret);
  });

  it('uses Secure cookies when PUBLIC_URL is https', () => {
    expect(loadConfig({ DATA_DIR: tempDir(), PUBLIC_URL: 'https://cramps.example' }).secureCookies).toBe(
      true,
    );
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses and ranges, never "trust everyone"', () => {
    const trust = (value: string) => loadConfig({ DATA_DIR: tempDir(), TRUST_PROXY: value }).trustProxy;
    expect(loadConfig({ DATA_DIR: tempDir() }).trustProxy).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('0')).toBe(false);
    expect(trust('127.0.0.1, 10.0.0.0/8,::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example', '11']) {
      expect(problems({ TRUST_PROXY: bad })[0]).toMatch(
        /^TRUST_PROXY=.*hop count .* or a comma-separated list/,
      );
    }
  });

  it('has request and idle timeouts and a connection cap, with bounds', () => {
    expect(loadConfig({ DATA_DIR: tempDir() })).toMatchObject({
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 60_000,
      maxConnections: 1000,
    });
    expect(problems({ HTTP_REQUEST_TIMEOUT_MS: '0' })[0]).toMatch(/^HTTP_REQUEST_TIMEOUT_MS="0"/);
    expect(problems({ HTTP_MAX_CONNECTIONS: 'lots' })[0]).toMatch(/^HTTP_MAX_CONNECTIONS="lots"/);
  });

  it('takes PUSH_SUBJECT as a mailto: or https: contact, else an https PUBLIC_URL, else no Web Push', () => {
    const subject = (env: Record<string, string>) => loadConfig({ DATA_DIR: tempDir(), ...env }).pushSubject;
    expect(subject({ PUSH_SUBJECT: 'mailto:care@example.org' })).toBe('mailto:care@example.org');
    expect(subject({ PUBLIC_URL: 'https://cramps.example.org' })).toBe('https://cramps.example.org');
    expect(subject({ PUBLIC_URL: 'http://localhost:3000' })).toBeUndefined();
    expect(subject({})).toBeUndefined();
    for (const bad of ['care@example.org', 'mailto:', 'http://example.org'])
      expect(problems({ PUSH_SUBJECT: bad })[0]).toMatch(/^PUSH_SUBJECT=.*mailto: address or an https: URL/);
  });

  it('creates DATA_DIR private to its owner (0700)', () => {
    const dir = join(tempDir(), 'fresh');
    loadConfig({ DATA_DIR: dir });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
