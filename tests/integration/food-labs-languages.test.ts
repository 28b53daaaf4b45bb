// The food check's and the lab explainer's API answers in zh-Hans, ru and ja: the words come from the
// food and labs catalogs (asserted against the catalog, not restated), while ids, numbers, units, flags and
// the contact-today decision are the English answer's; English itself is unchanged.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabAnalytesResponse, LabInterpretResponse } from '../../src/contract/labs.js';
import type { NutritionDayResponse, NutritionFoodsResponse } from '../../src/contract/nutrition.js';
import { serverIntl } from '../../src/i18n/server-intl.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const LOCALES = ['zh-Hans', 'ru', 'ja'] as const;

describe.each(storeTargets)('food check and lab results in four languages on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
    ({ cookie } = await signUp(app, { timezone: 'Europe/London' }));
    // 30 weeks pregnant on NOW, with no birth year (the adult default band).
    const due = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { dueDate: '2027-01-31' },
    });
    expect(due.statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const withLang = (lang: string | null) =>
    lang === null ? { cookie } : { cookie: `${cookie}; crampwise_lang=${lang}` };

  async function interpret(lang: string | null, payload: Record<string, unknown>) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/labs/interpret',
      headers: withLang(lang),
      payload,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as LabInterpretResponse;
  }
  async function nutritionDay(lang: string | null, payload: Record<string, unknown>) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/nutrition/day',
      headers: withLang(lang),
      payload,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as NutritionDayResponse;
  }

  it('lists the analytes with their names from the catalog, in the Accept-Language, with the same ids and units', async () => {
    const english = await app.inject({ method: 'GET', url: '/api/labs/analytes' });
    const en = english.json() as LabAnalytesResponse;
    expect(en.analytes.find((a) => a.id === 'potassium')?.plain).toBe('Potassium in the blood');
    for (const [locale, header] of [
      ['zh-Hans', 'zh-CN,zh;q=0.9'],
      ['ru', 'ru-RU,ru;q=0.9'],
      ['ja', 'ja-JP,ja;q=0.9'],
    ] as const) {
      const response = await app.inject({
        method: 'GET',
        url: '/api/labs/analytes',
        headers: { 'accept-language': header },
      });
      expect(response.headers['content-language']).toBe(locale);
      expect(response.headers.vary).toContain('Accept-Language');
      const local = response.json() as LabAnalytesResponse;
      const intl = serverIntl(locale, ['labs']);
      expect(local.analytes.map((a) => [a.id, a.units, a.takesAlbumin])).toEqual(
        en.analytes.map((a) => [a.id, a.units, a.takesAlbumin]),
      );
      const potassium = local.analytes.find((a) => a.id === 'potassium')!;
      expect(potassium.plain).toBe(intl.formatMessage({ id: 'labs.analyte.potassium.plain' }));
      expect(potassium.label).toBe(intl.formatMessage({ id: 'labs.analyte.potassium.label' }));
    }
  });

  it.each(LOCALES)(
    '%s: an urgent potassium says the same as the English, with the same thresholds',
    async (locale) => {
      const payload = { analyte: 'potassium', value: 6.5, unit: 'mmol/L' };
      const en = await interpret(null, payload);
      expect(en.contactToday).toBe(true);
      expect(en.advice).toContain('contact your maternity team (your midwife or the maternity unit) today');
      const local = await interpret(locale, payload);
      const intl = serverIntl(locale, ['labs']);
      expect({
        ...local,
        label: en.label,
        advice: en.advice,
        askMidwife: en.askMidwife,
        caveats: en.caveats,
        range: { ...local.range, note: en.range.note },
      }).toEqual(en);
      expect(local.advice).toContain(intl.formatMessage({ id: 'labs.advice.urgent' }));
      expect(local.advice).toContain(intl.formatMessage({ id: 'labs.advice.notDiagnosis' }));
      expect(local.askMidwife).toEqual([
        intl.formatMessage({ id: 'labs.ask.repeatSample' }),
        intl.formatMessage({ id: 'labs.ask.kidneyFunction' }),
      ]);
      expect(local.caveats).toEqual([intl.formatMessage({ id: 'labs.caveat.potassium' })]);
      expect(local.range.note).toBe(intl.formatMessage({ id: 'labs.note.potassium' }));
    },
  );

  it.each(LOCALES)('%s: a calcium corrected for albumin keeps its numbers and flag', async (locale) => {
    const payload = {
      analyte: 'calcium-total',
      value: 9.0,
      unit: 'mg/dL',
      albumin: { value: 30, unit: 'g/L' },
    };
    const en = await interpret(null, payload);
    const local = await interpret(locale, payload);
    expect([local.flag, local.contactToday, local.value, local.conversions, local.corrected?.value]).toEqual([
      en.flag,
      en.contactToday,
      en.value,
      en.conversions,
      en.corrected?.value,
    ]);
    const intl = serverIntl(locale, ['labs']);
    expect(local.corrected?.formula).toBe(intl.formatMessage({ id: 'labs.formula' }));
    expect(local.label).toBe(intl.formatMessage({ id: 'labs.analyte.calciumTotal.label' }));
    expect(local.advice).not.toContain('Your');
  });

  it('follows the profile’s language when the browser made no choice, and keeps English as it was', async () => {
    const { cookie: mia } = await signUp(app, { timezone: 'Europe/London' });
    const before = await app.inject({
      method: 'POST',
      url: '/api/labs/interpret',
      headers: { cookie: mia },
      payload: { analyte: 'sodium', value: 150, unit: 'mmol/L' },
    });
    expect((before.json() as LabInterpretResponse).advice).toBe(
      'Your sodium result is above the usual range. One result outside a range often has a simple reason. ' +
        'Ask your midwife or doctor what it means for you; the questions below may help. ' +
        'This explains a number; it is not a diagnosis.',
    );
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: mia },
      payload: { language: 'ja' },
    });
    expect(patched.statusCode).toBe(200);
    const after = await app.inject({
      method: 'POST',
      url: '/api/labs/interpret',
      headers: { cookie: mia },
      payload: { analyte: 'sodium', value: 150, unit: 'mmol/L' },
    });
    expect((after.json() as LabInterpretResponse).advice).toContain(
      serverIntl('ja', ['labs']).formatMessage({ id: 'labs.advice.outside' }),
    );
  });

  it.each([
    ['zh-Hans', '豆腐'],
    ['ru', 'тофу'],
    ['ja', '豆腐'],
  ] as const)(
    '%s: the foods carry their local names and search words; a day’s sentences are translated',
    async (locale, word) => {
      const foods = (
        await app.inject({ method: 'GET', url: `/api/nutrition/foods?lang=${locale}` })
      ).json() as NutritionFoodsResponse;
      const english = (
        await app.inject({ method: 'GET', url: '/api/nutrition/foods' })
      ).json() as NutritionFoodsResponse;
      const intl = serverIntl(locale, ['food']);
      const tofu = foods.foods.find((f) => f.id === 'food.tofu')!;
      expect(tofu.title).toBe(intl.formatMessage({ id: 'food.name.tofu' }));
      expect([tofu.title, ...tofu.aliases].some((w) => w.toLowerCase().includes(word))).toBe(true);
      expect(tofu.fdcDescription).toBe('Tofu, raw, firm, prepared with calcium sulfate');
      expect(foods.foods.map((f) => [f.id, f.perServing, f.fdcId])).toEqual(
        english.foods.map((f) => [f.id, f.perServing, f.fdcId]),
      );
      expect(english.foods.find((f) => f.id === 'food.tofu')?.title).toBe(
        'Tofu (firm, set with calcium sulfate)',
      );

      const payload = {
        items: [{ food: 'food.banana', servings: 2 }],
        supplements: [{ nutrient: 'magnesium', amount: 400, unit: 'mg' }],
      };
      const en = await nutritionDay(null, payload);
      const local = await nutritionDay(locale, payload);
      expect([local.totals, local.targets, local.gaps.map((g) => [g.nutrient, g.missing])]).toEqual([
        en.totals,
        en.targets,
        en.gaps.map((g) => [g.nutrient, g.missing]),
      ]);
      expect(en.warnings[0]?.message).toBe(
        'Supplements give 400 mg of magnesium, over the upper limit of 350 mg from supplements. ' +
          'Check the dose with your midwife, doctor or pharmacist before taking more.',
      );
      expect(local.warnings[0]?.message).not.toBe(en.warnings[0]?.message);
      expect(local.warnings[0]?.message).toContain('350');
      expect(local.targetsTable).toBe(intl.formatMessage({ id: 'food.targetsTable' }));
      const calcium = local.gaps.find((g) => g.nutrient === 'calcium')!;
      expect(calcium.foods[0]?.title).toBe(intl.formatMessage({ id: 'food.name.tofu' }));
    },
  );
});
