// The food check: the foods it knows (public, the same figures Learn shows) and a day's intake against the
// pregnancy targets for the signed-in person's age band. The rules live in core/nutrition.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { ErrorResponse } from '../../contract/error.js';
import {
  NutritionDayRequest,
  NutritionDayResponse,
  NutritionFoodsResponse,
} from '../../contract/nutrition.js';
import { computeNutritionDay, type FoodInput } from '../../core/nutrition/day.js';
import { DIET_CHOICES, FOOD_FACTS, fitsDiet } from '../../core/nutrition/food-facts.js';
import type { AppContext } from '../context.js';
import { AppError, invalidFields } from '../errors.js';
import { requirePerson } from '../person.js';
import { citedSources } from '../prevent/citations.js';
import { ageBandOf } from '../prevent/person-facts.js';
import { noStore } from './diary-hooks.js';

function foodInputs(knowledge: KnowledgeBase): FoodInput[] {
  return knowledge
    .itemsOfKind('food')
    .flatMap((item) =>
      item.nutrients === undefined ? [] : [{ id: item.id, title: item.title, nutrients: item.nutrients }],
    );
}

export const nutritionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const foods = foodInputs(ctx.knowledge);
  const fdc = citedSources(ctx.knowledge, ['usda-fdc'])[0];
  if (fdc === undefined) throw new Error('the knowledge base has no usda-fdc source');

  const foodList: NutritionFoodsResponse = {
    foods: ctx.knowledge.itemsOfKind('food').flatMap((item) => {
      const facts = FOOD_FACTS[item.id];
      if (item.nutrients === undefined || facts === undefined) return [];
      const n = item.nutrients;
      return [
        {
          id: item.id,
          title: item.title,
          aliases: [...item.aliases],
          serving: n.serving,
          grams: n.grams,
          perServing: {
            calcium: n.calciumMg,
            magnesium: n.magnesiumMg,
            potassium: n.potassiumMg,
            vitaminD: facts.vitaminDUg,
          },
          animal: facts.animal,
          lactose: facts.lactose,
          fits: DIET_CHOICES.filter((choice) => fitsDiet(facts, [choice])),
          fdcId: facts.fdcId,
          fdcDescription: facts.fdcDescription,
        },
      ];
    }),
    source: fdc,
  };

  app.get(
    '/api/nutrition/foods',
    {
      schema: {
        tags: ['prevent'],
        summary: 'The foods the food check knows, per serving, each with its USDA FoodData Central entry',
        response: { 200: NutritionFoodsResponse },
      },
    },
    // Public reference data, the same figures the Learn pages print; nothing personal in it.
    async () => foodList,
  );

  app.post(
    '/api/nutrition/day',
    {
      onSend: noStore,
      schema: {
        tags: ['prevent'],
        summary: "A day's calcium, magnesium, potassium and vitamin D against the pregnancy targets",
        description:
          'Food figures are per serving from USDA FoodData Central. Supplements count against the upper limits ' +
          '(magnesium’s 350 mg limit counts supplements only). The age band comes from the profile’s birth year.',
        body: NutritionDayRequest,
        response: { 200: NutritionDayResponse, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request) => {
      const { user, zone, now } = await requirePerson(ctx, request);
      const body = request.body;
      const { ageBand, from } = ageBandOf(user, zone, now);
      const result = computeNutritionDay(body, foods, { ageBand, diet: body.diet ?? [] });
      if (!result.ok) {
        const fields: Record<string, string> = {};
        for (const error of result.errors) fields[error.field] ??= error.message;
        // A food item without diet facts is our gap, not the person's mistake.
        if (result.errors.some((e) => e.code === 'missing-food-facts'))
          throw new AppError('internal', 'The food check is missing figures for a food.');
        throw invalidFields(fields);
      }
      return {
        ...result.value,
        ageBandFrom: from,
        cited: citedSources(ctx.knowledge, result.value.sources),
      };
    },
  );
};
