// Where the server's VAPID keys live. A push subscription is bound to the public key the browser was
// given, so every instance must sign with the same pair: on PGlite (one process per data folder) the
// keys are a file under DATA_DIR; on PostgreSQL, where several instances may share the database, they
// are kept in app_secrets like the session key.
import type { Kysely } from 'kysely';
import type { StoreKind } from '../db/connect.js';
import type { Database } from '../db/schema.js';
import {
  generateVapidKeys,
  parseVapidKeys,
  readOrCreateVapidKeys,
  VapidKeyFileError,
  type VapidKeys,
} from './web-push.js';

const SECRET_NAME = 'vapid-keys';

async function sharedVapidKeys(db: Kysely<Database>): Promise<VapidKeys> {
  // Two instances starting together both offer a pair; the first insert wins and both read it back.
  await db
    .insertInto('app_secrets')
    .values({ name: SECRET_NAME, value: JSON.stringify(generateVapidKeys()) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', SECRET_NAME)
    .executeTakeFirstOrThrow();
  const keys = parseVapidKeys(row.value);
  if (!keys) throw new VapidKeyFileError(`app_secrets '${SECRET_NAME}' does not hold VAPID keys`);
  return keys;
}

/** Reads (or makes) the keys once, on first use; a failure is retried on the next use. */
export function vapidKeySource(
  kind: StoreKind,
  db: Kysely<Database>,
  dataDir: string,
): () => Promise<VapidKeys> {
  let pending: Promise<VapidKeys> | undefined;
  return () => {
    pending ??= (
      kind === 'postgres' ? sharedVapidKeys(db) : Promise.resolve().then(() => readOrCreateVapidKeys(dataDir))
    ).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
