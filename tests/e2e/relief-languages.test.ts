// Relief now in Chinese, Russian and Japanese, in Chromium: the page is wholly in that language (no
// English sentence, no message id), <html lang> says so, the hold timer counts in that language, the
// voice mode picks a voice of that language or says in it that there is none, and the web app follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import { type E2E, startE2E } from '../support/browser.js';
import { englishLeaks } from '../support/language.js';

describe.each(['zh-Hans', 'ru', 'ja'] as const)('Relief now in %s', (locale) => {
  let e2e: E2E;
  const t = (id: string) => CATALOGS.relief[locale][id] ?? id;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('is wholly in the language, and the timer counts down and releases in it', async () => {
    const page = await (await e2e.newContext()).newPage();
    await page.clock.install({ time: new Date('2026-03-01T03:00:00Z') });
    await page.goto(`/relief?lang=${locale}`);
    await page.clock.pauseAt(new Date('2026-03-01T03:00:05Z'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('h1').textContent()).toBe(t('relief.h1'));

    const start = page.locator('#hold-btn');
    await start.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not the inline script's code
    const visible = await page.locator('body').innerText();
    expect(englishLeaks(visible)).toEqual([]);
    expect(visible).not.toMatch(/relief\.\w/);

    // One-handed at night: the Start button is on the first screen of a phone in every language.
    const box = await start.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);

    await start.click();
    expect(await page.locator('#hold-num').textContent()).toBe('30');
    await page.clock.runFor(20_000);
    expect(await page.locator('#hold-num').textContent()).toBe('10');
    expect(await page.getByRole('status').textContent()).toBe(t('relief.hold.tenLeft'));
    await page.clock.runFor(10_000);
    expect(await page.getByRole('status').textContent()).toBe(t('relief.hold.released'));
    // biome-ignore lint/performance/useDomNodeTextContent: what a person sees, not the inline script's code
    const after = await page.locator('body').innerText();
    expect(englishLeaks(after)).toEqual([]);
  });

  it('reads aloud with a voice of the language, and says so in the language when the phone has none', async () => {
    const install = ({ voices }: { voices: { lang: string; name: string }[] }) => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { spoken });
      const synth = {
        getVoices: () => voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
        speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {},
        addEventListener: () => {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      class Utterance {
        text: string;
        voice: unknown = null;
        lang = '';
        rate = 1;
        onerror: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    };
    const voiceLang = { 'zh-Hans': 'zh-CN', ru: 'ru-RU', ja: 'ja-JP' }[locale];

    const page = await (await e2e.newContext()).newPage();
    await page.addInitScript(install, {
      voices: [
        { lang: 'en-US', name: 'English voice' },
        { lang: 'zh-TW', name: 'Taiwan voice' },
        { lang: voiceLang, name: 'Page voice' },
      ],
    });
    await page.goto(`/relief?lang=${locale}`);
    const toggle = page.getByRole('button', { name: t('relief.voice.button') });
    await toggle.click();
    const said = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(said[0]?.lang).toBe(voiceLang);
    expect(said[0]?.text).toContain(t('relief.stretch.title'));
    expect(await page.locator('#voice-note').isVisible()).toBe(false);

    const mute = await (await e2e.newContext()).newPage();
    await mute.addInitScript(install, { voices: [{ lang: 'en-GB', name: 'English voice' }] });
    await mute.goto(`/relief?lang=${locale}`);
    await mute.locator('#voice-note').waitFor({ state: 'visible' });
    expect(await mute.locator('#voice-note').textContent()).toBe(t('relief.voice.none'));
    expect(await mute.locator('#voice').isVisible()).toBe(false);
  });

  it('keeps the language: the web app opens in it, and offline /relief is the saved page in it', async () => {
    const context = await e2e.newContext();
    const page = await context.newPage();
    await page.goto(`/relief?lang=${locale}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.goto('/diary');
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await page.locator('.languages').waitFor();
    expect(await page.locator('.section-nav a').first().textContent()).toBe(
      CATALOGS.common[locale]['common.section.relief'],
    );

    await context.setOffline(true);
    await page.goto('/relief');
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    expect(await page.locator('h1').textContent()).toBe(t('relief.h1'));
  });
});
