// Builds the browser scripts that are not part of the web app's bundle, one IIFE each (Vite's lib mode
// builds one per run): /check.js, /check-offline.js, /search.js, /theme.js, /sw.js into dist/web, and the
// Relief page's inline script into dist/inline. Run after the web app's build, which empties dist/web.
// The list of scripts is vite.scripts.config.ts's SCRIPT_TARGETS.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = join(root, 'vite.scripts.config.ts');
const { module: config } = await runnerImport(configFile);
const modes = Object.keys(config.SCRIPT_TARGETS);

for (const mode of modes) {
  await build({ root, configFile, mode, logLevel: process.argv.includes('--quiet') ? 'warn' : 'info' });
}
