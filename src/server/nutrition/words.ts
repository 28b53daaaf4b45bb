// The food check's words in the reader's language. Core (src/core/nutrition) adds up the day and writes
// its few sentences in English; this edge swaps them for the catalog's, keyed by what core returns (the
// food id, the nutrient, the warning's figures), so every number is core's. Food names come from the
// `food` catalog; a serving's description and the words a search should also know come from the food's
// translated item (src/content/locales), the same text /learn shows.
import type { IntlShape } from 'react-intl';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import type { NutritionDayResponse, NutritionFoodsResponse } from '../../contract/nutrition.js';
import type { TargetNutrient } from '../../core/nutrition/targets.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import { knowledgeIn } from '../localized-knowledge.js';

/** One name per food item, by its id; a unit test fails when a food item has none. */
export const FOOD_NAME_IDS: Readonly<Record<string, string>> = {
  'food.almonds': 'food.name.almonds',
  'food.avocado': 'food.name.avocado',
  'food.banana': 'food.name.banana',
  'food.broccoli': 'food.name.broccoli',
  'food.buckwheat': 'food.name.buckwheat',
  'food.cashews': 'food.name.cashews',
  'food.cheese': 'food.name.cheese',
  'food.chickpeas': 'food.name.chickpeas',
  'food.cottage-cheese': 'food.name.cottageCheese',
  'food.dried-apricots': 'food.name.driedApricots',
  'food.eggs': 'food.name.eggs',
  'food.fortified-cereal': 'food.name.fortifiedCereal',
  'food.fortified-plant-milk': 'food.name.fortifiedPlantMilk',
  'food.kale': 'food.name.kale',
  'food.leafy-greens': 'food.name.leafyGreens',
  'food.lean-meat': 'food.name.leanMeat',
  'food.lentils': 'food.name.lentils',
  'food.milk': 'food.name.milk',
  'food.millet': 'food.name.millet',
  'food.oatmeal': 'food.name.oatmeal',
  'food.orange': 'food.name.orange',
  'food.peas': 'food.name.peas',
  'food.prunes': 'food.name.prunes',
  'food.pumpkin-seeds': 'food.name.pumpkinSeeds',
  'food.spinach': 'food.name.spinach',
  'food.sweet-potato': 'food.name.sweetPotato',
  'food.tofu': 'food.name.tofu',
  'food.whole-grain-bread': 'food.name.wholeGrainBread',
  'food.yoghurt': 'food.name.yoghurt',
};

/** A food's name in the locale; its English title when the catalog has no name for it. */
export function foodName(intl: IntlShape, id: string, fallback: string): string {
  const messageId = FOOD_NAME_IDS[id];
  return messageId === undefined ? fallback : intl.formatMessage({ id: messageId });
}

/** A figure as core rounded it, in the locale's decimal sign, never grouped (the limits read "350"). */
const figure = (intl: IntlShape, value: number) =>
  intl.formatNumber(value, { maximumFractionDigits: 1, useGrouping: false });

/**
 * The foods list in a language: the name, the serving and the words to search by (the catalog name, the
 * translated item's title and aliases, then the English ones, so "tofu" still finds 豆腐). The FDC
 * description stays as FoodData Central prints it: it is how the entry is found there.
 */
export function foodsIn(
  list: NutritionFoodsResponse,
  knowledge: KnowledgeBase,
  locale: Locale,
): NutritionFoodsResponse {
  if (locale === 'en') return list;
  const intl = serverIntl(locale, ['food']);
  const local = knowledgeIn(knowledge, locale);
  return {
    ...list,
    foods: list.foods.map((food) => {
      const item = local.item(food.id);
      const words = [item?.title, ...(item?.aliases ?? []), food.title, ...food.aliases];
      return {
        ...food,
        title: foodName(intl, food.id, food.title),
        serving: item?.nutrients?.serving ?? food.serving,
        aliases: [...new Set(words.filter((w): w is string => w !== undefined))],
      };
    }),
  };
}

/** A day's answer with its words in the language; totals, gaps, limits and ids exactly as core gave them. */
export function dayIn(
  day: NutritionDayResponse,
  knowledge: KnowledgeBase,
  locale: Locale,
): NutritionDayResponse {
  if (locale === 'en') return day;
  const intl = serverIntl(locale, ['food']);
  const local = knowledgeIn(knowledge, locale);
  return {
    ...day,
    gaps: day.gaps.map((gap) => ({
      ...gap,
      foods: gap.foods.map((f) => ({
        ...f,
        title: foodName(intl, f.food, f.title),
        serving: local.item(f.food)?.nutrients?.serving ?? f.serving,
      })),
      note:
        gap.note === null
          ? null
          : gap.nutrient === 'vitaminD'
            ? intl.formatMessage({ id: 'food.gap.vitaminD' })
            : intl.formatMessage({ id: 'food.gap.noFood' }),
    })),
    warnings: day.warnings.map((w) => ({ ...w, message: warningText(intl, w) })),
    targetsTable: intl.formatMessage({ id: 'food.targetsTable' }),
  };
}

/** The over-the-limit sentence from the warning's own figures; in English it reads as core's (tested). */
export function warningText(intl: IntlShape, warning: NutritionDayResponse['warnings'][number]): string {
  return intl.formatMessage(
    { id: 'food.warning.message' },
    {
      counts: warning.counts === 'supplements-only' ? 'supplements' : 'all',
      amount: figure(intl, warning.amount),
      limit: figure(intl, warning.limit),
      unit: warning.nutrient === 'vitaminD' ? 'µg' : 'mg',
      nutrient: warning.nutrient,
    },
  );
}

/**
 * The words of the pregnancy targets table (core/nutrition/targets.ts) in a language, keyed by nutrient:
 * its name, the note under an upper limit, and the table's own name. For any page that prints the table.
 */
export function targetWordsIn(locale: Locale) {
  const intl = serverIntl(locale, ['food']);
  return {
    name: (nutrient: TargetNutrient) => intl.formatMessage({ id: 'food.target.name' }, { nutrient }),
    upperLimitNote: (nutrient: TargetNutrient): string | undefined =>
      nutrient === 'magnesium'
        ? intl.formatMessage({ id: 'food.target.upperLimitNote.magnesium' })
        : undefined,
    tableName: intl.formatMessage({ id: 'food.targetsTable' }),
  };
}
