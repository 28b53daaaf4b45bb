// `npm run bench`: every benchmark in bench/, one after another, each printing its own figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const order = ['api-me.ts', 'episodes.ts', 'insights.ts', 'search.ts', 'relief.ts'];
const all = readdirSync(here).filter((f) => f.endsWith('.ts') && !['run-all.ts', 'support.ts'].includes(f));
const benches = [
  ...order.filter((f) => all.includes(f)),
  ...all.filter((f) => !order.includes(f)).sort(),
].filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
let failed = 0;
for (const file of benches) {
  if (!existsSync(join(here, file))) continue;
  console.log(`\n=== bench/${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
