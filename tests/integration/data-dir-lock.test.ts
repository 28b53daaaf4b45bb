// The data folder's lock is a socket the kernel releases when its process dies (issue 9 item 6, issue 13).
// Regressions: the old lock trusted a PID in a file, so a PID reused by an unrelated live process kept the
// server from starting after a crash; and two processes starting at once over a stale lock both got it
// (11 of 60 rounds), which risks corrupting the store.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/content/paths.js';
import { LOCK_NOTE } from '../../src/server/db/data-dir-lock.js';
import { exited, startServerProcess } from '../support/server-process.js';

const parent = mkdtempSync(join(tmpdir(), 'crampwise-lock-'));
const spawned: ChildProcess[] = [];
afterAll(() => {
  for (const child of spawned)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(parent, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('lets a restart after kill -9 start even when the old lock names a live, unrelated process', async () => {
    const dataDir = join(parent, 'restart');
    const first = await startServerProcess({ DATA_DIR: dataDir });
    // While it lives, a second server is refused.
    await expect(startServerProcess({ DATA_DIR: dataDir })).rejects.toThrow(/in use by process \d+/);
    first.child.kill('SIGKILL');
    await exited(first.child);

    // The PID in the note now belongs to someone else, alive (as after PID reuse in a container).
    const unrelated = spawn('sleep', ['60']);
    spawned.push(unrelated);
    writeFileSync(join(dataDir, LOCK_NOTE), `${unrelated.pid}\n`);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect((await exited(second.child)).code).toBe(0);
    unrelated.kill('SIGKILL');
  }, 120_000);

  type Contender = { child: ChildProcess; answer: Promise<string> };

  function contender(dataDir: string): Promise<Contender> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'tests', 'support', 'lock-contender.ts'), dataDir],
      { cwd: packageRoot, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    spawned.push(child);
    let output = '';
    let onLine: ((line: string) => void) | undefined;
    child.stdout!.on('data', (chunk) => {
      output += String(chunk);
      let newline = output.indexOf('\n');
      while (newline >= 0) {
        const line = output.slice(0, newline);
        output = output.slice(newline + 1);
        onLine?.(line);
        newline = output.indexOf('\n');
      }
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`contender exited with ${code}`)));
      onLine = (line) => {
        if (line !== 'ready') return;
        const answer = new Promise<string>((done) => {
          onLine = (next) => done(next.startsWith('got') ? 'got' : 'locked');
        });
        resolve({ child, answer });
      };
    });
  }

  // LOCK_RACE_ROUNDS=100 for a longer run; 30 keeps CI short.
  const ROUNDS = Number(process.env.LOCK_RACE_ROUNDS ?? 30);

  it(
    `gives the lock to exactly one of two processes starting at once over a stale lock, ${ROUNDS} rounds of ${ROUNDS}`,
    async () => {
      const dataDir = join(parent, 'race');
      let pair = Promise.all([contender(dataDir), contender(dataDir)]);
      const winners: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const [a, b] = await pair;
        // The next pair loads while this one races (they only try the lock on "go").
        pair = round + 1 < ROUNDS ? Promise.all([contender(dataDir), contender(dataDir)]) : pair;
        a.child.stdin!.write('go\n');
        b.child.stdin!.write('go\n');
        const answers = await Promise.all([a.answer, b.answer]);
        winners.push(answers.filter((x) => x === 'got').length);
        // The winner dies without releasing anything: the next round starts over a stale lock.
        a.child.kill('SIGKILL');
        b.child.kill('SIGKILL');
        await Promise.all([exited(a.child), exited(b.child)]);
      }
      expect(winners).toEqual(Array.from({ length: ROUNDS }, () => 1));
    },
    60_000 + ROUNDS * 5_000,
  );
});
