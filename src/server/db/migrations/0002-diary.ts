// The diary: cramp episodes and daily check-ins, each row owned by a user and deleted with them.
// CHECK constraints mirror the API's ranges and vocabularies, so no path can store what the API refuses.
import { type Kysely, sql } from 'kysely';

// Literal copies of src/core/insights/vocabulary.ts at the time of this migration: a migration
// must not change meaning when the code's vocabulary later grows.
const MUSCLES = ['calf', 'thigh', 'foot', 'toes', 'other'];
const SIDES = ['left', 'right', 'both'];
const RELIEF = [
  'calf-stretch',
  'thigh-stretch',
  'massage',
  'heat',
  'walk',
  'warm-bath',
  'paracetamol',
  'other',
];
const SUPPLEMENTS = ['calcium', 'magnesium', 'multivitamin', 'vitamin-d', 'other'];
const SWELLING = ['none', 'both-ankles', 'one-leg'];

const textArray = (values: string[]) => sql`array[${sql.join(values.map((v) => sql.lit(v)))}]::text[]`;
const oneOf = (column: string, values: string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const between = (column: string, min: number, max: number) =>
  sql`${sql.ref(column)} between ${sql.lit(min)} and ${sql.lit(max)}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('episodes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer', (c) => c.check(between('duration_seconds', 0, 7200)))
    .addColumn('muscles', sql`text[]`, (c) =>
      c.notNull().check(sql`cardinality(muscles) >= 1 and muscles <@ ${textArray(MUSCLES)}`),
    )
    .addColumn('side', 'text', (c) => c.check(oneOf('side', SIDES)))
    .addColumn('intensity', 'smallint', (c) => c.check(between('intensity', 0, 10)))
    .addColumn('woke_from_sleep', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('relief_tried', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{}'::text[]`)
        .check(sql`relief_tried <@ ${textArray(RELIEF)}`),
    )
    .addColumn('relief_helped', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('minutes_to_relief', 'integer', (c) => c.check(between('minutes_to_relief', 0, 600)))
    .addColumn('notes', 'text', (c) => c.check(sql`char_length(notes) <= 2000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('episodes_helped_were_tried', sql`relief_helped <@ relief_tried`)
    .execute();
  // Serves the newest-first list and its keyset pagination, and every per-person date range.
  await db.schema
    .createIndex('episodes_user_started_id')
    .on('episodes')
    .columns(['user_id', 'started_at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('water_glasses', 'smallint', (c) => c.check(between('water_glasses', 0, 30)))
    .addColumn('walked_minutes', 'smallint', (c) => c.check(between('walked_minutes', 0, 600)))
    .addColumn('standing_hours', 'smallint', (c) => c.check(between('standing_hours', 0, 24)))
    .addColumn('stretched_before_bed', 'boolean')
    .addColumn('warm_bath', 'boolean')
    .addColumn('legs_elevated', 'boolean')
    .addColumn('compression_stockings', 'boolean')
    .addColumn('slept_on_left_side', 'boolean')
    .addColumn('supplements', sql`text[]`, (c) => c.check(sql`supplements <@ ${textArray(SUPPLEMENTS)}`))
    .addColumn('swelling', 'text', (c) => c.check(oneOf('swelling', SWELLING)))
    .addColumn('notes', 'text', (c) => c.check(sql`char_length(notes) <= 2000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // One check-in per person per day; the key also serves the per-person date-range reads.
    .addPrimaryKeyConstraint('checkins_pkey', ['user_id', 'date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checkins').execute();
  await db.schema.dropTable('episodes').execute();
}
