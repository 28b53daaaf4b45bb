// Saved "Should I call?" checks: the answers and the engine's result, one row per check.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('triage_results')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('input', 'jsonb', (c) => c.notNull())
    // The five levels are written out here, not imported, so this migration never changes after it ships.
    .addColumn('level', 'text', (c) =>
      c.notNull().check(sql`level in ('emergency', 'urgent', 'soon', 'routine', 'self-care')`),
    )
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('triage_results_user_created')
    .on('triage_results')
    .columns(['user_id', 'created_at desc'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('triage_results').execute();
}
