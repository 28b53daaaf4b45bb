// Screenshots of pages at phone size, for looking at what a person sees (needs `npm run build` first):
//   npx tsx scripts/screenshot.ts /,/relief              signed out, dark
//   SIGNED_IN=1 THEME=light npx tsx scripts/screenshot.ts /,/diary,/diary/insights
// Signed in means a fresh account with a due date 100 days ahead and a few logged cramps.
// Writes /tmp/shots/<path>.png (full page), or into OUT (for example docs/screenshots); FIRST_SCREEN=1 keeps
// just the first 390 × 844 screen, which is what a person sees first and keeps the files small.
// The theme is pinned (THEME, default dark) whatever the hour, and the file name says which it is.

import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { startE2E } from '../tests/support/browser.js';

const out = process.env.OUT ?? '/tmp/shots';
const theme = process.env.THEME === 'light' ? 'light' : 'dark';
mkdirSync(out, { recursive: true });
const e2e = await startE2E();
const context = await e2e.newContext({ colorScheme: theme });
await context.addInitScript((t) => localStorage.setItem('cw-theme', t), theme);
if (process.env.SIGNED_IN === '1') {
  const api = context.request;
  await api.post('/api/auth/signup', {
    data: { email: `shots.${Date.now()}@example.com`, password: 'a screenshot password', name: 'Mia' },
  });
  const due = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
  await api.patch('/api/me', { data: { dueDate: due, timezone: 'Europe/London' } });
  for (let i = 1; i <= 6; i++) {
    await api.post('/api/episodes', {
      data: {
        id: randomUUID(),
        startedAt: new Date(Date.now() - i * 26 * 3_600_000).toISOString(),
        muscles: ['calf'],
        side: i % 2 ? 'left' : 'right',
        intensity: 3 + (i % 6),
        wokeFromSleep: i % 3 !== 0,
        reliefTried: ['calf-stretch', 'heat'],
        reliefHelped: i % 2 ? ['calf-stretch'] : [],
        minutesToRelief: 2 + i,
      },
    });
  }
}
const page = await context.newPage();
for (const path of (process.argv[2] ?? '/').split(',')) {
  await page.goto(path);
  await page.waitForTimeout(600);
  const name = path.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({
    path: `${out}/${process.env.SIGNED_IN === '1' ? 'in' : 'out'}${name}-${theme}.png`,
    fullPage: process.env.FIRST_SCREEN !== '1',
  });
  console.log('shot', path);
}
await e2e.close();
