// POST /api/triage signed out (validation, engine, titles) and signed in (plus profile read and a
// saved row), and the server-rendered /check result, against GET /healthz measured in the same run.
import { benchPostgresUrl, load, printLoad, startBenchServer } from './support.js';

const BODY = JSON.stringify({ findings: { one_leg_swollen: true, headache: true }, gestationalWeek: 30 });
const FORM = 'step=5&go=next&f=one_leg_swollen&f=headache&week=30';

async function run(kind: 'pglite' | 'postgres'): Promise<void> {
  const server = await startBenchServer(kind);
  try {
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench.${Date.now()}@example.com`, password: 'benchmark password' }),
    });
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const json = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: BODY };
    const form = {
      method: 'POST' as const,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: FORM,
    };
    await load('warm-up', { url: `${server.url}/healthz`, seconds: 1 });
    await load('warm-up', { url: `${server.url}/api/triage`, ...json, seconds: 1 });

    const healthz = await load('GET /healthz', { url: `${server.url}/healthz` });
    const anonymous = await load('POST /api/triage (signed out)', {
      url: `${server.url}/api/triage`,
      ...json,
    });
    const saved = await load('POST /api/triage (signed in, saved)', {
      url: `${server.url}/api/triage`,
      ...json,
      headers: { ...json.headers, cookie },
    });
    const page = await load('POST /check result page (signed out)', { url: `${server.url}/check`, ...form });
    console.log(`\n## ${kind}: triage vs GET /healthz (loopback, 10 connections, 5 s each)\n`);
    printLoad([healthz, anonymous, saved, page], healthz);
    for (const r of [anonymous, saved, page]) {
      if (r.non2xx + r.errors > 0) console.log(`WARNING: ${r.label} answered non-2xx responses`);
    }
  } finally {
    await server.close();
  }
}

await run('pglite');
if (benchPostgresUrl) await run('postgres');
else console.log('\n(Set BENCH_DATABASE_URL to also measure on PostgreSQL.)');
