// A day's calcium, magnesium, potassium and vitamin D from the foods eaten, against the pregnancy targets
// for the person's age: the gap to each target, the foods (fitting her diet) that would close it, and
// warnings when food plus supplements, or supplements alone where the limit says so, pass an upper limit.
import { type DietChoice, FOOD_FACTS, type FoodDietFacts, fitsDiet } from './food-facts.js';
import {
  type AgeBand,
  dailyTarget,
  IU_PER_MICROGRAM_VITAMIN_D,
  PREGNANCY_TARGETS,
  TARGETS_TABLE_NAME,
  upperLimit,
} from './targets.js';

export const DAY_NUTRIENTS = ['calcium', 'magnesium', 'potassium', 'vitaminD'] as const;
export type DayNutrient = (typeof DAY_NUTRIENTS)[number];
export const SUPPLEMENT_UNITS = ['mg', 'µg', 'IU'] as const;
export type SupplementUnit = (typeof SUPPLEMENT_UNITS)[number];
export const SERVINGS_RANGE = { min: 0, max: 20 } as const;
/** Generous ceilings that still catch a typo (4000 mg of magnesium in one tablet is not a real product). */
const SUPPLEMENT_MAX: Record<SupplementUnit, number> = { mg: 3000, µg: 1000, IU: 40_000 };

/** The per-serving figures of a food item, as its front matter holds them. */
export type FoodInput = {
  id: string;
  title: string;
  nutrients: { serving: string; calciumMg: number; magnesiumMg: number; potassiumMg: number };
};

export type NutritionDayRequest = {
  items: readonly { food: string; servings: number }[];
  supplements?: readonly { nutrient: DayNutrient; amount: number; unit: SupplementUnit }[];
};

export type NutritionDayOptions = { ageBand: AgeBand; diet: readonly DietChoice[] };

export type NutritionErrorCode =
  | 'unknown-food'
  | 'servings-out-of-range'
  | 'unit-mismatch'
  | 'amount-out-of-range'
  | 'missing-food-facts';
export type NutritionError = { code: NutritionErrorCode; field: string; message: string };

export type NutrientAmounts = Record<DayNutrient, number>;
export type NutrientTargetFigure = {
  daily: number;
  unit: 'mg' | 'µg';
  basis: 'RDA' | 'AI';
  upperLimit: number | null;
  upperLimitCounts: 'food-and-supplements' | 'supplements-only' | null;
};
export type GapFood = { food: string; title: string; serving: string; perServing: number; servings: number };
export type NutrientGap = {
  nutrient: DayNutrient;
  missing: number;
  unit: 'mg' | 'µg';
  /** Foods that close the gap in at most MAX_SERVINGS_TO_CLOSE servings, best first. */
  foods: GapFood[];
  /** Said when no food closes the gap in a few servings. */
  note: string | null;
};
export type NutritionWarning = {
  code: 'over-upper-limit';
  nutrient: DayNutrient;
  amount: number;
  limit: number;
  counts: 'food-and-supplements' | 'supplements-only';
  message: string;
};
export type NutritionDay = {
  totals: NutrientAmounts;
  fromFood: NutrientAmounts;
  fromSupplements: NutrientAmounts;
  targets: Record<DayNutrient, NutrientTargetFigure>;
  gaps: NutrientGap[];
  warnings: NutritionWarning[];
  ageBand: AgeBand;
  diet: DietChoice[];
  targetsTable: string;
  sources: string[];
};
export type NutritionDayResult = { ok: true; value: NutritionDay } | { ok: false; errors: NutritionError[] };

const UNIT: Record<DayNutrient, 'mg' | 'µg'> = {
  calcium: 'mg',
  magnesium: 'mg',
  potassium: 'mg',
  vitaminD: 'µg',
};
const LABEL: Record<DayNutrient, string> = {
  calcium: 'calcium',
  magnesium: 'magnesium',
  potassium: 'potassium',
  vitaminD: 'vitamin D',
};
/** How many foods a gap lists, and the most servings of one food worth suggesting. */
const FOODS_PER_GAP = 3;
export const MAX_SERVINGS_TO_CLOSE = 4;
const NO_FOOD_NOTE: Record<DayNutrient, string> = {
  calcium: 'No single food in your choices closes this in a few servings; a mix of them will.',
  magnesium: 'No single food in your choices closes this in a few servings; a mix of them will.',
  potassium: 'No single food in your choices closes this in a few servings; a mix of them will.',
  vitaminD:
    'Few foods give much vitamin D. The NHS advises a daily 10 µg vitamin D supplement in pregnancy: ask your midwife which one suits you.',
};

function perServing(food: FoodInput, facts: FoodDietFacts): NutrientAmounts {
  return {
    calcium: food.nutrients.calciumMg,
    magnesium: food.nutrients.magnesiumMg,
    potassium: food.nutrients.potassiumMg,
    vitaminD: facts.vitaminDUg,
  };
}

const zero = (): NutrientAmounts => ({ calcium: 0, magnesium: 0, potassium: 0, vitaminD: 0 });
/** Figures are shown to 1 decimal place; sums are rounded once at the end so errors do not build up. */
const round1 = (x: number) => Math.round(x * 10) / 10;
const roundAll = (a: NutrientAmounts): NutrientAmounts => ({
  calcium: round1(a.calcium),
  magnesium: round1(a.magnesium),
  potassium: round1(a.potassium),
  vitaminD: round1(a.vitaminD),
});

/** A supplement's amount in the nutrient's own unit (mg, or µg for vitamin D); null when the unit does not fit. */
function supplementAmount(nutrient: DayNutrient, amount: number, unit: SupplementUnit): number | null {
  if (nutrient === 'vitaminD') {
    if (unit === 'µg') return amount;
    if (unit === 'IU') return amount / IU_PER_MICROGRAM_VITAMIN_D;
    return null;
  }
  return unit === 'mg' ? amount : null;
}

function checkRequest(request: NutritionDayRequest, byId: Map<string, FoodInput>): NutritionError[] {
  const errors: NutritionError[] = [];
  request.items.forEach((item, index) => {
    const field = `items.${index}`;
    if (!byId.has(item.food))
      errors.push({ code: 'unknown-food', field: `${field}.food`, message: `No food item '${item.food}'.` });
    else if (FOOD_FACTS[item.food] === undefined)
      errors.push({
        code: 'missing-food-facts',
        field: `${field}.food`,
        message: `The food check has no diet facts for '${item.food}' yet.`,
      });
    const { min, max } = SERVINGS_RANGE;
    if (!Number.isFinite(item.servings) || item.servings < min || item.servings > max)
      errors.push({
        code: 'servings-out-of-range',
        field: `${field}.servings`,
        message: `Servings must be a number from ${min} to ${max}.`,
      });
  });
  (request.supplements ?? []).forEach((supplement, index) => {
    const field = `supplements.${index}`;
    if (supplementAmount(supplement.nutrient, 1, supplement.unit) === null)
      errors.push({
        code: 'unit-mismatch',
        field: `${field}.unit`,
        message:
          supplement.nutrient === 'vitaminD'
            ? 'Vitamin D is given in µg or IU.'
            : `${LABEL[supplement.nutrient]} is given in mg.`,
      });
    const max = SUPPLEMENT_MAX[supplement.unit];
    if (!Number.isFinite(supplement.amount) || supplement.amount < 0 || supplement.amount > max)
      errors.push({
        code: 'amount-out-of-range',
        field: `${field}.amount`,
        message: `The amount must be from 0 to ${max} ${supplement.unit}.`,
      });
  });
  return errors;
}

function targetFigure(nutrient: DayNutrient, band: AgeBand): NutrientTargetFigure {
  const limit = upperLimit(nutrient, band);
  return {
    daily: dailyTarget(nutrient, band),
    unit: UNIT[nutrient],
    basis: PREGNANCY_TARGETS[nutrient].basis,
    upperLimit: limit,
    upperLimitCounts:
      limit === null ? null : nutrient === 'magnesium' ? 'supplements-only' : 'food-and-supplements',
  };
}

/**
 * The day's totals, gaps and warnings, or the request's errors with the field each names.
 * @example computeNutritionDay({ items: [{ food: 'food.banana', servings: 2 }] }, foods, { ageBand: '19-30', diet: [] })
 */
export function computeNutritionDay(
  request: NutritionDayRequest,
  foods: readonly FoodInput[],
  options: NutritionDayOptions,
): NutritionDayResult {
  const byId = new Map(foods.map((food) => [food.id, food]));
  const errors = checkRequest(request, byId);
  if (errors.length > 0) return { ok: false, errors };

  const fromFood = zero();
  for (const item of request.items) {
    const food = byId.get(item.food)!;
    const per = perServing(food, FOOD_FACTS[item.food]!);
    for (const nutrient of DAY_NUTRIENTS) fromFood[nutrient] += per[nutrient] * item.servings;
  }
  const fromSupplements = zero();
  for (const supplement of request.supplements ?? [])
    fromSupplements[supplement.nutrient] += supplementAmount(
      supplement.nutrient,
      supplement.amount,
      supplement.unit,
    )!;

  const food = roundAll(fromFood);
  const supplements = roundAll(fromSupplements);
  const totals = roundAll({
    calcium: fromFood.calcium + fromSupplements.calcium,
    magnesium: fromFood.magnesium + fromSupplements.magnesium,
    potassium: fromFood.potassium + fromSupplements.potassium,
    vitaminD: fromFood.vitaminD + fromSupplements.vitaminD,
  });
  const targets = Object.fromEntries(
    DAY_NUTRIENTS.map((nutrient) => [nutrient, targetFigure(nutrient, options.ageBand)]),
  ) as Record<DayNutrient, NutrientTargetFigure>;

  const candidates = foods.filter((f) => {
    const facts = FOOD_FACTS[f.id];
    return facts !== undefined && fitsDiet(facts, options.diet);
  });
  const gaps: NutrientGap[] = [];
  const warnings: NutritionWarning[] = [];
  for (const nutrient of DAY_NUTRIENTS) {
    const target = targets[nutrient];
    const missing = round1(target.daily - totals[nutrient]);
    if (missing > 0) {
      const foods = closers(nutrient, missing);
      gaps.push({
        nutrient,
        missing,
        unit: target.unit,
        foods,
        note: foods.length === 0 ? NO_FOOD_NOTE[nutrient] : null,
      });
    }
    if (target.upperLimit !== null && target.upperLimitCounts !== null) {
      const counted =
        target.upperLimitCounts === 'supplements-only' ? supplements[nutrient] : totals[nutrient];
      if (counted > target.upperLimit)
        warnings.push({
          code: 'over-upper-limit',
          nutrient,
          amount: counted,
          limit: target.upperLimit,
          counts: target.upperLimitCounts,
          message:
            `${target.upperLimitCounts === 'supplements-only' ? 'Supplements give' : 'Today adds up to'} ` +
            `${counted} ${target.unit} of ${LABEL[nutrient]}, over the upper limit of ${target.upperLimit} ${target.unit}` +
            `${target.upperLimitCounts === 'supplements-only' ? ' from supplements' : ''}. ` +
            'Check the dose with your midwife, doctor or pharmacist before taking more.',
        });
    }
  }

  function closers(nutrient: DayNutrient, missing: number): GapFood[] {
    return candidates
      .map((f) => ({ food: f, per: perServing(f, FOOD_FACTS[f.id]!)[nutrient] }))
      .filter(({ per }) => per > 0 && Math.ceil(missing / per) <= MAX_SERVINGS_TO_CLOSE)
      .sort((a, b) => b.per - a.per || a.food.id.localeCompare(b.food.id))
      .slice(0, FOODS_PER_GAP)
      .map(({ food: f, per }) => ({
        food: f.id,
        title: f.title,
        serving: f.nutrients.serving,
        perServing: per,
        // Whole servings: nobody weighs out 0.37 of a banana.
        servings: Math.ceil(missing / per),
      }));
  }

  return {
    ok: true,
    value: {
      totals,
      fromFood: food,
      fromSupplements: supplements,
      targets,
      gaps,
      warnings,
      ageBand: options.ageBand,
      diet: [...options.diet],
      targetsTable: TARGETS_TABLE_NAME,
      sources: ['usda-fdc', 'nih-ods-dri', 'nhs-vitamins-pregnancy'],
    },
  };
}
