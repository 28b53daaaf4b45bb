// POST /api/triage, saved checks and the /check result in zh-Hans, ru and ja: the same answer as in English
// (level, action id, rule ids, self-care ids, number), worded from the triage catalog; English unchanged;
// the emergency number follows the country, never the language.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/content/knowledge-base.js';
import type { TriageResponse } from '../../src/contract/triage.js';
import { type TriageResult, triage } from '../../src/core/triage/index.js';
import { VIGNETTES } from '../../src/core/triage/vignettes.js';
import { V2_VIGNETTES } from '../../src/core/triage/vignettes-v2.js';
import { CATALOGS } from '../../src/i18n/catalogs.js';
import type { Locale } from '../../src/i18n/locales.js';
import type { Store } from '../../src/server/db/connect.js';
import { knowledgeIn } from '../../src/server/localized-knowledge.js';
import { localizeEngineResult, triageIntl } from '../../src/server/triage/localize.js';
import { signUp, testApp } from '../support/app.js';
import { messageIds } from '../support/language.js';
import { storeTargets } from '../support/stores.js';

const TRANSLATED: Locale[] = ['zh-Hans', 'ru', 'ja'];
const ALL: Locale[] = ['en', ...TRANSLATED];

type Answer = TriageResponse;

const bodyOf = (vignette: (typeof VIGNETTES)[number]) => ({
  findings: Object.fromEntries(vignette.findings.map((name) => [name, true])),
  ...(vignette.gestationalWeek !== undefined ? { gestationalWeek: vignette.gestationalWeek } : {}),
  ...(vignette.postpartumWeeks !== undefined ? { postpartumWeeks: vignette.postpartumWeeks } : {}),
  ...(vignette.bloodPressure ? { bloodPressure: vignette.bloodPressure } : {}),
});

/** The catalog's own text for a message, with the number filled in. */
const catalog = (locale: Locale, id: string, number: string) =>
  triageIntl(locale).formatMessage({ id }, { number });

describe.each(storeTargets)('triage answers in four languages on $name', (target) => {
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

  // The language by cookie and the region by the browser (en-GB), so only the words may differ.
  const post = (payload: object, locale: Locale, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/triage',
      payload,
      headers: { 'accept-language': 'en-GB', cookie: `crampwise_lang=${locale}`, ...headers },
    });

  it('gives every vignette the same level, action, rules, self-care and number in every language', async () => {
    for (const vignette of [...VIGNETTES, ...V2_VIGNETTES]) {
      const body = bodyOf(vignette);
      const engine = triage(body, { region: 'GB' });
      for (const locale of ALL) {
        const response = await post(body, locale);
        expect(response.statusCode, `${vignette.id} ${locale}`).toBe(200);
        const json = response.json() as Answer;
        expect(json.level, `${vignette.id} ${locale}`).toBe(vignette.expected);
        expect(json.actionId).toBe(engine.actionId);
        expect(json.reasons.map((r) => r.rule)).toEqual(engine.reasons.map((r) => r.rule));
        expect(json.selfCare).toEqual(engine.selfCare);
        expect(json.emergencyNumber.number).toBe('999');
        // The words are the engine's in English and the catalog's otherwise, nothing else.
        const words = localizeEngineResult(engine, locale);
        expect(json.action).toBe(words.action);
        expect(json.reasons.map((r) => r.explanation)).toEqual(words.reasons.map((r) => r.explanation));
        expect(json.watchFor).toEqual(words.watchFor);
        if (locale === 'en') {
          expect(json.action).toBe(engine.action);
          expect(json.watchFor).toEqual(engine.watchFor);
        } else {
          const text = [
            json.action,
            json.emergencyNumber.label,
            ...json.reasons.map((r) => r.explanation),
            ...json.watchFor,
            ...json.selfCareItems.map((item) => item.title),
          ].join(' ');
          expect(messageIds(text)).toEqual([]);
          for (const line of json.watchFor)
            expect(line, `${vignette.id} ${locale}`).not.toMatch(/\b(call|contact|the)\b/);
        }
      }
    }
  });

  it('keeps the clot and pre-eclampsia answers in Japanese and Russian', async () => {
    const clot = { findings: { one_leg_swollen: true, racing_heart: true }, gestationalWeek: 30 };
    const preeclampsia = {
      findings: { severe_headache: true },
      gestationalWeek: 34,
      bloodPressure: { systolic: 165, diastolic: 112 },
    };
    const pregnancyClot = { findings: { one_leg_swollen: true }, gestationalWeek: 9 };
    for (const locale of ['ja', 'ru'] as const) {
      const emergency = (await post(clot, locale)).json() as Answer;
      expect(emergency.level).toBe('emergency');
      expect(emergency.reasons[0]?.explanation).toBe(
        catalog(locale, 'triage.reason.clot-reaching-the-lungs', '999'),
      );
      const severe = (await post(preeclampsia, locale)).json() as Answer;
      expect(severe.level).toBe('emergency');
      expect(severe.reasons.map((r) => r.rule)).toContain('severe-hypertension-with-symptoms');
      expect(severe.reasons[0]?.explanation).toContain('160/110');
      const urgent = (await post(pregnancyClot, locale)).json() as Answer;
      expect(urgent).toMatchObject({ level: 'urgent', actionId: 'seen-today' });
      expect(urgent.action).toBe(catalog(locale, 'triage.action.seen-today', '999'));
      expect(urgent.watchFor).toContain(CATALOGS.triage[locale]['triage.watch.no-massage']);
    }
  });

  it('titles the self-care items in the language and keeps each source’s own title', async () => {
    const englishKnowledge = loadKnowledgeBase();
    const body = { findings: { frequent_cramps: true } };
    const english = (await post(body, 'en')).json() as Answer;
    for (const locale of TRANSLATED) {
      const json = (await post(body, locale)).json() as Answer;
      const items = knowledgeIn(englishKnowledge, locale);
      expect(json.selfCareItems.map((item) => item.title)).toEqual(
        json.selfCare.map((id) => items.item(id)?.title),
      );
      expect(json.selfCareItems.map((item) => item.title)).not.toEqual(
        english.selfCareItems.map((item) => item.title),
      );
      expect(json.reasons.flatMap((r) => r.citations)).toEqual(english.reasons.flatMap((r) => r.citations));
    }
  });

  describe('the number follows the country, not the language', () => {
    const chestPain = { findings: { chest_pain: true } };
    it.each([
      ['ru-DE,ru;q=0.9', 'ru', '112', 'Германия'],
      ['ru-RU,ru;q=0.9', 'ru', '103', 'Россия'],
      ['ja-JP,ja;q=0.9', 'ja', '119', '日本'],
      ['zh-CN,zh;q=0.9', 'zh-Hans', '120', '中国'],
      ['ja-DE', 'ja', '112', 'ドイツ'],
    ] as const)('%s → %s text, %s', async (acceptLanguage, locale, number, country) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/triage',
        payload: chestPain,
        headers: { 'accept-language': acceptLanguage },
      });
      const json = response.json() as Answer;
      expect(json.emergencyNumber).toMatchObject({ number, label: country });
      expect(json.action).toContain(number);
      expect(json.action).toContain(country);
      expect(json.action).toBe(
        triageIntl(locale).formatMessage(
          { id: 'triage.action.call-emergency' },
          {
            number,
            where: triageIntl(locale).formatMessage(
              { id: 'triage.action.where.region' },
              { region: country },
            ),
          },
        ),
      );
      expect(json.watchFor).toContain(catalog(locale, 'triage.escalation.while-waiting', number));
    });

    it('fills 119 into the Japanese watch-for lines in Japan', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/triage',
        payload: { findings: { leg_weakness: true } },
        headers: { 'accept-language': 'ja-JP' },
      });
      const json = response.json() as Answer;
      expect(json.watchFor).toContain(catalog('ja', 'triage.watch.bladder-bowel', '119'));
    });
  });

  it('reads a saved check back in the language asked for, stored as the engine wrote it', async () => {
    const person = await signUp(app, { region: 'DE' });
    const profile = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { language: 'ja' },
      headers: { cookie: person.cookie },
    });
    expect(profile.statusCode).toBe(200);
    const body = { findings: { one_leg_swollen: true }, gestationalWeek: 30 };
    // The profile's language answers when the browser made no explicit choice.
    const answer = await app.inject({
      method: 'POST',
      url: '/api/triage',
      payload: body,
      headers: { cookie: person.cookie, 'accept-language': 'en-GB' },
    });
    const json = answer.json() as Answer;
    const engine = triage(body, { region: 'DE' });
    expect(json.emergencyNumber).toEqual({ number: '112', region: 'DE', label: 'ドイツ' });
    expect(json.action).toBe(localizeEngineResult(engine, 'ja').action);

    const history = (headers: Record<string, string>, query = '') =>
      app.inject({
        method: 'GET',
        url: `/api/triage/history${query}`,
        headers: { cookie: person.cookie, ...headers },
      });
    const first = await history({});
    expect(first.statusCode, first.body).toBe(200);
    const inJapanese = first.json().items[0].result as TriageResult;
    expect(inJapanese.reasons.map((r) => r.explanation)).toEqual(json.reasons.map((r) => r.explanation));
    const inRussian = (await history({ cookie: `${person.cookie}; crampwise_lang=ru` })).json().items[0]
      .result as TriageResult;
    expect(inRussian).toMatchObject({ level: 'urgent', actionId: 'seen-today' });
    expect(inRussian).toEqual(localizeEngineResult(engine, 'ru'));
    const inEnglish = (await history({ cookie: `${person.cookie}; crampwise_lang=en` })).json().items[0]
      .result as TriageResult;
    expect(inEnglish).toEqual(engine);
  });
});

describe('the /check result page in the language', () => {
  let store: Store;
  let app: FastifyInstance;
  const target = storeTargets[0];

  beforeAll(async () => {
    if (!target) throw new Error('no store');
    store = await target.open();
    app = await testApp(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const result = (locale: Locale, payload: string, acceptLanguage = 'en-GB') =>
    app.inject({
      method: 'POST',
      url: '/check',
      payload,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `crampwise_lang=${locale}`,
        'accept-language': acceptLanguage,
      },
    });

  it.each(TRANSLATED)('words an emergency result in %s', async (locale) => {
    const response = await result(locale, 'step=1&go=emergency&f=chest_pain');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe(locale);
    const html = response.body;
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain(catalog(locale, 'triage.headline.emergency', '999'));
    expect(html).toContain(catalog(locale, 'triage.result.callNumber', '999'));
    expect(html).toContain('href="tel:999"');
    expect(html).not.toContain('Call 999');
    expect(messageIds(html.slice(html.indexOf('<main')))).toEqual([]);
  });

  it('words an urgent clot result in Japanese with #7119 and the clot steps', async () => {
    const response = await result('ja', 'step=5&go=next&f=one_leg_swollen&week=30', 'ja-JP');
    const html = response.body;
    expect(html).toContain('data-level="urgent"');
    expect(html).toContain('救急安心センター（#7119） に電話');
    expect(html).toContain('href="tel:%237119"');
    expect(html).toContain(CATALOGS.triage.ja['triage.adviceLine.JP.note']);
    expect(html).toContain(CATALOGS.triage.ja['triage.doNow.noRub']);
    expect(html).toContain(CATALOGS.triage.ja['triage.reason.dvt-one-leg-swollen']);
  });

  it('keeps the English result as it was', async () => {
    const response = await result('en', 'step=1&go=emergency&f=chest_pain');
    const html = response.body;
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Call 999 now');
    expect(html).toContain('If you are alone, unlock the door');
    expect(html).toContain('Chest pain, sudden breathlessness, coughing up blood or fainting');
  });
});
