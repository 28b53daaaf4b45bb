import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/loader.js';
import { packageRoot } from '../../content/paths.js';
import { emergencyNumberFor } from '../../core/triage/index.js';
import { RELIEF_IDS } from './relief-ids.js';
import { renderReliefPage } from './relief-page.js';
import { RELIEF_SCRIPT } from './relief-script.js';
import { RELIEF_CSS } from './relief-style.js';

const page = (region: string | undefined, regionSource: 'profile' | 'language' | 'default' = 'language') =>
  renderReliefPage({ emergency: emergencyNumberFor(region), regionSource });

/** The text a person reads, without tags or the inline script and style. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('renderReliefPage', () => {
  const html = page('GB');
  const text = visibleText(html);

  it('gives the steps: stretch and hold, rub, warmth, a few slow steps', () => {
    expect(text).toMatch(
      /Straighten your leg\. Push your heel away and pull your toes up toward your shin\./,
    );
    expect(text).toMatch(/Hold about 30 seconds/);
    expect(text).toMatch(/Rub the hard part of the muscle firmly/);
    expect(text).toMatch(/a warm towel, a wrapped hot water bottle, or a heating pad on low/);
    expect(text).toMatch(/Warm, never hot\. Not on your bump/);
    expect(text).toMatch(/take a few slow steps/);
  });

  it('offers the thigh-cramp variant for the front and the back of the thigh', () => {
    expect(html).toMatch(/<details><summary>Cramp in the thigh\?<\/summary>/);
    expect(text).toMatch(/Front of the thigh .*ease your heel toward your bottom/);
    expect(text).toMatch(/Back of the thigh .*lean forward gently from the hips/);
  });

  it('links every step to a Learn item that exists', () => {
    const linked = [...html.matchAll(/href="\/learn\/([^"]+)"/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual([
      'relief.calf-stretch',
      'relief.heat',
      'relief.massage',
      'relief.thigh-stretch',
      'relief.walk-it-out',
    ]);
    const ids = new Set(loadContent().items.map((item) => item.id));
    for (const id of linked) expect(ids.has(id!), id).toBe(true);
  });

  it.each([
    ['GB', '999'],
    ['US', '911'],
    ['JP', '119'],
  ])('offers a tel: link to the emergency number for %s', (region, number) => {
    const html = page(region);
    expect(html).toContain(`<a class="btn call" href="tel:${number}">Call ${number}</a>`);
    expect(html.match(/href="tel:/g)).toHaveLength(1);
  });

  it('falls back to 112 and says why when the region is unknown', () => {
    const text = visibleText(page('ZZ'));
    expect(page('ZZ')).toContain('href="tel:112"');
    expect(text).toContain('112 reaches emergency services from mobile phones in many countries');
  });

  it('offers to set the country only when the region was not taken from the profile', () => {
    const setCountry = '<a class="more" href="/profile">Set your country</a>';
    expect(page('GB', 'language')).toContain(setCountry);
    expect(page('GB', 'default')).toContain(setCountry);
    expect(page('GB', 'profile')).not.toContain(setCountry);
    expect(visibleText(page('GB', 'profile'))).toContain('The number for United Kingdom, from your profile.');
  });

  it('warns about a swollen, red or warm leg before the first step says to rub or warm it', () => {
    // Regression: the only warning sat about 2,000 px down, after "Rub it" and "Warm it".
    const warning = text.indexOf('One leg swollen, red or warm? Do not rub or heat it');
    expect(warning).toBeGreaterThan(-1);
    expect(warning).toBeLessThan(text.indexOf('Stretch it'));
    expect(html).toMatch(/Do not rub or heat it: <a href="\/check">check if you should call<\/a>/);
  });

  it('has the site header: the four sections with Relief marked current, and the account link', () => {
    for (const href of ['/relief', '/check', '/learn', '/diary', '/profile'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('<a href="/relief" aria-current="page">Relief</a>');
  });

  it('sends the person to the check for a swollen, red or warm leg, and to the diary when it is over', () => {
    expect(text).toMatch(/One leg swollen, red or warm, or pain that will not ease\?/);
    expect(html).toContain('<a class="btn alt" href="/check">Should I call?</a>');
    expect(html).toContain('href="/diary?log=now"');
    expect(text).toContain('It’s over — log it');
  });

  it('is one self-contained document: inline style and script, no stylesheet, no external script', () => {
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`<style>${RELIEF_CSS}</style>`);
    expect(html).toContain(`<script>${RELIEF_SCRIPT}</script>`);
    expect(html).toContain('<meta name="color-scheme" content="dark"/>');
    expect(html).toContain('<meta name="theme-color" content="#11141a"/>');
  });

  it('hides what needs the script until the script shows it', () => {
    expect(html).toMatch(/<div id="hold" class="hold" hidden="">/);
    expect(html).toMatch(/<button id="voice" class="btn alt" type="button" aria-pressed="false" hidden="">/);
  });

  it('paints dark from the first byte of CSS, with large step text', () => {
    expect(RELIEF_CSS).toMatch(/html\{background:var\(--bg\);color-scheme:dark/);
    const stepSize = /\.say\{font-size:([\d.]+)rem/.exec(RELIEF_CSS)?.[1];
    expect(Number(stepSize)).toBeGreaterThanOrEqual(1.35);
  });
});

describe('the inline script', () => {
  it('parses as a script and cannot end its own element early', () => {
    expect(() => new Function(RELIEF_SCRIPT)).not.toThrow();
    expect(RELIEF_SCRIPT).not.toMatch(/<\/script/i);
    expect(RELIEF_SCRIPT).not.toMatch(/<!--/);
  });

  it('names only elements the page has', () => {
    // The script takes its ids from relief-ids.ts, which the page uses too; it writes none of its own.
    const source = readFileSync(join(packageRoot, 'src', 'web', 'site-scripts', 'relief.ts'), 'utf8');
    const lookups = [...source.matchAll(/getElementById\(([^)]*)\)/g)].map((m) => m[1]);
    expect(lookups.length).toBeGreaterThan(4);
    for (const lookup of lookups) expect(lookup).toMatch(/^ID\.\w+$/);
    for (const id of Object.values(RELIEF_IDS)) {
      expect(page('US'), id).toContain(`id="${id}"`);
      expect(RELIEF_SCRIPT, id).toContain(id);
    }
  });

  it('is compiled for old phone browsers: no syntax newer than ES2015 and no source map comment', () => {
    expect(RELIEF_SCRIPT).not.toMatch(/\?\.|\?\?|\basync\b|\bawait\b/);
    expect(RELIEF_SCRIPT).not.toContain('sourceMappingURL');
  });

  it('is small: under 4 KB before compression', () => {
    expect(RELIEF_SCRIPT.length).toBeLessThan(4 * 1024);
  });
});
