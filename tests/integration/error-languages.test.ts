// The API's refusals in the request's language: the same bad requests in en, zh-Hans, ru and ja answer the
// same status, code and field keys, with the words of the `errors` catalog; English stays word for word.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_LIMITS } from '../../src/contract/auth.js';
import type { Locale } from '../../src/i18n/locales.js';
import { serverIntl } from '../../src/i18n/server-intl.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const TRANSLATED = ['zh-Hans', 'ru', 'ja'] as const satisfies readonly Locale[];
const say = (locale: Locale, id: string, values?: Record<string, string | number>) =>
  serverIntl(locale, ['errors']).formatMessage({ id }, values);

type Body = { error: { code: string; message: string; fields?: Record<string, string> } };
const errorOf = (response: LightMyRequestResponse) => (response.json() as Body).error;

describe.each(storeTargets)('error messages per language on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
    cookie = (await signUp(app)).cookie;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const lang = (locale: Locale) => `crampwise_lang=${locale}`;

  /** Each bad request with the English it answers today and the catalog words it answers in `locale`. */
  const cases = [
    {
      name: 'sign-up with a short password',
      send: (locale: Locale) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/signup',
          headers: { cookie: lang(locale) },
          payload: { email: 'short@example.com', password: 'short' },
        }),
      status: 400,
      code: 'invalid_input',
      english: {
        message: 'Some fields are not valid.',
        fields: { password: `must be at least ${AUTH_LIMITS.passwordMin} characters` },
      },
      translated: (locale: Locale) => ({
        message: say(locale, 'errors.message.invalidFields'),
        fields: {
          password: say(locale, 'errors.field.atLeastCharacters', { min: AUTH_LIMITS.passwordMin }),
        },
      }),
    },
    {
      name: 'a diary episode in the future',
      send: (locale: Locale) =>
        app.inject({
          method: 'POST',
          url: '/api/episodes',
          headers: { cookie: `${cookie}; ${lang(locale)}` },
          payload: { startedAt: new Date(NOW.getTime() + 60 * 60_000).toISOString() },
        }),
      status: 400,
      code: 'invalid_input',
      english: {
        message: 'Some fields are not valid.',
        fields: { startedAt: 'must not be more than 5 minutes in the future' },
      },
      translated: (locale: Locale) => ({
        message: say(locale, 'errors.message.invalidFields'),
        fields: { startedAt: say(locale, 'errors.field.future') },
      }),
    },
    {
      name: 'a triage body with a misspelt finding',
      send: (locale: Locale) =>
        app.inject({
          method: 'POST',
          url: '/api/triage',
          headers: { cookie: lang(locale) },
          payload: { findings: { one_leg_swolen: true } },
        }),
      status: 400,
      code: 'invalid_input',
      english: {
        message:
          "Invalid triage input. findings.one_leg_swolen: Unknown finding 'one_leg_swolen'. Did you mean 'one_leg_swollen'?",
        fields: {
          'findings.one_leg_swolen': "Unknown finding 'one_leg_swolen'. Did you mean 'one_leg_swollen'?",
        },
      },
      translated: (locale: Locale) => {
        const field = say(locale, 'errors.field.unknownFindingSuggestOne', {
          name: 'one_leg_swolen',
          suggestion: 'one_leg_swollen',
        });
        return {
          message: say(locale, 'errors.message.triageInvalid', {
            summary: `findings.one_leg_swolen: ${field}`,
          }),
          fields: { 'findings.one_leg_swolen': field },
        };
      },
    },
    {
      name: 'an unknown API route',
      send: (locale: Locale) => app.inject({ url: '/api/no-such-thing', headers: { cookie: lang(locale) } }),
      status: 404,
      code: 'not_found',
      english: { message: 'GET /api/no-such-thing was not found.' },
      translated: (locale: Locale) => ({
        message: say(locale, 'errors.message.notFound', { what: 'GET /api/no-such-thing' }),
      }),
    },
    {
      name: 'a diary read without a session',
      send: (locale: Locale) => app.inject({ url: '/api/episodes', headers: { cookie: lang(locale) } }),
      status: 401,
      code: 'unauthenticated',
      english: { message: 'Please log in first.' },
      translated: (locale: Locale) => ({ message: say(locale, 'errors.code.unauthenticated') }),
    },
  ];

  describe.each(cases)('$name', (c) => {
    it('answers in English word for word, as before', async () => {
      const response = await c.send('en');
      expect(response.statusCode).toBe(c.status);
      expect(errorOf(response)).toEqual({ code: c.code, ...c.english });
    });

    it.each(TRANSLATED)(
      'answers the same status, code and field keys in %s, in the catalog words',
      async (locale) => {
        const response = await c.send(locale);
        expect(response.statusCode).toBe(c.status);
        const error = errorOf(response);
        expect(error).toEqual({ code: c.code, ...c.translated(locale) });
        expect(Object.keys(error.fields ?? {})).toEqual(Object.keys(c.english.fields ?? {}));
        expect(error.message).not.toBe(c.english.message);
        for (const [key, words] of Object.entries(error.fields ?? {}))
          expect(words).not.toBe((c.english.fields as Record<string, string> | undefined)?.[key]);
      },
    );
  });

  it('"Did you mean" lists several names in the language too', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/triage',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
      payload: { gestationalWek: 30 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual({
      gestationalWek: say('ru', 'errors.field.unknownFieldSuggestOne', {
        name: 'gestationalWek',
        suggestion: 'gestationalWeek',
      }),
    });
    expect(errorOf(response).fields?.gestationalWek).toContain(
      'Возможно, вы имели в виду «gestationalWeek»?',
    );
  });

  it("answers a signed-in person in their profile's language when the browser chose none", async () => {
    const person = await signUp(app);
    const set = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie },
      payload: { language: 'ja' },
    });
    expect(set.statusCode).toBe(200);
    // No language cookie on this request (another browser, say): the route reads the person, so the
    // refusal follows their profile rather than the browser's English.
    const response = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: person.cookie, 'accept-language': 'en' },
      payload: { birthYear: 1950 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'invalid_input',
      message: say('ja', 'errors.message.invalidFields'),
      fields: { birthYear: say('ja', 'errors.field.between', { low: 1966, high: 2016 }) },
    });
  });

  it("a check zod words itself (a wrong type) comes in zod's own words for the language", async () => {
    const send = (locale: Locale) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        headers: { cookie: lang(locale) },
        payload: { email: 'typed@example.com', password: 12345678901 },
      });
    const english = errorOf(await send('en')).fields?.password;
    expect(english).toBe('Invalid input: expected string, received number');
    expect(errorOf(await send('ru')).fields?.password).toMatch(/^Неверный ввод/);
    expect(errorOf(await send('ja')).fields?.password).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(errorOf(await send('zh-Hans')).fields?.password).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a refused address, before any hook runs, answers in the cookie language', async () => {
    const response = await app.inject({ url: '/api/episodes/%ZZ', headers: { cookie: lang('ru') } });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'invalid_input',
      message: say('ru', 'errors.message.addressInvalid'),
    });
  });
});
