// The person's own maternity unit or triage line, so a "get seen today" answer can offer to call it.
// Name and phone are set and cleared together.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('maternity_unit_name', 'text')
    .addColumn('maternity_unit_phone', 'text')
    .execute();
  await db.schema
    .alterTable('users')
    .addCheckConstraint(
      'users_maternity_unit_both_or_neither',
      sql`(maternity_unit_name is null) = (maternity_unit_phone is null)`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropConstraint('users_maternity_unit_both_or_neither').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('maternity_unit_name')
    .dropColumn('maternity_unit_phone')
    .execute();
}
