// Lighthouse (mobile preset) on the pages people land on, against the built app on loopback:
//   npm run build && npx tsx bench/lighthouse.ts            all five pages
//   npx tsx bench/lighthouse.ts /,/relief                    just these
// The signed-in /diary uses a fresh account with a due date and six logged cramps. Chromium is Debian's
// (/usr/bin/chromium, or CHROMIUM_PATH). Prints a Markdown table; bars: performance ≥ 95, accessibility 100,
// best practices ≥ 95, SEO ≥ 95. Lighthouse's simulated throttling makes performance vary by a few points
// between runs on a busy machine, so each page runs RUNS times (default 1) and the median is printed.
import { randomUUID } from 'node:crypto';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startBenchServer } from './support.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS ?? 1);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const BARS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};

type PageSpec = { path: string; signedIn: boolean };
const DEFAULT_PAGES: PageSpec[] = [
  { path: '/', signedIn: false },
  { path: '/relief', signedIn: false },
  { path: '/check', signedIn: false },
  { path: '/learn', signedIn: false },
  { path: '/diary', signedIn: true },
];

const wanted = process.argv[2]?.split(',');
const pages = wanted
  ? wanted.map((path) => ({ path, signedIn: path.startsWith('/diary') || path === '/profile' }))
  : DEFAULT_PAGES;

const server = await startBenchServer();

/** A fresh account with a due date and a few cramps; returns its session cookie. */
async function signedInCookie(): Promise<string> {
  const signup = await fetch(`${server.url}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({
      email: `lh.${Date.now()}@example.com`,
      password: 'a lighthouse password',
      name: 'Mia',
    }),
  });
  if (!signup.ok) throw new Error(`sign-up failed: ${signup.status} ${await signup.text()}`);
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const headers = { 'content-type': 'application/json', origin: server.url, cookie };
  const due = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
  await fetch(`${server.url}/api/me`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ dueDate: due, timezone: 'Europe/London', region: 'GB' }),
  });
  for (let i = 1; i <= 6; i++) {
    await fetch(`${server.url}/api/episodes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        id: randomUUID(),
        startedAt: new Date(Date.now() - i * 26 * 3_600_000).toISOString(),
        muscles: ['calf'],
        side: i % 2 ? 'left' : 'right',
        intensity: 3 + (i % 6),
        wokeFromSleep: i % 3 !== 0,
      }),
    });
  }
  return cookie;
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
  ],
});

type Row = { path: string; scores: Record<string, number>; failed: string[] };
const rows: Row[] = [];
try {
  const cookie = pages.some((p) => p.signedIn) ? await signedInCookie() : '';
  for (const page of pages) {
    const runs: Record<string, number>[] = [];
    let failed: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(
        `${server.url}${page.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        undefined,
      );
      if (!result) throw new Error(`no result for ${page.path}`);
      const { categories, audits } = result.lhr;
      runs.push(
        Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])),
      );
      // Name what cost points, so a score below its bar says why.
      failed = Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
    const median = Object.fromEntries(
      CATEGORIES.map((c) => {
        const sorted = runs.map((r) => r[c] ?? 0).sort((a, b) => a - b);
        return [c, sorted[Math.floor(sorted.length / 2)] ?? 0];
      }),
    );
    rows.push({ path: page.path + (page.signedIn ? ' (signed in)' : ''), scores: median, failed });
    process.stderr.write(`measured ${page.path}\n`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`Lighthouse ${RUNS > 1 ? `median of ${RUNS} runs, ` : ''}mobile preset`);
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  const cells = CATEGORIES.map((c) => {
    const score = row.scores[c] ?? 0;
    return score >= BARS[c] ? String(score) : `**${score}** ✗`;
  });
  console.log(`| ${row.path} | ${cells.join(' | ')} |`);
}
for (const row of rows) {
  if (row.failed.length > 0) console.log(`\n${row.path}: ${row.failed.join(', ')}`);
}
