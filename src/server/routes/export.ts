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
import type { Muscle, ReliefMethod, Side } from '../../core/insights/index.js';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import type { Locale } from '../../i18n/locales.js';
import { serverIntl } from '../../i18n/server-intl.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { type EpisodeRecord, episodeBatches } from '../db/repos/episodes.js';
import { listFoodLogs } from '../db/repos/food-log.js';
import { listPlanSteps } from '../db/repos/plan-steps.js';
import { listTriageResults } from '../db/repos/triage-results.js';
import { localeForPerson } from '../http/locale.js';
import { requirePerson } from '../person.js';
import { reliefLabel } from '../report/words.js';
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

/** One column per episode field, in the contract's order. */
const CSV_COLUMNS = EPISODE_FIELDS;

type Column = (typeof CSV_COLUMNS)[number];

// The header and the closed values in the person's language. English keeps the field names and codes
// the CSV always had (its catalog holds them as they are), so existing spreadsheets and scripts still
// read it; ids, ISO 8601 times, numbers and notes are the same in every language.
const COLUMN_WORDS: Record<Column, string> = {
  id: 'report.csv.column.id',
  startedAt: 'report.csv.column.startedAt',
  durationSeconds: 'report.csv.column.durationSeconds',
  muscles: 'report.csv.column.muscles',
  side: 'report.csv.column.side',
  intensity: 'report.csv.column.intensity',
  wokeFromSleep: 'report.csv.column.wokeFromSleep',
  reliefTried: 'report.csv.column.reliefTried',
  reliefHelped: 'report.csv.column.reliefHelped',
  minutesToRelief: 'report.csv.column.minutesToRelief',
  notes: 'report.csv.column.notes',
  createdAt: 'report.csv.column.createdAt',
  updatedAt: 'report.csv.column.updatedAt',
};

const MUSCLE_WORDS: Record<Muscle, string> = {
  calf: 'report.csv.muscle.calf',
  thigh: 'report.csv.muscle.thigh',
  foot: 'report.csv.muscle.foot',
  toes: 'report.csv.muscle.toes',
  other: 'report.csv.muscle.other',
};

const SIDE_WORDS: Record<Side, string> = {
  left: 'report.csv.side.left',
  right: 'report.csv.side.right',
  both: 'report.csv.side.both',
};

/** The words of one CSV: the header row and each closed value, made once per locale. */
type CsvWords = { header: string[]; cell(column: Column, value: EpisodeRecord[Column]): string };

function csvWords(locale: Locale): CsvWords {
  const intl = serverIntl(locale, ['report']);
  const t = (id: string) => intl.formatMessage({ id });
  const english = locale === 'en';
  const word = (column: Column, code: string): string => {
    if (column === 'muscles') return t(MUSCLE_WORDS[code as Muscle]);
    if (column === 'side') return t(SIDE_WORDS[code as Side]);
    // English relief methods stay codes, like every other English value.
    if (column === 'reliefTried' || column === 'reliefHelped')
      return english ? code : reliefLabel(intl, code as ReliefMethod);
    return code;
  };
  return {
    header: CSV_COLUMNS.map((column) => t(COLUMN_WORDS[column])),
    cell(column, value) {
      if (value === null) return '';
      if (typeof value === 'boolean') return t(value ? 'report.csv.yes' : 'report.csv.no');
      if (Array.isArray(value)) return neutraliseFormula(value.map((code) => word(column, code)).join(';'));
      if (column === 'side') return word(column, String(value));
      return neutraliseFormula(String(value));
    },
  };
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (OWASP "CSV injection"). Every line of a cell counts:
 * a spreadsheet that splits a cell at a line break would otherwise meet "=1+1" at the start of a line.
 */
export function neutraliseFormula(cell: string): string {
  return cell.replace(/(?<=^|[\r\n])(?=[=+\-@\t\r])/g, "'");
}

const CSV_OPTIONS = {
  // CRLF rows (RFC 4180). A cell with a bare line break is quoted too: csv-stringify quotes only the
  // full CRLF, and an unquoted "\n" would end the row early.
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
} as const;

function csvRows(episodes: readonly EpisodeRecord[], words: CsvWords): string {
  return stringify(
    episodes.map((episode) => CSV_COLUMNS.map((column) => words.cell(column, episode[column]))),
    CSV_OPTIONS,
  );
}

/** The whole CSV at once (tests, small diaries). The route streams the same text batch by batch. */
export function episodesCsv(episodes: readonly EpisodeRecord[], locale: Locale = 'en'): string {
  const words = csvWords(locale);
  return `${csvHead(words)}${csvRows(episodes, words)}`;
}

/** A byte-order mark, so spreadsheet apps read accented notes as UTF-8, then the header row. */
function csvHead(words: CsvWords): string {
  return `\ufeff${stringify([words.header], CSV_OPTIONS)}`;
}

async function* csvStream(batches: AsyncIterable<EpisodeRecord[]>, locale: Locale): AsyncGenerator<string> {
  const words = csvWords(locale);
  yield csvHead(words);
  for await (const batch of batches) yield csvRows(batch, words);
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
          'The header and the closed values (muscles, side, relief methods, yes/no) are in the person’s ' +
          'language (English: the field names and codes); ids, numbers and notes are as stored. ' +
          'Times are ISO 8601 in UTC; lists are joined ' +
          'with ";"; a cell, or a line inside a cell, starting with = + - @ (or a tab or carriage return) is ' +
          'prefixed with an apostrophe so spreadsheets show it as text; cells with line breaks are quoted.',
      },
    },
    async (request, reply) => {
      const { user, zone: timeZone } = await requirePerson(ctx, request);
      const userId = user.id;
      const locale = localeForPerson(request, user);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-language', locale)
        .header(
          'content-disposition',
          attachment(`crampwise-episodes-${calendarDateIn(timeZone, ctx.now())}.csv`),
        )
        .send(Readable.from(csvStream(episodeBatches(ctx.db, userId), locale)));
    },
  );
};
