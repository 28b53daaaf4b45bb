import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/loader.js';
import { computeNutritionDay, type FoodInput, type NutritionDay } from './day.js';
import { FOOD_FACTS, fitsDiet } from './food-facts.js';

const content = loadContent();
const foods: FoodInput[] = content.items
  .filter((item) => item.kind === 'food' && item.nutrients !== undefined)
  .map((item) => ({ id: item.id, title: item.title, nutrients: item.nutrients! }));

function day(...args: Parameters<typeof computeNutritionDay>): NutritionDay {
  const result = computeNutritionDay(...args);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('food facts table', () => {
  it('has an entry for every food item and none for a food that does not exist', () => {
    const foodIds = content.items.filter((item) => item.kind === 'food').map((item) => item.id);
    expect(foodIds.length).toBeGreaterThan(20);
    expect(foodIds.filter((id) => FOOD_FACTS[id] === undefined)).toEqual([]);
    expect(Object.keys(FOOD_FACTS).filter((id) => !foodIds.includes(id))).toEqual([]);
  });

  it('cites one FoodData Central entry per food, the same id the food item names where it names one', () => {
    for (const item of content.items.filter((i) => i.kind === 'food')) {
      const facts = FOOD_FACTS[item.id]!;
      expect(Number.isInteger(facts.fdcId) && facts.fdcId > 100_000, item.id).toBe(true);
      expect(facts.fdcDescription.length, item.id).toBeGreaterThan(5);
      if (item.nutrients?.fdcId !== undefined) expect(facts.fdcId, item.id).toBe(item.nutrients.fdcId);
    }
    const ids = Object.values(FOOD_FACTS).map((f) => f.fdcId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('derives each diet choice from the animal source and lactose', () => {
    const cheese = FOOD_FACTS['food.cheese']!;
    const eggs = FOOD_FACTS['food.eggs']!;
    const meat = FOOD_FACTS['food.lean-meat']!;
    const milk = FOOD_FACTS['food.milk']!;
    expect(fitsDiet(cheese, ['vegetarian'])).toBe(true);
    expect(fitsDiet(cheese, ['lactose-free'])).toBe(true);
    expect(fitsDiet(cheese, ['no-dairy'])).toBe(false);
    expect(fitsDiet(cheese, ['vegan'])).toBe(false);
    expect(fitsDiet(milk, ['lactose-free'])).toBe(false);
    expect(fitsDiet(eggs, ['vegetarian', 'no-dairy'])).toBe(true);
    expect(fitsDiet(eggs, ['vegan'])).toBe(false);
    expect(fitsDiet(meat, ['vegetarian'])).toBe(false);
    expect(fitsDiet(meat, ['no-dairy', 'lactose-free'])).toBe(true);
  });
});

describe('a day of food against the targets', () => {
  // Banana ×2, milk ×1, spinach ×1 with 400 mg magnesium and 400 IU vitamin D, age 19–30.
  // Calcium 6×2 + 293 + 245 = 550 mg; magnesium 32×2 + 27 + 157 = 248 mg food + 400 supplement = 648 mg;
  // potassium 422×2 + 342 + 839 = 2025 mg; vitamin D 2.9 µg food + 400/40 = 10 µg supplement = 12.9 µg.
  const worked = day(
    {
      items: [
        { food: 'food.banana', servings: 2 },
        { food: 'food.milk', servings: 1 },
        { food: 'food.spinach', servings: 1 },
      ],
      supplements: [
        { nutrient: 'magnesium', amount: 400, unit: 'mg' },
        { nutrient: 'vitaminD', amount: 400, unit: 'IU' },
      ],
    },
    foods,
    { ageBand: '19-30', diet: [] },
  );

  it('adds foods × servings and supplements separately', () => {
    expect(worked.fromFood).toEqual({ calcium: 550, magnesium: 248, potassium: 2025, vitaminD: 2.9 });
    expect(worked.fromSupplements).toEqual({ calcium: 0, magnesium: 400, potassium: 0, vitaminD: 10 });
    expect(worked.totals).toEqual({ calcium: 550, magnesium: 648, potassium: 2025, vitaminD: 12.9 });
  });

  it('states the targets for the age band', () => {
    expect(worked.targets.calcium).toMatchObject({ daily: 1000, upperLimit: 2500 });
    expect(worked.targets.magnesium).toMatchObject({
      daily: 350,
      upperLimit: 350,
      upperLimitCounts: 'supplements-only',
    });
    expect(worked.targets.potassium).toMatchObject({ daily: 2900, upperLimit: null, basis: 'AI' });
    expect(worked.targets.vitaminD).toMatchObject({ daily: 15, unit: 'µg', upperLimit: 100 });
  });

  it('lists each gap with the foods that close it in whole servings', () => {
    expect(worked.gaps.map((g) => [g.nutrient, g.missing])).toEqual([
      ['calcium', 450],
      ['potassium', 875],
      ['vitaminD', 2.1],
    ]);
    // 450 mg: tofu 581 → 1; yoghurt 415 → 2; plant milk 301 → 2.
    expect(worked.gaps[0]!.foods.map((f) => [f.food, f.servings])).toEqual([
      ['food.tofu', 1],
      ['food.yoghurt', 2],
      ['food.fortified-plant-milk', 2],
    ]);
    // 875 mg: spinach 839 → 2; lentils 731 → 2; sweet potato 542 → 2.
    expect(worked.gaps[1]!.foods.map((f) => [f.food, f.servings])).toEqual([
      ['food.spinach', 2],
      ['food.lentils', 2],
      ['food.sweet-potato', 2],
    ]);
    // 2.1 µg: milk 2.9 → 1; plant milk 2.7 → 1; eggs 1.1 → 2.
    expect(worked.gaps[2]!.foods.map((f) => [f.food, f.servings])).toEqual([
      ['food.milk', 1],
      ['food.fortified-plant-milk', 1],
      ['food.eggs', 2],
    ]);
  });

  it('warns when supplements alone pass magnesium’s 350 mg limit, though food does not count', () => {
    expect(worked.warnings).toHaveLength(1);
    expect(worked.warnings[0]).toMatchObject({
      code: 'over-upper-limit',
      nutrient: 'magnesium',
      amount: 400,
      limit: 350,
      counts: 'supplements-only',
    });
  });

  it('does not warn about magnesium from food, however much', () => {
    const seeds = day({ items: [{ food: 'food.pumpkin-seeds', servings: 5 }] }, foods, {
      ageBand: '19-30',
      diet: [],
    });
    expect(seeds.totals.magnesium).toBe(770);
    expect(seeds.warnings).toEqual([]);
  });

  it('counts food and supplements together for calcium and vitamin D, with the teenage calcium limit', () => {
    // Tofu 581 × 3 = 1743 mg + 1500 mg supplement = 3243 mg > 3000 (14–18) ; vitamin D 4000 IU = 100 µg + 2.9 milk.
    const high = day(
      {
        items: [
          { food: 'food.tofu', servings: 3 },
          { food: 'food.milk', servings: 1 },
        ],
        supplements: [
          { nutrient: 'calcium', amount: 1500, unit: 'mg' },
          { nutrient: 'vitaminD', amount: 4000, unit: 'IU' },
        ],
      },
      foods,
      { ageBand: '14-18', diet: [] },
    );
    expect(high.totals.calcium).toBe(581 * 3 + 293 + 1500);
    expect(high.warnings.map((w) => [w.nutrient, w.amount, w.limit])).toEqual([
      ['calcium', 3536, 3000],
      ['vitaminD', 102.9, 100],
    ]);
  });

  it('honours a vegan diet in the foods it proposes', () => {
    const vegan = day({ items: [{ food: 'food.banana', servings: 1 }] }, foods, {
      ageBand: '31-50',
      diet: ['vegan'],
    });
    for (const gap of vegan.gaps)
      for (const f of gap.foods) expect(FOOD_FACTS[f.food]!.animal, f.food).toBeNull();
    // Vitamin D 15 µg missing: no vegan food closes it in four servings, so the gap says what to do instead.
    const vitaminD = vegan.gaps.find((g) => g.nutrient === 'vitaminD')!;
    expect(vitaminD.missing).toBe(15);
    expect(vitaminD.foods).toEqual([]);
    expect(vitaminD.note).toMatch(/10 µg/);
  });

  it('honours lactose-free and no-dairy choices', () => {
    const lactoseFree = day({ items: [] }, foods, { ageBand: '19-30', diet: ['lactose-free', 'no-dairy'] });
    const ids = lactoseFree.gaps.flatMap((g) => g.foods.map((f) => f.food));
    for (const id of ['food.milk', 'food.yoghurt', 'food.cottage-cheese', 'food.cheese'])
      expect(ids).not.toContain(id);
  });

  it('accepts zero and twenty servings', () => {
    const edge = computeNutritionDay(
      {
        items: [
          { food: 'food.banana', servings: 0 },
          { food: 'food.orange', servings: 20 },
        ],
      },
      foods,
      { ageBand: '19-30', diet: [] },
    );
    expect(edge.ok).toBe(true);
  });
});

describe('bad food-day input is refused as data naming the field', () => {
  const options = { ageBand: '19-30', diet: [] } as const;

  it('an unknown food', () => {
    const result = computeNutritionDay({ items: [{ food: 'food.chips', servings: 1 }] }, foods, options);
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'unknown-food', field: 'items.0.food', message: expect.any(String) }],
    });
  });

  it.each([-1, 20.5, Number.NaN, Number.POSITIVE_INFINITY])('servings of %s', (servings) => {
    const result = computeNutritionDay(
      {
        items: [
          { food: 'food.banana', servings: 1 },
          { food: 'food.banana', servings },
        ],
      },
      foods,
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.code, e.field])).toEqual([
        ['servings-out-of-range', 'items.1.servings'],
      ]);
  });

  it('a supplement unit that does not fit the nutrient, and an impossible amount', () => {
    const result = computeNutritionDay(
      {
        items: [],
        supplements: [
          { nutrient: 'magnesium', amount: 100, unit: 'IU' },
          { nutrient: 'vitaminD', amount: 10, unit: 'mg' },
          { nutrient: 'calcium', amount: -5, unit: 'mg' },
        ],
      },
      foods,
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.code, e.field])).toEqual([
        ['unit-mismatch', 'supplements.0.unit'],
        ['unit-mismatch', 'supplements.1.unit'],
        ['amount-out-of-range', 'supplements.2.amount'],
      ]);
  });
});
