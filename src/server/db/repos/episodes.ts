// Cramp episodes: idempotent insert by client id, keyset pages newest first, edits and deletes,
// always scoped to their owner.
import type { Kysely, Selectable, Updateable } from 'kysely';
import { EPISODE_ENTRY_FIELDS, EPISODE_FIELDS } from '../../../contract/episodes.js';
import type { EpisodeRecord } from '../../../core/insights/records.js';
import type { Database, EpisodesTable } from '../schema.js';

export type { EpisodeRecord };

export type EpisodeValues = Omit<EpisodeRecord, 'id' | 'startedAt' | 'createdAt' | 'updatedAt'> & {
  startedAt: Date;
};

/** The column of a field: the same name in snake case (startedAt is started_at). */
type Column<F extends string> = F extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${Column<Tail>}`
  : F;

/** Typed so that an episode field without its column in EpisodesTable does not compile. */
const columnOf = <F extends string>(field: F): Column<F> =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`) as Column<F>;

// Every field of the contract reads and writes its column: a new field needs only its migration and its
// type in schema.ts here. Paired once, not per row: an export maps every row through these.
const RECORD_COLUMNS = EPISODE_FIELDS.map((field) => [field, columnOf(field)] as const);
const ENTRY_COLUMNS = EPISODE_ENTRY_FIELDS.map((field) => [field, columnOf(field)] as const);

function toRecord(row: Selectable<EpisodesTable>): EpisodeRecord {
  const record: Record<string, unknown> = {};
  for (const [field, column] of RECORD_COLUMNS) {
    const value = row[column];
    record[field] = value instanceof Date ? value.toISOString() : value;
  }
  return record as EpisodeRecord;
}

function toColumns(values: Partial<EpisodeValues>): Updateable<EpisodesTable> {
  const columns: Record<string, unknown> = {};
  for (const [field, column] of ENTRY_COLUMNS) {
    const value = values[field];
    if (value !== undefined) columns[column satisfies keyof EpisodesTable] = value;
  }
  return columns as Updateable<EpisodesTable>;
}

export type InsertOutcome =
  | { kind: 'created'; episode: EpisodeRecord }
  | { kind: 'replayed'; episode: EpisodeRecord }
  /** The id belongs to someone else's episode. */
  | { kind: 'taken' };

/**
 * Stores an episode. With an `id` that is already stored for this person, answers the stored
 * episode unchanged ('replayed'), so a retried request never logs twice.
 */
export async function insertEpisode(
  db: Kysely<Database>,
  userId: string,
  id: string | undefined,
  values: EpisodeValues,
  now: Date,
): Promise<InsertOutcome> {
  const row = await db
    .insertInto('episodes')
    .values({
      ...(id !== undefined ? { id } : {}),
      user_id: userId,
      ...toColumns(values),
      started_at: values.startedAt,
      muscles: values.muscles,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (row) return { kind: 'created', episode: toRecord(row) };
  if (id === undefined) throw new Error('an episode with a server-made id was not stored');
  const stored = await db.selectFrom('episodes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!stored || stored.user_id !== userId) return { kind: 'taken' };
  return { kind: 'replayed', episode: toRecord(stored) };
}

export async function findEpisode(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<EpisodeRecord | undefined> {
  const row = await db
    .selectFrom('episodes')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export type EpisodeWindow = {
  /** Earliest start, inclusive. */
  from?: Date;
  /** Latest start, exclusive. */
  before?: Date;
};

/**
 * One page, newest first by start then id. `after` is the last item of the previous page; one
 * extra row is read to know whether another page follows.
 */
export async function listEpisodePage(
  db: Kysely<Database>,
  userId: string,
  options: EpisodeWindow & { limit: number; after?: { startedAt: Date; id: string } },
): Promise<{ items: EpisodeRecord[]; more: boolean }> {
  let query = db
    .selectFrom('episodes')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1);
  if (options.from) query = query.where('started_at', '>=', options.from);
  if (options.before) query = query.where('started_at', '<', options.before);
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('started_at', 'id'), '<', eb.tuple(after.startedAt, after.id)),
    );
  }
  const rows = await query.execute();
  return { items: rows.slice(0, options.limit).map(toRecord), more: rows.length > options.limit };
}

/** Every episode in the window, oldest first (for insights and the export). */
export async function listAllEpisodes(
  db: Kysely<Database>,
  userId: string,
  window: EpisodeWindow = {},
): Promise<EpisodeRecord[]> {
  let query = db
    .selectFrom('episodes')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('started_at', 'asc')
    .orderBy('id', 'asc');
  if (window.from) query = query.where('started_at', '>=', window.from);
  if (window.before) query = query.where('started_at', '<', window.before);
  return (await query.execute()).map(toRecord);
}

/**
 * Every episode of the person, oldest first, a batch at a time (keyset by start then id), so an export
 * streams a diary of any length without holding it in memory.
 */
export async function* episodeBatches(
  db: Kysely<Database>,
  userId: string,
  size = 500,
): AsyncGenerator<EpisodeRecord[]> {
  let after: { startedAt: Date; id: string } | undefined;
  for (;;) {
    let query = db
      .selectFrom('episodes')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('started_at', 'asc')
      .orderBy('id', 'asc')
      .limit(size);
    const last = after;
    if (last) {
      query = query.where((eb) =>
        eb(eb.refTuple('started_at', 'id'), '>', eb.tuple(last.startedAt, last.id)),
      );
    }
    const rows = await query.execute();
    if (rows.length > 0) yield rows.map(toRecord);
    if (rows.length < size) return;
    const end = rows[rows.length - 1]!;
    after = { startedAt: end.started_at, id: end.id };
  }
}

/**
 * Applies `merge` to the stored episode under a row lock and saves the result, so two edits at
 * once cannot combine into an episode that neither would have passed. `merge` may throw to refuse.
 */
export async function updateEpisode(
  db: Kysely<Database>,
  userId: string,
  id: string,
  merge: (current: EpisodeRecord) => Partial<EpisodeValues>,
  now: Date,
): Promise<EpisodeRecord | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('episodes')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return undefined;
    const changes = toColumns(merge(toRecord(row)));
    if (Object.keys(changes).length === 0) return toRecord(row);
    const updated = await trx
      .updateTable('episodes')
      .set({ ...changes, updated_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRecord(updated);
  });
}

export async function deleteEpisode(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('episodes')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
