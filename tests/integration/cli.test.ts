import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, runCli, startServerProcess } from '../support/server-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'crampwise-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string> = {}) {
  const child = runCli(args, { DATA_DIR: dataDir, ...env });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const { code } = await exited(child);
  return { code, stdout, stderr };
}

describe('the crampwise command line', () => {
  it('describes every command in --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'user', 'triage', 'content'])
      expect(stdout).toMatch(new RegExp(`\\n  ${command}\\b`));
    const user = await cli(['user', '--help']);
    expect(user.stdout).toMatch(/delete \[options\]/);
  });

  it('migrates the embedded store and says so', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied: 0001-accounts/);
    const again = await cli(['migrate']);
    expect(again.stdout).toMatch(/up to date/);
  });

  it('deletes a user by email only with --yes, and explains an unknown email', async () => {
    const server = await startServerProcess({ DATA_DIR: dataDir });
    const email = `Cli.${Date.now()}@Example.com`;
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'long enough password' }),
    });
    expect(signup.status).toBe(201);
    server.child.kill('SIGTERM');
    await exited(server.child);

    const dry = await cli(['user', 'delete', '--email', email.toLowerCase()]);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toMatch(/Run again with --yes/);
    const done = await cli(['user', 'delete', '--email', email.toLowerCase(), '--yes']);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Deleted .* and all of their data/);
    const gone = await cli(['user', 'delete', '--email', email, '--yes']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/No account has the email/);
  });

  it('stops with a readable message naming a bad variable', async () => {
    const { code, stderr } = await cli(['migrate'], { LOG_LEVEL: 'shouty' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/LOG_LEVEL="shouty": must be one of/);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects an unknown command with help', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/unknown command 'frobnicate'/);
  });
});
