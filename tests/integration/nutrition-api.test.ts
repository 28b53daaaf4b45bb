// POST /api/nutrition/day and GET /api/nutrition/foods on both stores: a worked day with hand-computed
// figures, the age band read from the profile, and every 400 by the field it names.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NutritionDayResponse, NutritionFoodsResponse } from '../../src/contract/nutrition.js';
import type { Store } from '../../src/server/db/connect.js';
import { signUp, testApp } from '../support/app.js';
import { storeTargets } from '../support/stores.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe.each(storeTargets)('the food check on $name', (target) => {
  let store: Store;
  let app: FastifyInstance;
  let teen: string;
  let noYear: string;

  beforeAll(async () => {
    store = await target.open();
    app = await testApp(store, { now: () => NOW });
    ({ cookie: teen } = await signUp(app, { timezone: 'Europe/London' }));
    // Born 2008: she turns 18 in 2026, so the 14–18 band (calcium 1300 mg, magnesium 400 mg, potassium 2600 mg).
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: teen },
      payload: { birthYear: 2008 },
    });
    expect(patched.statusCode).toBe(200);
    ({ cookie: noYear } = await signUp(app));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const day = (cookie: string | undefined, payload: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/nutrition/day',
      ...(cookie ? { headers: { cookie } } : {}),
      payload: payload as Record<string, unknown>,
    });

  it('adds up a vegan day for an 18-year-old, with the gaps, the foods that close them and the magnesium warning', async () => {
    // Soy milk ×2: Ca 301×2 = 602, Mg 39×2 = 78, K 292×2 = 584, D 2.7×2 = 5.4 µg
    // Tofu ×0.5: Ca 290.5, Mg 24.5, K 100.5 · Banana ×1: Ca 6, Mg 32, K 422 · Spinach ×0.5: Ca 122.5, Mg 78.5, K 419.5
    // Food: Ca 1021, Mg 213, K 1526, D 5.4. Supplements: Mg 400 mg; D 400 IU / 40 = 10 µg.
    const response = await day(teen, {
      items: [
        { food: 'food.fortified-plant-milk', servings: 2 },
        { food: 'food.tofu', servings: 0.5 },
        { food: 'food.banana', servings: 1 },
        { food: 'food.spinach', servings: 0.5 },
      ],
      supplements: [
        { nutrient: 'magnesium', amount: 400, unit: 'mg' },
        { nutrient: 'vitaminD', amount: 400, unit: 'IU' },
      ],
      diet: ['vegan'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as NutritionDayResponse;
    expect(body.ageBand).toBe('14-18');
    expect(body.ageBandFrom).toBe('birth-year');
    expect(body.fromFood).toEqual({ calcium: 1021, magnesium: 213, potassium: 1526, vitaminD: 5.4 });
    expect(body.fromSupplements).toEqual({ calcium: 0, magnesium: 400, potassium: 0, vitaminD: 10 });
    expect(body.totals).toEqual({ calcium: 1021, magnesium: 613, potassium: 1526, vitaminD: 15.4 });
    expect(body.targets.calcium.daily).toBe(1300);
    expect(body.targets.magnesium).toMatchObject({
      daily: 400,
      upperLimit: 350,
      upperLimitCounts: 'supplements-only',
    });
    // Calcium 1300 − 1021 = 279: vegan foods only, best first, whole servings (279/268 → 2 of collards).
    // Potassium 2600 − 1526 = 1074: spinach 839 → 2, lentils 731 → 2, sweet potato 542 → 2.
    expect(body.gaps.map((g) => [g.nutrient, g.missing])).toEqual([
      ['calcium', 279],
      ['potassium', 1074],
    ]);
    expect(body.gaps[0]!.foods.map((f) => [f.food, f.servings])).toEqual([
      ['food.tofu', 1],
      ['food.fortified-plant-milk', 1],
      ['food.leafy-greens', 2],
    ]);
    expect(body.gaps[1]!.foods.map((f) => [f.food, f.servings])).toEqual([
      ['food.spinach', 2],
      ['food.lentils', 2],
      ['food.sweet-potato', 2],
    ]);
    // 400 mg of magnesium from supplements passes the 350 mg limit; the 213 mg from food does not count.
    expect(body.warnings).toEqual([
      expect.objectContaining({ nutrient: 'magnesium', amount: 400, limit: 350, counts: 'supplements-only' }),
    ]);
    expect(body.cited?.map((c) => c.key)).toContain('usda-fdc');
  });

  it('uses the adult band and says so when the profile has no birth year', async () => {
    const response = await day(noYear, { items: [{ food: 'food.banana', servings: 2 }] });
    expect(response.statusCode).toBe(200);
    const body = response.json() as NutritionDayResponse;
    expect(body).toMatchObject({ ageBand: '19-30', ageBandFrom: 'default' });
    // Banana ×2: Ca 12, Mg 64, K 844, D 0; magnesium 350 − 64 = 286.
    expect(body.totals).toEqual({ calcium: 12, magnesium: 64, potassium: 844, vitaminD: 0 });
    expect(body.gaps.find((g) => g.nutrient === 'magnesium')?.missing).toBe(286);
    expect(body.warnings).toEqual([]);
  });

  it('answers an empty day with every target as a gap', async () => {
    const response = await day(noYear, { items: [] });
    expect(response.statusCode).toBe(200);
    const body = response.json() as NutritionDayResponse;
    expect(body.gaps.map((g) => [g.nutrient, g.missing])).toEqual([
      ['calcium', 1000],
      ['magnesium', 350],
      ['potassium', 2900],
      ['vitaminD', 15],
    ]);
    // No food gives 15 µg of vitamin D in four servings: the gap says what the NHS advises instead.
    expect(body.gaps[3]!.foods).toEqual([]);
    expect(body.gaps[3]!.note).toMatch(/10 µg/);
  });

  describe('refuses bad input with the field it names', () => {
    const cases: [string, unknown, string][] = [
      ['an unknown food', { items: [{ food: 'food.pizza', servings: 1 }] }, 'items.0.food'],
      ['a food id of the wrong shape', { items: [{ food: 'Pizza!', servings: 1 }] }, 'items.0.food'],
      ['more than 20 servings', { items: [{ food: 'food.banana', servings: 21 }] }, 'items.0.servings'],
      ['negative servings', { items: [{ food: 'food.banana', servings: -1 }] }, 'items.0.servings'],
      ['servings as text', { items: [{ food: 'food.banana', servings: 'two' }] }, 'items.0.servings'],
      [
        'magnesium in IU',
        { items: [], supplements: [{ nutrient: 'magnesium', amount: 300, unit: 'IU' }] },
        'supplements.0.unit',
      ],
      [
        'vitamin D in mg',
        { items: [], supplements: [{ nutrient: 'vitaminD', amount: 10, unit: 'mg' }] },
        'supplements.0.unit',
      ],
      [
        'an impossible supplement dose',
        { items: [], supplements: [{ nutrient: 'calcium', amount: 5000, unit: 'mg' }] },
        'supplements.0.amount',
      ],
      [
        'a nutrient the check does not count',
        { items: [], supplements: [{ nutrient: 'iron', amount: 14, unit: 'mg' }] },
        'supplements.0.nutrient',
      ],
      ['an unknown diet', { items: [], diet: ['paleo'] }, 'diet.0'],
      ['no items at all', {}, 'items'],
      ['an unknown field', { items: [], sugar: 10 }, 'sugar'],
    ];
    it.each(cases)('%s', async (_name, payload, field) => {
      const response = await day(noYear, payload);
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expect(body.error.code).toBe('invalid_input');
      expect(Object.keys(body.error.fields)).toContain(field);
    });
  });

  it('names every wrong item at once', async () => {
    const response = await day(noYear, {
      items: [
        { food: 'food.banana', servings: 1 },
        { food: 'food.pizza', servings: 1 },
        { food: 'food.chips', servings: 2 },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['items.1.food', 'items.2.food']);
  });

  it('needs a signed-in person for a day, not for the food list', async () => {
    const signedOut = await day(undefined, { items: [{ food: 'food.banana', servings: 1 }] });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json().error.code).toBe('unauthenticated');
    const foods = await app.inject({ url: '/api/nutrition/foods' });
    expect(foods.statusCode).toBe(200);
  });

  it('lists every food with its per-serving figures, diet fit and FoodData Central entry', async () => {
    const body = (await app.inject({ url: '/api/nutrition/foods' })).json() as NutritionFoodsResponse;
    expect(body.foods.length).toBeGreaterThan(20);
    expect(body.source).toMatchObject({ key: 'usda-fdc', title: 'FoodData Central' });
    const milk = body.foods.find((f) => f.id === 'food.milk')!;
    expect(milk).toMatchObject({
      perServing: { calcium: 293, magnesium: 27, potassium: 342, vitaminD: 2.9 },
      fdcId: 171267,
      fits: ['vegetarian'],
    });
    const cheese = body.foods.find((f) => f.id === 'food.cheese')!;
    expect(cheese.fits).toEqual(['vegetarian', 'lactose-free']);
    for (const food of body.foods) expect(food.fdcId, food.id).toBeGreaterThan(100_000);
  });

  describe('the daily food log kept in the check-in', () => {
    const log = {
      items: [
        { food: 'food.milk', servings: 1 },
        { food: 'food.banana', servings: 2 },
      ],
      supplements: [{ nutrient: 'vitaminD', amount: 10, unit: 'µg' }],
      diet: ['vegetarian'],
    };
    const put = (cookie: string | undefined, date: string, payload: unknown) =>
      app.inject({
        method: 'PUT',
        url: `/api/nutrition/log/${date}`,
        ...(cookie ? { headers: { cookie } } : {}),
        payload: payload as Record<string, unknown>,
      });
    const get = (cookie: string, path: string) => app.inject({ url: path, headers: { cookie } });

    it('saves, replaces, survives the check-in being saved, exports and clears', async () => {
      const created = await put(teen, '2026-11-22', log);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ date: '2026-11-22', ...log });
      // The day's check-in now exists, with no other answers.
      const checkin = await get(teen, '/api/checkins/2026-11-22');
      expect(checkin.statusCode).toBe(200);
      expect(checkin.json()).toMatchObject({ waterGlasses: null, stretchedBeforeBed: null });

      const replaced = await put(teen, '2026-11-22', { ...log, items: [{ food: 'food.tofu', servings: 1 }] });
      expect(replaced.statusCode).toBe(200);
      // Saving the check-in's own answers leaves the log alone.
      const answers = await app.inject({
        method: 'PUT',
        url: '/api/checkins/2026-11-22',
        headers: { cookie: teen },
        payload: { waterGlasses: 8, stretchedBeforeBed: true },
      });
      expect(answers.statusCode).toBe(200);
      const read = await get(teen, '/api/nutrition/log/2026-11-22');
      expect(read.statusCode).toBe(200);
      expect(read.json().items).toEqual([{ food: 'food.tofu', servings: 1 }]);

      const exported = (await get(teen, '/api/export')).json();
      expect(exported.foodLogs).toEqual([
        expect.objectContaining({ date: '2026-11-22', items: [{ food: 'food.tofu', servings: 1 }] }),
      ]);
      expect(exported.checkins[0]).toMatchObject({ date: '2026-11-22', waterGlasses: 8 });

      // Someone else sees nothing of it.
      expect((await get(noYear, '/api/nutrition/log/2026-11-22')).statusCode).toBe(404);

      const cleared = await app.inject({
        method: 'DELETE',
        url: '/api/nutrition/log/2026-11-22',
        headers: { cookie: teen },
      });
      expect(cleared.statusCode).toBe(204);
      expect((await get(teen, '/api/nutrition/log/2026-11-22')).statusCode).toBe(404);
      // The check-in and its answers stay.
      expect((await get(teen, '/api/checkins/2026-11-22')).json()).toMatchObject({ waterGlasses: 8 });
      const again = await app.inject({
        method: 'DELETE',
        url: '/api/nutrition/log/2026-11-22',
        headers: { cookie: teen },
      });
      expect(again.statusCode).toBe(404);
    });

    it('refuses a log the food check would refuse, a date too far ahead or malformed, and no session', async () => {
      const unknown = await put(teen, '2026-11-21', { items: [{ food: 'food.pizza', servings: 1 }] });
      expect(unknown.statusCode).toBe(400);
      expect(Object.keys(unknown.json().error.fields)).toEqual(['items.0.food']);
      const ahead = await put(teen, '2026-11-24', log);
      expect(ahead.statusCode).toBe(400);
      expect(Object.keys(ahead.json().error.fields)).toEqual(['date']);
      const malformed = await put(teen, '2026-13-01', log);
      expect(malformed.statusCode).toBe(400);
      expect(Object.keys(malformed.json().error.fields)).toEqual(['date']);
      expect((await put(undefined, '2026-11-21', log)).statusCode).toBe(401);
      // Nothing was stored by any of them.
      expect((await get(teen, '/api/nutrition/log/2026-11-21')).statusCode).toBe(404);
    });
  });
});
