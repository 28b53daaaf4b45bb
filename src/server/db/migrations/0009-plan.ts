// The personal plan (issue 12): the steps a person chose with their times, the private calendar feed's
// tokens, the phones that asked for push reminders, which reminders went out, and the check-in's answer
// to "plan steps done today".
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per step; `position` keeps the person's order. The item id is checked against the knowledge
  // base by the API, not here: an item may later be withdrawn, and the row must then stay readable.
  await db.schema
    .createTable('plan_steps')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().check(sql`char_length(item_id) <= 120`))
    .addColumn('time', 'text', (c) => c.check(sql`time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`))
    .addColumn('position', 'smallint', (c) => c.notNull().check(sql`position between 0 and 99`))
    .addPrimaryKeyConstraint('plan_steps_pkey', ['user_id', 'item_id'])
    .execute();

  // The feed URL carries a token; only its SHA-256 is kept. A rotated token stays as a revoked row.
  await db.schema
    .createTable('plan_feed_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  // At most one live token per person.
  await sql`create unique index plan_feed_tokens_one_live on plan_feed_tokens (user_id) where revoked_at is null`.execute(
    db,
  );

  // A browser's push subscription. The endpoint is unique: a phone shared by two accounts reminds the
  // one that subscribed last.
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('endpoint', 'text', (c) => c.primaryKey().check(sql`char_length(endpoint) <= 2000`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('p256dh', 'text', (c) => c.notNull().check(sql`char_length(p256dh) <= 200`))
    .addColumn('auth', 'text', (c) => c.notNull().check(sql`char_length(auth) <= 100`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('push_subscriptions_user').on('push_subscriptions').column('user_id').execute();

  // One row per reminder sent (person, step, her local date): the instance that inserts it sends, so
  // several instances on one PostgreSQL, or a restart, never remind twice.
  await db.schema
    .createTable('plan_reminders_sent')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_reminders_sent_pkey', ['user_id', 'item_id', 'local_date'])
    .execute();

  // null: the question was not answered that day.
  await db.schema
    .alterTable('checkins')
    .addColumn('plan_steps_done', sql`text[]`, (c) => c.check(sql`cardinality(plan_steps_done) <= 30`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('plan_steps_done').execute();
  await db.schema.dropTable('plan_reminders_sent').execute();
  await db.schema.dropTable('push_subscriptions').execute();
  await db.schema.dropTable('plan_feed_tokens').execute();
  await db.schema.dropTable('plan_steps').execute();
}
