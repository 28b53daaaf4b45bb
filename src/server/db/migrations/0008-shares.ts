// Share links: a person hands their report to a midwife or doctor with an expiring, revocable link.
// Only the token's SHA-256 is kept, so a copy of this table opens no link; each view leaves a row.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shares')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // The SMART Health Link key: the Bundle is encrypted with it on each manifest request.
    .addColumn('shl_key', 'text', (c) => c.notNull())
    .addColumn('from', 'date')
    .addColumn('to', 'date')
    .addColumn('passcode_hash', 'text')
    .addColumn('label', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint('shares_range', sql`"from" is null or "to" is null or "from" <= "to"`)
    .execute();
  await db.schema
    .createIndex('shares_user_created')
    .on('shares')
    .columns(['user_id', 'created_at desc'])
    .execute();

  await db.schema
    .createTable('share_views')
    // A sequence, not a uuid: views at the same instant still list in the order they came.
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('share_id', 'uuid', (c) => c.notNull().references('shares.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // The first half of the address only (2 of 4 IPv4 bytes, 4 of 8 IPv6 groups): enough to tell
    // "my midwife's clinic" from "somewhere else", not enough to find a person.
    .addColumn('address_prefix', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('page', 'pdf', 'fhir', 'shl')`))
    // Who a SMART Health Link receiver said it is (its manifest request's `recipient`); null otherwise.
    .addColumn('recipient', 'text')
    .execute();
  await db.schema.createIndex('share_views_share_at').on('share_views').columns(['share_id', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('share_views').execute();
  await db.schema.dropTable('shares').execute();
}
