// Screenshots of pages at phone size in dark mode, for looking at what a person sees:
//   npx tsx scripts/screenshot.ts /,/relief   (writes /tmp/shots/<path>.png; needs npm run build)
import { mkdirSync } from 'node:fs';
import { startE2E } from '../tests/support/browser.js';

mkdirSync('/tmp/shots', { recursive: true });
const e2e = await startE2E();
const ctx = await e2e.newContext({ colorScheme: 'dark' });
const page = await ctx.newPage();
const paths = (process.argv[2] ?? '/').split(',');
for (const p of paths) {
  await page.goto(p);
  await page.waitForTimeout(400);
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log('shot', p);
}
await e2e.close();
