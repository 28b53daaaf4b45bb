// A process that contends for a data folder's lock: it loads, says "ready", waits for "go" on stdin, then
// tries the lock once and says "got" or "locked", and holds whatever it got until it is killed.
import { createInterface } from 'node:readline';
import { lockDataDir } from '../../src/server/db/data-dir-lock.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-contender <data dir>');
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line !== 'go') continue;
  try {
    await lockDataDir(dataDir);
    process.stdout.write('got\n');
  } catch (error) {
    process.stdout.write(`locked ${(error as Error).message}\n`);
  }
  // Hold until killed.
  setInterval(() => {}, 60_000);
}
