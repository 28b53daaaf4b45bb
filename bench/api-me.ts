// GET /api/me with a session (session check, profile read, gestational-age maths) against GET /healthz,
// measured in the same run; on PGlite, and on PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
import { benchPostgresUrl, load, printLoad, startBenchServer } from './support.js';

async function run(kind: 'pglite' | 'postgres'): Promise<void> {
  const server = await startBenchServer(kind);
  try {
    const email = `bench.${Date.now()}@example.com`;
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'benchmark password' }),
    });
    const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
    const due = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
    await fetch(`${server.url}/api/me`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ dueDate: due, timezone: 'Europe/London' }),
    });
    // Warm both paths so the JIT and caches are comparable.
    await load('warm-up', { url: `${server.url}/healthz`, seconds: 1 });
    await load('warm-up', { url: `${server.url}/api/me`, headers: { cookie }, seconds: 1 });

    const healthz = await load('GET /healthz', { url: `${server.url}/healthz` });
    const me = await load('GET /api/me (session)', { url: `${server.url}/api/me`, headers: { cookie } });
    console.log(`\n## ${kind}: GET /api/me vs GET /healthz (loopback, 10 connections, 5 s each)\n`);
    printLoad([healthz, me], healthz);
    console.log(
      `\n${kind} ratio /api/me ÷ /healthz: ${(me.requestsPerSecond / healthz.requestsPerSecond).toFixed(2)}`,
    );
    if (me.non2xx + me.errors > 0) console.log('WARNING: /api/me answered non-2xx responses');
  } finally {
    await server.close();
  }
}

await run('pglite');
if (benchPostgresUrl) await run('postgres');
else console.log('\n(Set BENCH_DATABASE_URL to also measure on PostgreSQL.)');
