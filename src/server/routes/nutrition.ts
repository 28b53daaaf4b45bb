// The food check: the foods it knows (public, the same figures Learn shows) and a day's intake against the
// pregnancy targets for the signed-in person's age band. The rules live in core/nutrition.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { KnowledgeBase } from '../../content/knowledge-base.js';
import { CheckinDateParams } from '../../contract/checkins.js';
import { ErrorResponse } from '../../contract/error.js';
import {
  FoodLog,
  NutritionDayRequest,
  NutritionDayResponse,
  NutritionFoodsResponse,
} from '../../contract/nutrition.js';
import { computeNutritionDay, type FoodInput, type NutritionError } from '../../core/nutrition/day.js';
import { DIET_CHOICES, FOOD_FACTS, fitsDiet } from '../../core/nutrition/food-facts.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import type { AppContext } from '../context.js';
import { clearFoodLog, findFoodLog, putFoodLog } from '../db/repos/food-log.js';
import { AppError, invalidFields, notFound } from '../errors.js';
import { localeForPerson } from '../http/locale.js';
import { dayIn, foodsIn } from '../nutrition/words.js';
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

const foodLogNotFound = () => notFound('A food log for that date');

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
        summary:
          'The foods the food check knows, per serving, each with its USDA FoodData Central entry; names, servings and search words in the request’s language',
        response: { 200: NutritionFoodsResponse },
      },
    },
    // Public reference data, the same figures the Learn pages print; nothing personal in it. The words follow
    // the request's language, so caches must keep one copy per language.
    async (request, reply) => {
      reply.header('content-language', request.locale).header('vary', 'Accept-Language, Cookie');
      return foodsIn(foodList, ctx.knowledge, request.locale);
    },
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
      if (!result.ok) throw requestErrors(result.errors);
      return dayIn(
        { ...result.value, ageBandFrom: from, cited: citedSources(ctx.knowledge, result.value.sources) },
        ctx.knowledge,
        localeForPerson(request, user),
      );
    },
  );

  // The optional daily log, kept in the day's check-in (checkins.food_log). It stores what was entered and
  // is checked by the same rules as a day, so a log that is saved can always be added up again.
  app.put(
    '/api/nutrition/log/:date',
    {
      onSend: noStore,
      schema: {
        tags: ['prevent'],
        summary: "Save the day's food log in that day's check-in (creates or replaces the log)",
        description:
          'The check-in of that date keeps it; a day without a check-in gets one with no other answers. ' +
          '201 when the date had no log, 200 when it replaced one.',
        params: CheckinDateParams,
        body: NutritionDayRequest,
        response: { 200: FoodLog, 201: FoodLog, 400: ErrorResponse, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { user, zone, now } = await requirePerson(ctx, request);
      const { date } = request.params;
      const latest = Temporal.PlainDate.from(calendarDateIn(zone, now)).add({ days: 1 }).toString();
      if (date > latest)
        throw invalidFields({ date: `must not be after ${latest} (tomorrow in your time zone)` });
      const body = request.body;
      const result = computeNutritionDay(body, foods, {
        ageBand: ageBandOf(user, zone, now).ageBand,
        diet: body.diet ?? [],
      });
      if (!result.ok) throw requestErrors(result.errors);
      const had = await findFoodLog(ctx.db, user.id, date);
      const { log } = await putFoodLog(
        ctx.db,
        user.id,
        date,
        { items: body.items, supplements: body.supplements ?? [], diet: body.diet ?? [] },
        now,
      );
      return reply.status(had ? 200 : 201).send(log);
    },
  );

  app.get(
    '/api/nutrition/log/:date',
    {
      onSend: noStore,
      schema: {
        tags: ['prevent'],
        summary: 'The food log saved for one date',
        params: CheckinDateParams,
        response: { 200: FoodLog, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const { user } = await requirePerson(ctx, request);
      const log = await findFoodLog(ctx.db, user.id, request.params.date);
      if (!log) throw foodLogNotFound();
      return log;
    },
  );

  app.delete(
    '/api/nutrition/log/:date',
    {
      onSend: noStore,
      schema: {
        tags: ['prevent'],
        summary: 'Clear the food log of one date (the check-in’s other answers stay)',
        params: CheckinDateParams,
        response: {
          204: z.null().describe('Cleared'),
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { user } = await requirePerson(ctx, request);
      if (!(await clearFoodLog(ctx.db, user.id, request.params.date))) throw foodLogNotFound();
      return reply.status(204).send(null);
    },
  );
};

/** Core's request errors as a 400 naming each field; a food item without diet facts is our gap, a 500. */
function requestErrors(errors: readonly NutritionError[]): AppError {
  if (errors.some((e) => e.code === 'missing-food-facts'))
    return new AppError('internal', 'The food check is missing figures for a food.');
  const fields: Record<string, string> = {};
  for (const error of errors) fields[error.field] ??= error.message;
  return invalidFields(fields);
}
