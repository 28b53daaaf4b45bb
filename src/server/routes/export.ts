// Everything the person has stored, as one JSON download, and their episodes as a spreadsheet.
import { stringify } from 'csv-stringify/sync';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDateIn } from '../../core/pregnancy/gestational-age.js';
import { requireAuth } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { type EpisodeRecord, listAllEpisodes } from '../db/repos/episodes.js';
import { listTriageResults } from '../db/repos/triage-results.js';
import { findUserById } from '../db/repos/users.js';
import { unauthenticated } from '../errors.js';
import { historyItem, historyItemSchema } from '../triage/views.js';
import { checkinSchema, episodeSchema, errorSchema, noStore, sessionRequired } from './diary-schemas.js';
import { profileSchema, profileView } from './profile-view.js';

const exportSchema = z
  .object({
    format: z.literal('crampwise-export'),
    version: z.literal(1),
    exportedAt: z.string(),
    profile: profileSchema,
    episodes: z.array(episodeSchema).describe('Every episode, oldest first.'),
    checkins: z.array(checkinSchema).describe('Every check-in, oldest first.'),
    triageHistory: z.array(historyItemSchema).describe('Every saved triage check, newest first.'),
  })
  .describe('Everything stored for the person. The password hash and sessions are never included.');

const CSV_COLUMNS = [
  'id',
  'startedAt',
  'durationSeconds',
  'muscles',
  'side',
  'intensity',
  'wokeFromSleep',
  'reliefTried',
  'reliefHelped',
  'minutesToRelief',
  'notes',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof EpisodeRecord)[];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(value: EpisodeRecord[keyof EpisodeRecord]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return neutraliseFormula(value.join(';'));
  return neutraliseFormula(String(value));
}

export function episodesCsv(episodes: readonly EpisodeRecord[]): string {
  return stringify(
    episodes.map((episode) => CSV_COLUMNS.map((column) => csvCell(episode[column]))),
    // CRLF rows (RFC 4180) and a byte-order mark, so spreadsheet apps read accented notes as UTF-8.
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: true },
  );
}

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

export const exportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.addHook('onRequest', sessionRequired);
  app.addHook('onSend', noStore);

  app.get(
    '/api/export',
    {
      schema: {
        tags: ['diary'],
        summary: 'Download everything stored for the person as JSON',
        response: { 200: exportSchema, 401: errorSchema },
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      const user = await findUserById(ctx.db, userId);
      if (!user) throw unauthenticated();
      const now = ctx.now();
      const timeZone = user.timezone ?? ctx.config.defaultTimeZone;
      const [episodes, checkins, triageHistory] = await Promise.all([
        listAllEpisodes(ctx.db, userId),
        listCheckins(ctx.db, userId),
        listTriageResults(ctx.db, userId),
      ]);
      reply.header(
        'content-disposition',
        attachment(`crampwise-export-${calendarDateIn(timeZone, now)}.json`),
      );
      return {
        format: 'crampwise-export' as const,
        version: 1 as const,
        exportedAt: now.toISOString(),
        profile: profileView(user, ctx.config.defaultTimeZone, now),
        episodes,
        checkins,
        triageHistory: triageHistory.map(historyItem),
      };
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
          'with ";"; a cell starting with = + - or @ is prefixed with an apostrophe so spreadsheets show it as text.',
      },
    },
    async (request, reply) => {
      const { userId } = requireAuth(request);
      const user = await findUserById(ctx.db, userId);
      if (!user) throw unauthenticated();
      const timeZone = user.timezone ?? ctx.config.defaultTimeZone;
      const episodes = await listAllEpisodes(ctx.db, userId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          attachment(`crampwise-episodes-${calendarDateIn(timeZone, ctx.now())}.csv`),
        )
        .send(episodesCsv(episodes));
    },
  );
};
