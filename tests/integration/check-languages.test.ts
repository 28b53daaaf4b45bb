// The /check questionnaire in Chinese, Russian and Japanese: every step page, its frame and the offline
// questionnaire come from the check catalog in the request's language (?lang=, the cookie or
// Accept-Language), say so in <html lang> and Content-Language, and English stays as it was.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDINGS, findingsInGroup } from '../../src/core/triage/index.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { OfflineScriptText } from '../../src/server/check/fields.js';
import type { Store } from '../../src/server/db/connect.js';
import { testApp } from '../support/app.js';
import { englishLeaks, messageIds } from '../support/language.js';
import { storeTargets } from '../support/stores.js';

const LOCALES = ['zh-Hans', 'ru', 'ja'] as const;
/** Names and units that may stay Latin on a translated step: the brand, °C/°F, the NHS. */
const NAMES = ['C', 'F', 'NHS'];

const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];
const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
/** The words of the page's main content as a reader gets them (tags and attributes left out). */
const mainText = (response: LightMyRequestResponse) => {
  const body = response.body;
  const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'));
  // Inline tags join their words; block tags part them.
  const words = main.replace(/<\/?(?:a|span)\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ');
  return decode(words).replace(/\s+/g, ' ');
};
/** A catalog message with its tags dropped, as the page shows its text. */
const plain = (text: string) => text.replace(/<\/?\w+>/g, '');

describe.each(storeTargets)('/check in every language on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => new Date('2025-03-01T12:00:00Z') });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const post = (payload: string, locale: string) =>
    app.inject({
      method: 'POST',
      url: '/check',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'en-GB',
        cookie: `crampwise_lang=${locale}`,
      },
      payload,
    });

  describe.each(LOCALES)('%s', (locale) => {
    const t = (id: string, values: Record<string, string | number> = {}) =>
      Object.entries(values).reduce(
        (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
        plain(CATALOGS.check[locale][id]!),
      );

    it('asks the first step in the language: red flags, stage, buttons, frame and headers', async () => {
      const response = await app.inject({
        url: `/check?lang=${locale}`,
        headers: { 'accept-language': 'en-GB' },
      });
      expect(response.statusCode).toBe(200);
      expect(htmlLang(response.body)).toBe(locale);
      expect(response.headers['content-language']).toBe(locale);
      expect(String(response.headers.vary)).toMatch(/Accept-Language/);
      expect(String(response.headers.vary)).toMatch(/Cookie/);
      // The page exists in every language, so it names the others.
      expect(response.body).toMatch(/<link rel="alternate" hreflang="ja"/i);
      const text = mainText(response);
      expect(text).toContain(t('check.step1.heading'));
      expect(text).toContain(t('check.progress', { step: 1, count: 5 }));
      for (const name of findingsInGroup('emergency')) {
        expect(text).toContain(t(`check.q.${name}`));
        expect(text).toContain(t(`check.why.${name}`));
      }
      expect(text).toContain(t('check.q.sudden_breathlessness'));
      expect(text).toContain(t('check.stage.legend'));
      expect(text).toContain(t('check.button.emergency'));
      expect(text).toContain(t('check.callNow', { number: '999' }));
      expect(text).not.toContain('Have you suddenly become short of breath?');
      expect(englishLeaks(text, NAMES)).toEqual([]);
      expect(messageIds(text)).toEqual([]);
      expect(response.body).toContain(`data-unreachable="${t('check.unreachable')}"`);
    });

    it('walks every step in the language, after the birth too, with its field labels', async () => {
      let payload = 'step=1&stage=pregnant&go=next';
      for (const step of [2, 3, 4, 5] as const) {
        const response = await post(payload, locale);
        expect(response.statusCode).toBe(200);
        expect(htmlLang(response.body)).toBe(locale);
        const text = mainText(response);
        expect(text).toContain(t(`check.step${step}.heading`));
        expect(text).toContain(t('check.button.back'));
        expect(englishLeaks(text, NAMES)).toEqual([]);
        expect(messageIds(text)).toEqual([]);
        if (step === 2) expect(text).toContain(t('check.q.one_leg_swollen'));
        if (step === 3) expect(text).toContain(t('check.q.reduced_fetal_movement'));
        if (step === 4) expect(text).toContain(t('check.q.previous_clot'));
        if (step === 5) {
          expect(text).toContain(t('check.bp.hint'));
          expect(text).toContain(t('check.week.hint', { min: 0, max: 45 }));
          expect(text).toContain(t('check.button.show'));
        }
        payload = `step=${step}&stage=pregnant&go=next`;
      }
      // A week that does not read is put on its box with the label in the language.
      const wrong = await post('step=5&stage=pregnant&week=99&go=next', locale);
      expect(wrong.statusCode).toBe(400);
      expect(mainText(wrong)).toContain(t('check.checkNumbers'));
      expect(mainText(wrong)).toContain(`${t('check.field.week')}${locale === 'ru' ? ':' : '：'}`);

      const after = await post('step=2&stage=after-birth&pp=3&go=next', locale);
      const afterText = mainText(after);
      expect(afterText).toContain(t('check.afterBirth.step3.heading'));
      expect(afterText).not.toContain(t('check.q.reduced_fetal_movement'));
    });

    it('says in the language when "Yes" is pressed with nothing ticked', async () => {
      const response = await post('step=1&go=emergency', locale);
      expect(response.statusCode).toBe(400);
      expect(mainText(response)).toContain(t('check.needsTick', { number: '999' }));
    });

    it('names an unreadable form in the language (the problems themselves are the errors area)', async () => {
      const response = await post('step=1&nonsense=1', locale);
      expect(response.statusCode).toBe(400);
      expect(htmlLang(response.body)).toBe(locale);
      expect(mainText(response)).toContain(t('check.problem.heading'));
      expect(mainText(response)).toContain(t('check.problem.restart'));
    });

    it('gives the offline questionnaire in the language, with its script texts as page data', async () => {
      const response = await app.inject({
        url: `/check/offline?lang=${locale}`,
        headers: { 'accept-language': 'en-GB' },
      });
      expect(response.statusCode).toBe(200);
      expect(htmlLang(response.body)).toBe(locale);
      expect(response.headers['content-language']).toBe(locale);
      const text = mainText(response);
      expect(text).toContain(t('check.offline.note'));
      // The severe headache is asked under the headache, as its follow-up.
      for (const finding of FINDINGS.filter((f) => f.name !== 'severe_headache'))
        expect(text).toContain(t(`check.q.${finding.name}`));
      expect(text).toContain(t('check.headacheFollowUp'));
      expect(text).toContain(t('check.afterBirth.step3.heading'));
      expect(englishLeaks(text, NAMES)).toEqual([]);
      expect(messageIds(text)).toEqual([]);
      const data = /data-text="([^"]*)"/.exec(response.body)?.[1];
      const script = JSON.parse(decode(data!)) as OfflineScriptText;
      expect(script.doNow).toBe(t('check.offline.doNow'));
      expect(script.needsTick).toBe(t('check.offline.needsTick', { number: '999' }));
      expect(script.call).toBe(t('check.offline.call'));
      expect(script.labels.gestationalWeek).toBe(t('check.field.week'));
      expect(script.resultTitle).toContain('{level}');
    });
  });

  it('follows Accept-Language without a cookie (ja-JP → ja)', async () => {
    const response = await app.inject({ url: '/check', headers: { 'accept-language': 'ja-JP,ja;q=0.9' } });
    expect(htmlLang(response.body)).toBe('ja');
    expect(mainText(response)).toContain(plain(CATALOGS.check.ja['check.q.chest_pain']!));
  });

  it('leaves English as it was: the engine’s own questions, words and numbers', async () => {
    const response = await app.inject({ url: '/check', headers: { 'accept-language': 'en-GB' } });
    expect(htmlLang(response.body)).toBe('en');
    expect(response.headers['content-language']).toBe('en');
    const text = mainText(response);
    for (const name of findingsInGroup('emergency')) {
      const finding = FINDINGS.find((f) => f.name === name)!;
      expect(text).toContain(finding.question);
      expect(text).toContain(finding.why);
    }
    expect(text).toContain('Right now, do you have any of these?');
    expect(text).toContain('Step 1 of 5');
    expect(text).toContain('Already sure you need help? Call 999.');
  });
});
