// Saved triage checks of a signed-in person: the answers, the level and the engine's result.
import type { Kysely, Selectable } from 'kysely';
import type { TriageLevel, TriageResult } from '../../../core/triage/index.js';
import type { Database, StoredTriageInput, TriageResultsTable } from '../schema.js';

/** One saved check, as the history and the export show it. */
export type TriageRecord = {
  id: string;
  /** ISO 8601 instant. */
  createdAt: string;
  input: StoredTriageInput;
  level: TriageLevel;
  result: TriageResult;
};

function toRecord(row: Selectable<TriageResultsTable>): TriageRecord {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    input: row.input,
    level: row.level,
    result: row.result,
  };
}

/**
 * Saves one check. With an `id` (a form's submission token) a second save of the same id does
 * nothing and answers undefined, so a re-sent form is not stored twice.
 */
export async function saveTriageResult(
  db: Kysely<Database>,
  entry: { id?: string; userId: string; createdAt: Date; input: StoredTriageInput; result: TriageResult },
): Promise<TriageRecord | undefined> {
  const row = await db
    .insertInto('triage_results')
    .values({
      ...(entry.id !== undefined ? { id: entry.id } : {}),
      user_id: entry.userId,
      created_at: entry.createdAt,
      input: JSON.stringify(entry.input),
      level: entry.result.level,
      result: JSON.stringify(entry.result),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** One of the person's own checks; undefined for an unknown id or someone else's. */
export async function findTriageResult(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<TriageRecord | undefined> {
  const row = await db
    .selectFrom('triage_results')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * The person's checks, newest first: all of them unless `limit` is given (the export wants every
 * one). `before` (an instant) pages back through older ones.
 * @example listTriageResults(db, userId, { limit: 20 })
 */
export async function listTriageResults(
  db: Kysely<Database>,
  userId: string,
  options: { limit?: number; before?: Date | string } = {},
): Promise<TriageRecord[]> {
  let query = db
    .selectFrom('triage_results')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
  if (options.before !== undefined) query = query.where('created_at', '<', new Date(options.before));
  if (options.limit !== undefined) query = query.limit(Math.max(1, Math.trunc(options.limit)));
  const rows = await query.execute();
  return rows.map(toRecord);
}

/** Deletes one of the person's own checks; false when there is no such check of theirs. */
export async function deleteTriageResult(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('triage_results')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
