import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadContent } from '../content/loader.js';
import { computeNutritionDay, type NutritionDay } from '../core/nutrition/day.js';
import { NutritionDayRequest, NutritionDayResponse } from './nutrition.js';

const foods = loadContent()
  .items.filter((item) => item.nutrients !== undefined)
  .map((item) => ({ id: item.id, title: item.title, nutrients: item.nutrients! }));

describe('nutrition contract', () => {
  it('takes the issue’s request and answers with what core computes', () => {
    const request = NutritionDayRequest.parse({
      items: [{ food: 'food.banana', servings: 2 }],
      supplements: [{ nutrient: 'magnesium', amount: 400, unit: 'mg' }],
    });
    const result = computeNutritionDay(request, foods, { ageBand: '19-30', diet: request.diet ?? [] });
    if (!result.ok) throw new Error('expected a day');
    const typed: NutritionDayResponse = result.value;
    const back: NutritionDay = NutritionDayResponse.parse(typed);
    expect(back.totals).toEqual({ calcium: 12, magnesium: 464, potassium: 844, vitaminD: 0 });
    expect(back.warnings.map((w) => w.nutrient)).toEqual(['magnesium']);
  });

  it('names the field of servings outside 0–20', () => {
    const result = NutritionDayRequest.safeParse({ items: [{ food: 'food.banana', servings: 21 }] });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['items.0.servings']);
  });

  it('names its schemas', () => {
    expect([NutritionDayRequest, NutritionDayResponse].map((s) => z.globalRegistry.get(s)?.id)).toEqual([
      'NutritionDayRequest',
      'NutritionDayResponse',
    ]);
  });
});
