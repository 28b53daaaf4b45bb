// Keys generated once and kept in the store, so that every instance on one PostgreSQL uses the same one.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The named secret, created on first use. Two instances starting together both offer a fresh key; the
 * insert keeps whichever came first and ignores the other, and both then read back the one that was kept.
 */
export async function sharedSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(48).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
