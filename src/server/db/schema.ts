// Table types for Kysely. Dates (SQL `date`) come back as YYYY-MM-DD strings on both stores.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  email_normalized: string;
  password_hash: string;
  name: string | null;
  due_date: string | null;
  birth_year: number | null;
  region: string | null;
  timezone: string | null;
  locale: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a stolen database does not yield usable cookies. */
  id: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
}
