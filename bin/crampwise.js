#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
// Runs the built CLI; builds it first when a fresh clone has not been built yet.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(entry)) {
  console.error('Crampwise is not built yet; building (this takes a minute once)…');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-if-needed.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
await import(entry);
