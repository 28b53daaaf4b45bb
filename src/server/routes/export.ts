// Everything the person has stored, as one JSON download, and their episodes as a spreadsheet.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Checkin } from '../../contract/checkins.js';
import { EPISODE_FIELDS, Episode } from '../../contract/episodes.js';
import { ErrorResponse } from '../../contract/error.js';
import { FoodLog } from '../../contract/nutrition.js';
import { PlanStepChoice } from '../../contract/plan.js';
import { Profile } from '../../contract/profile.js';
import { ShareList } from '../../contract/shares.js';
import { TriageHistoryItem } from '../../contract/triage.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { type EpisodeRecord, episodeBatches } from '../db/repos/episodes.js';
import { listFoodLogs } from '../db/repos/food-log.js';
import { listPlanSteps } from '../db/repos/plan-steps.js';
import { listTriageResults } from '../db/repos/triage-results.js';
import { requirePerson } from '../person.js';
import { shareList } from '../share/shares.js';
import { historyItem } from '../triage/views.js';
import { installDiaryHooks } from './diary-hooks.js';
import { profileView } from './profile-view.js';

const exportSchema = z
  .object({
    format: z.literal('crampwise-export'),
    version: z.literal(1),
    exportedAt: z.string(),
    profile: Profile,
    episodes: z.array(Episode).describe('Every episode, oldest first.'),
    checkins: z.array(Checkin).describe('Every check-in, oldest first.'),
    triageHistory: z.array(TriageHistoryItem).describe('Every saved triage check, newest first.'),
    foodLogs: z.array(FoodLog).describe('Every food log saved from the food check, oldest first.'),
    planSteps: z
      .array(PlanStepChoice)
      .describe('The steps of the personal plan, in order, with their times.'),
    shares: ShareList.shape.items.describe(
      'Every share link made, newest first, with its access log (the links themselves are not stored).',
    ),
  })
  .describe('Everything stored for the person. The password hash and sessions are never included.');

/** One column per episode field, in the contract's order, headed by the field's name. */
const CSV_COLUMNS = EPISODE_FIELDS;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (OWASP "CSV injection"). Every line of a cell counts:
 * a spreadsheet that splits a cell at a line break would otherwise meet "=1+1" at the start of a line.
 */
export function neutraliseFormula(cell: string): string {
  return cell.replace(/(?<=^|[\r\n])(?=[=+\-@\t\r])/g, "'");
}

function csvCell(value: EpisodeRecord[keyof EpisodeRecord]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return neutraliseFormula(value.join(';'));
  return neutraliseFormula(String(value));
}

const CSV_OPTIONS = {
  columns: [...CSV_COLUMNS],
  // CRLF rows (RFC 4180). A cell with a bare line break is quoted too: csv-stringify quotes only the
  // full CRLF, and an unquoted "\n" would end the row early.
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
} as const;

function csvRows(episodes: readonly EpisodeRecord[]): string {
  return stringify(
    episodes.map((episode) => CSV_COLUMNS.map((column) => csvCell(episode[column]))),
    CSV_OPTIONS,
  );
}

/** The whole CSV at once (tests, small diaries). The route streams the same text batch by batch. */
export function episodesCsv(episodes: readonly EpisodeRecord[]): string {
  return `${csvHead()}${csvRows(episodes)}`;
}

/** A byte-order mark, so spreadsheet apps read accented notes as UTF-8, then the header row. */
function csvHead(): string {
  return `\ufeff${stringify([], { ...CSV_OPTIONS, header: true })}`;
}

async function* csvStream(batches: AsyncIterable<EpisodeRecord[]>): AsyncGenerator<string> {
  yield csvHead();
  for await (const batch of batches) yield csvRows(batch);
}

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

export const exportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  installDiaryHooks(app);

  app.get(
    '/api/export',
    {
      schema: {
        tags: ['diary'],
        summary: 'Download everything stored for the person as JSON',
        response: { 200: exportSchema, 401: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { user, zone: timeZone, now } = await requirePerson(ctx, request);
      const userId = user.id;
      const [checkins, triageHistory, foodLogs, planSteps, shares] = await Promise.all([
        listCheckins(ctx.db, userId),
        listTriageResults(ctx.db, userId),
        listFoodLogs(ctx.db, userId),
        listPlanSteps(ctx.db, userId),
        shareList(ctx, userId, now),
      ]);
      const head = {
        format: 'crampwise-export' as const,
        version: 1 as const,
        exportedAt: now.toISOString(),
        profile: Profile.parse(profileView(user, ctx.config.defaultTimeZone, now)),
      };
      // Episodes are the long part: streamed in batches, each item through its schema as the serializer
      // would (unknown keys dropped), so the document is the one exportSchema describes.
      async function* document(): AsyncGenerator<string> {
        yield `${JSON.stringify(head).slice(0, -1)},"episodes":[`;
        let first = true;
        for await (const batch of episodeBatches(ctx.db, userId)) {
          const items = batch.map((episode) => JSON.stringify(Episode.parse(episode))).join(',');
          yield first ? items : `,${items}`;
          first = false;
        }
        const tail = {
          checkins: checkins.map((checkin) => Checkin.parse(checkin)),
          // The export keeps the saved checks as the engine wrote them (English); an export in the
          // person's language is the export's own part of issue 11.
          triageHistory: triageHistory.map((item) => TriageHistoryItem.parse(historyItem(item, 'en'))),
          foodLogs: foodLogs.map((log) => FoodLog.parse(log)),
          planSteps: planSteps.map((step) => PlanStepChoice.parse(step)),
          shares: shares.items,
        };
        yield `],${JSON.stringify(tail).slice(1)}`;
      }
      return (
        reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', attachment(`crampwise-export-${calendarDateIn(timeZone, now)}.json`))
          // A stream of exactly the document the 200 schema describes (kept for the OpenAPI document).
          .send(Readable.from(document()) as never)
      );
    },
  );

  app.get(
    '/api/export/episodes.csv',
    {
      schema: {
        tags: ['diary'],
        summary: 'Download every episode as CSV (text/csv)',
        description:
          'UTF-8 with a byte-order mark and CRLF rows: one header row, then one row per episode, oldest first. ' +
          'Times are ISO 8601 in UTC; lists are joined ' +
          'with ";"; a cell, or a line inside a cell, starting with = + - @ (or a tab or carriage return) is ' +
          'prefixed with an apostrophe so spreadsheets show it as text; cells with line breaks are quoted.',
      },
    },
    async (request, reply) => {
      const { user, zone: timeZone } = await requirePerson(ctx, request);
      const userId = user.id;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          attachment(`crampwise-episodes-${calendarDateIn(timeZone, ctx.now())}.csv`),
        )
        .send(Readable.from(csvStream(episodeBatches(ctx.db, userId))));
    },
  );
};
