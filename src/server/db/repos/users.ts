// Users: created at sign-up, read for the profile, deleted with everything that belongs to them.
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, UsersTable } from '../schema.js';

export type UserRow = Selectable<UsersTable>;
export type ProfileChanges = Pick<
  Updateable<UsersTable>,
  | 'name'
  | 'due_date'
  | 'baby_birth_date'
  | 'birth_year'
  | 'region'
  | 'timezone'
  | 'locale'
  | 'language'
  | 'maternity_unit_name'
  | 'maternity_unit_phone'
>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Inserts a user; returns null when the email is taken (without regard to case). */
export async function createUser(
  db: Kysely<Database>,
  input: {
    email: string;
    passwordHash: string;
    name: string | null;
    region: string | null;
    timezone: string | null;
  },
): Promise<UserRow | null> {
  const row = await db
    .insertInto('users')
    .values({
      email: input.email.trim(),
      email_normalized: normalizeEmail(input.email),
      password_hash: input.passwordHash,
      name: input.name,
      region: input.region,
      timezone: input.timezone,
    })
    .onConflict((oc) => oc.column('email_normalized').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email_normalized', '=', normalizeEmail(email))
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateProfile(
  db: Kysely<Database>,
  id: string,
  changes: ProfileChanges,
): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes the user; every table that holds their data references users with ON DELETE CASCADE. */
export async function deleteUser(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
