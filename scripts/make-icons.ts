// Renders the app icons (PNG, for installing the app) from the logo, with Debian's Chromium:
//   npx tsx scripts/make-icons.ts      writes src/web/public/icons/icon-{192,512}.png and maskable-512.png
// The maskable icon keeps the logo inside the central 80 % safe zone that launchers crop to.
import { chromium } from 'playwright-core';

const PATH = 'M24 10c0 14-6 18-6 30 0 8 6 14 14 14h10c4 0 6-3 4-6-2-4-10-4-12-8-3-6 2-14 2-30';
const svg = (maskable: boolean) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%">` +
  `<rect width="64" height="64" ${maskable ? '' : 'rx="14"'} fill="#11141a"/>` +
  `<g transform="${maskable ? 'translate(12.8 12.8) scale(0.6)' : ''}"><path d="${PATH}" fill="none" ` +
  `stroke="#f2b880" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ['icon-192', 192, false],
  ['icon-512', 512, false],
  ['maskable-512', 512, true],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><div style="width:${size}px;height:${size}px">${svg(maskable)}</div>`,
  );
  await page.locator('div').screenshot({ path: `src/web/public/icons/${name}.png`, omitBackground: true });
  console.log('wrote', name);
}
await browser.close();
