// Request and response bodies of POST /api/nutrition/day. Amounts are mg, and µg for vitamin D.
import { z } from 'zod';
import { itemIdPattern } from '../content/schema.js';
import { DAY_NUTRIENTS, SERVINGS_RANGE, SUPPLEMENT_UNITS } from '../core/nutrition/day.js';
import { DIET_CHOICES } from '../core/nutrition/food-facts.js';
import { AGE_BANDS } from '../core/nutrition/targets.js';

const nutrient = z.enum(DAY_NUTRIENTS);

/** A source key resolved for display: what a page prints under its figures. */
export const CitedSource = z
  .strictObject({ key: z.string(), title: z.string(), publisher: z.string(), url: z.string().nullable() })
  .meta({ id: 'CitedSource' });
export type CitedSource = z.infer<typeof CitedSource>;
const massUnit = z.enum(['mg', 'µg']);

export const NutritionDayRequest = z
  .strictObject({
    items: z
      .array(
        z.strictObject({
          food: z.string().regex(itemIdPattern, 'a food item id, e.g. food.banana'),
          servings: z.number().min(SERVINGS_RANGE.min).max(SERVINGS_RANGE.max),
        }),
      )
      .max(60),
    supplements: z
      .array(z.strictObject({ nutrient, amount: z.number().nonnegative(), unit: z.enum(SUPPLEMENT_UNITS) }))
      .max(20)
      .optional(),
    /** The person's diet choices; the foods proposed for each gap honour them. */
    diet: z.array(z.enum(DIET_CHOICES)).max(DIET_CHOICES.length).optional(),
  })
  .meta({ id: 'NutritionDayRequest' });
export type NutritionDayRequest = z.infer<typeof NutritionDayRequest>;

const amounts = z.strictObject({
  calcium: z.number(),
  magnesium: z.number(),
  potassium: z.number(),
  vitaminD: z.number(),
});
const target = z.strictObject({
  daily: z.number(),
  unit: massUnit,
  basis: z.enum(['RDA', 'AI']),
  upperLimit: z.number().nullable(),
  upperLimitCounts: z.enum(['food-and-supplements', 'supplements-only']).nullable(),
});

export const NutritionDayResponse = z
  .strictObject({
    totals: amounts,
    fromFood: amounts,
    fromSupplements: amounts,
    targets: z.strictObject({ calcium: target, magnesium: target, potassium: target, vitaminD: target }),
    gaps: z.array(
      z.strictObject({
        nutrient,
        missing: z.number().positive(),
        unit: massUnit,
        foods: z.array(
          z.strictObject({
            food: z.string(),
            title: z.string(),
            serving: z.string(),
            perServing: z.number(),
            servings: z.number().int().positive(),
          }),
        ),
        note: z.string().nullable(),
      }),
    ),
    warnings: z.array(
      z.strictObject({
        code: z.literal('over-upper-limit'),
        nutrient,
        amount: z.number(),
        limit: z.number(),
        counts: z.enum(['food-and-supplements', 'supplements-only']),
        message: z.string(),
      }),
    ),
    ageBand: z.enum(AGE_BANDS),
    diet: z.array(z.enum(DIET_CHOICES)),
    /** Which table the targets come from (other bodies differ). */
    targetsTable: z.string(),
    sources: z.array(z.string()),
    /** Where the age band came from: the profile's birth year, or the adult default when it has none. */
    ageBandFrom: z.enum(['birth-year', 'default']).optional(),
    /** The sources above, resolved for display. */
    cited: z.array(CitedSource).optional(),
  })
  .meta({ id: 'NutritionDayResponse' });
export type NutritionDayResponse = z.infer<typeof NutritionDayResponse>;

/** GET /api/nutrition/foods: every food the check knows, with its per-serving figures and their FDC entry. */
export const NutritionFood = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    aliases: z.array(z.string()),
    serving: z.string(),
    grams: z.number(),
    perServing: amounts,
    animal: z.enum(['meat', 'egg', 'dairy']).nullable(),
    lactose: z.boolean(),
    /** The diet choices this food fits. */
    fits: z.array(z.enum(DIET_CHOICES)),
    fdcId: z.number().int(),
    fdcDescription: z.string(),
  })
  .meta({ id: 'NutritionFood' });
export type NutritionFood = z.infer<typeof NutritionFood>;

export const NutritionFoodsResponse = z
  .strictObject({ foods: z.array(NutritionFood), source: CitedSource })
  .meta({ id: 'NutritionFoodsResponse' });
export type NutritionFoodsResponse = z.infer<typeof NutritionFoodsResponse>;

/** A day's food log as saved in the check-in: the request the food check sends, as entered. */
export const FoodLog = z
  .strictObject({
    date: z.string(),
    items: z.array(z.strictObject({ food: z.string(), servings: z.number() })),
    supplements: z.array(z.strictObject({ nutrient: z.string(), amount: z.number(), unit: z.string() })),
    diet: z.array(z.string()),
    updatedAt: z.string(),
  })
  .meta({ id: 'FoodLog' });
export type FoodLog = z.infer<typeof FoodLog>;
