// Builds dist/ when it is missing or older than the sources, so `npm start` works straight after `npm install`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const inputs = [
  'src',
  'package-lock.json',
  'vite.config.ts',
  'vite.scripts.config.ts',
  'scripts/build-browser-scripts.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const sourcesChanged = () =>
  Math.max(
    ...inputs
      .map((p) => join(root, p))
      .filter(existsSync)
      .map(newestMtime),
  ) > statSync(stamp).mtimeMs;

if (!existsSync(join(root, 'node_modules', '.bin', 'tsc'))) {
  // Installed without dev dependencies: use whatever build is present.
  process.exit(0);
}
if (!existsSync(stamp) || sourcesChanged() || process.argv.includes('--force')) {
  console.error('Building Crampwise…');
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  // The browser scripts outside the web app's bundle (/check.js, /sw.js, the Relief page's inline script…).
  execFileSync(process.execPath, [join(root, 'scripts', 'build-browser-scripts.mjs'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  writeFileSync(stamp, new Date().toISOString());
}
