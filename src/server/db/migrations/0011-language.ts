// The language the person chose for Crampwise (en, zh-Hans, ru or ja), used when a browser has no
// `?lang=` or language cookie. No check constraint: the API validates it against src/i18n/locales.ts,
// so adding a language needs no migration; an unknown stored value is ignored by negotiation.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('language', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('language').execute();
}
