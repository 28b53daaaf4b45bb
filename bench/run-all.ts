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
// Scripts that take the PostgreSQL server as a flag rather than from BENCH_DATABASE_URL themselves.
const postgresFlag = new Set(['episodes.ts']);
const postgresUrl = process.env.BENCH_DATABASE_URL;
let failed = 0;
for (const file of benches) {
  if (!existsSync(join(here, file))) continue;
  const runs: { label: string; args: string[]; env: NodeJS.ProcessEnv }[] = [
    { label: '', args: [], env: process.env },
  ];
  if (postgresUrl && postgresFlag.has(file)) {
    runs.push({
      label: ' (PostgreSQL)',
      args: ['--postgres'],
      env: { ...process.env, DATABASE_URL: postgresUrl },
    });
  }
  for (const run of runs) {
    console.log(`\n=== bench/${file}${run.label} ===`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...run.args], {
      stdio: 'inherit',
      env: run.env,
    });
    if (child.status !== 0) failed++;
  }
}
process.exit(failed ? 1 : 0);
