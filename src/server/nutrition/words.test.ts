import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../content/knowledge-base.js';
import type { NutritionDayResponse, NutritionFoodsResponse } from '../../contract/nutrition.js';
import { computeNutritionDay, type FoodInput } from '../../core/nutrition/day.js';
import { FOOD_FACTS } from '../../core/nutrition/food-facts.js';
import { PREGNANCY_TARGETS, TARGET_NUTRIENTS, TARGETS_TABLE_NAME } from '../../core/nutrition/targets.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { knowledgeIn } from '../localized-knowledge.js';
import { dayIn, FOOD_NAME_IDS, foodsIn, targetWordsIn, warningText } from './words.js';

const knowledge = loadKnowledgeBase();
const foods: FoodInput[] = knowledge
  .itemsOfKind('food')
  .flatMap((item) => (item.nutrients ? [{ id: item.id, title: item.title, nutrients: item.nutrients }] : []));
const list: NutritionFoodsResponse = {
  foods: foods.map((f) => ({
    id: f.id,
    title: f.title,
    aliases: [...(knowledge.item(f.id)?.aliases ?? [])],
    serving: f.nutrients.serving,
    grams: knowledge.item(f.id)?.nutrients?.grams ?? 0,
    perServing: { calcium: f.nutrients.calciumMg, magnesium: 0, potassium: 0, vitaminD: 0 },
    animal: null,
    lactose: false,
    fits: [],
    fdcId: FOOD_FACTS[f.id]!.fdcId,
    fdcDescription: FOOD_FACTS[f.id]!.fdcDescription,
  })),
  source: { key: 'usda-fdc', title: 'FoodData Central', publisher: 'USDA', url: null },
};

function day(request: Parameters<typeof computeNutritionDay>[0]): NutritionDayResponse {
  const result = computeNutritionDay(request, foods, { ageBand: '19-30', diet: ['vegan'] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { ...result.value, ageBandFrom: 'default', cited: [] };
}

describe('the food check in four languages', () => {
  // Building a language's knowledge base takes seconds on a busy machine; do it once, outside the tests.
  beforeAll(() => {
    for (const locale of ['zh-Hans', 'ru', 'ja'] as const) knowledgeIn(knowledge, locale);
  }, 120_000);

  it('has a name for every food, and the English name is the food item’s title', () => {
    expect(Object.keys(FOOD_NAME_IDS).sort()).toEqual(Object.keys(FOOD_FACTS).sort());
    const en = serverIntl('en', ['food']);
    for (const food of foods) expect(en.formatMessage({ id: FOOD_NAME_IDS[food.id]! })).toBe(food.title);
  });

  it('leaves English answers untouched', () => {
    expect(foodsIn(list, knowledge, 'en')).toBe(list);
    const d = day({ items: [{ food: 'food.banana', servings: 1 }] });
    expect(dayIn(d, knowledge, 'en')).toBe(d);
  });

  it('writes the over-the-limit warnings in English exactly as core does', () => {
    const en = serverIntl('en', ['food']);
    const d = day({
      items: [{ food: 'food.tofu', servings: 5 }],
      supplements: [
        { nutrient: 'magnesium', amount: 400, unit: 'mg' },
        { nutrient: 'vitaminD', amount: 4400, unit: 'IU' },
      ],
    });
    expect(new Set(d.warnings.map((w) => w.counts))).toEqual(
      new Set(['food-and-supplements', 'supplements-only']),
    );
    for (const w of d.warnings) expect(warningText(en, w)).toBe(w.message);
  });

  it.each([
    ['zh-Hans', '豆腐'],
    ['ru', 'Тофу'],
    ['ja', '豆腐'],
  ] as const)(
    '%s: names, servings and search words in the language; ids and figures unchanged',
    (locale, tofu) => {
      const local = foodsIn(list, knowledge, locale);
      expect(local.foods.map((f) => [f.id, f.fdcId, f.fdcDescription, f.perServing])).toEqual(
        list.foods.map((f) => [f.id, f.fdcId, f.fdcDescription, f.perServing]),
      );
      const food = local.foods.find((f) => f.id === 'food.tofu')!;
      expect(food.title.startsWith(tofu)).toBe(true);
      expect(food.serving).not.toBe(list.foods.find((f) => f.id === 'food.tofu')!.serving);
      // The English words stay searchable after the local ones.
      expect(food.aliases).toContain('Tofu (firm, set with calcium sulfate)');
      for (const f of local.foods) expect(f.title).not.toBe(list.foods.find((e) => e.id === f.id)!.title);
    },
  );

  it.each(['zh-Hans', 'ru', 'ja'] as const)(
    '%s: a day keeps every figure and translates its sentences',
    (locale) => {
      const d = day({
        items: [{ food: 'food.banana', servings: 1 }],
        supplements: [{ nutrient: 'magnesium', amount: 400, unit: 'mg' }],
      });
      const t = dayIn(d, knowledge, locale);
      expect([t.totals, t.targets, t.fromFood, t.fromSupplements, t.ageBand, t.sources]).toEqual([
        d.totals,
        d.targets,
        d.fromFood,
        d.fromSupplements,
        d.ageBand,
        d.sources,
      ]);
      expect(t.gaps.map((g) => [g.nutrient, g.missing, g.foods.map((f) => [f.food, f.servings])])).toEqual(
        d.gaps.map((g) => [g.nutrient, g.missing, g.foods.map((f) => [f.food, f.servings])]),
      );
      expect(t.targetsTable).not.toBe(d.targetsTable);
      const vitaminD = t.gaps.find((g) => g.nutrient === 'vitaminD')!;
      expect(vitaminD.note).toBe(serverIntl(locale, ['food']).formatMessage({ id: 'food.gap.vitaminD' }));
      const [warning] = t.warnings;
      expect(warning?.amount).toBe(400);
      expect(warning?.message).toContain('400');
      expect(warning?.message).toContain('350');
      expect(warning?.message).not.toBe(d.warnings[0]?.message);
      for (const gap of t.gaps) for (const f of gap.foods) expect(f.title).not.toMatch(/[A-Za-z]{3}/);
    },
  );

  it('writes a decimal figure with a comma in Russian', () => {
    const d = day({ items: [], supplements: [{ nutrient: 'vitaminD', amount: 4100, unit: 'IU' }] });
    expect(d.warnings[0]?.message).toContain('102.5 µg');
    expect(dayIn(d, knowledge, 'ru').warnings[0]?.message).toContain('102,5 мкг');
  });

  it('names the targets table’s nutrients and notes in English as core does, and in each language', () => {
    const en = targetWordsIn('en');
    expect(en.tableName).toBe(TARGETS_TABLE_NAME);
    for (const nutrient of TARGET_NUTRIENTS) {
      expect(en.name(nutrient)).toBe(PREGNANCY_TARGETS[nutrient].label);
      expect(en.upperLimitNote(nutrient)).toBe(PREGNANCY_TARGETS[nutrient].upperLimitNote);
    }
    for (const locale of ['zh-Hans', 'ru', 'ja'] as const) {
      const words = targetWordsIn(locale);
      const names = TARGET_NUTRIENTS.map((n) => words.name(n));
      expect(new Set(names).size).toBe(TARGET_NUTRIENTS.length);
      for (const n of TARGET_NUTRIENTS) expect(words.name(n)).not.toBe(PREGNANCY_TARGETS[n].label);
      expect(words.upperLimitNote('magnesium')).not.toBe(PREGNANCY_TARGETS.magnesium.upperLimitNote);
    }
  });
});
