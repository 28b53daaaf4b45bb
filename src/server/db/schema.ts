// Table types for Kysely. Dates (SQL `date`) come back as YYYY-MM-DD strings on both stores.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Muscle, ReliefMethod, Side, Supplement, Swelling } from '../../core/insights/vocabulary.js';
import type { BloodPressure, FindingName, TriageLevel, TriageResult } from '../../core/triage/index.js';
import type { StoredFoodLog } from './repos/food-log.js';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  email_normalized: string;
  password_hash: string;
  name: string | null;
  due_date: string | null;
  /** The baby's birth date (YYYY-MM-DD): after it, checks and the diary count weeks since the birth. */
  baby_birth_date: ColumnType<string | null, string | null | undefined, string | null>;
  birth_year: number | null;
  region: string | null;
  timezone: string | null;
  locale: string | null;
  /** The chosen Crampwise language (src/i18n/locales.ts), or null to follow the browser. */
  language: ColumnType<string | null, string | null | undefined, string | null>;
  /** The person's maternity unit or triage line; name and phone are both set or both null. */
  maternity_unit_name: string | null;
  maternity_unit_phone: string | null;
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

/** Where the week of pregnancy in a triage came from: the person's answer, their due date, or nowhere. */
export type GestationalWeekSource = 'answer' | 'profile' | 'unknown';

/** The answers of one triage as the engine saw them (findings marked true only). */
export interface StoredTriageInput {
  findings: Partial<Record<FindingName, true>>;
  gestationalWeek: number | null;
  gestationalWeekSource: GestationalWeekSource;
  bloodPressure: BloodPressure | null;
  /** Weeks since the birth (v2); absent on checks saved before it existed. */
  postpartumWeeks?: number | null;
  postpartumWeeksSource?: GestationalWeekSource;
}

export interface TriageResultsTable {
  id: Generated<string>;
  user_id: string;
  created_at: CreatedAt;
  input: JSONColumnType<StoredTriageInput>;
  level: TriageLevel;
  result: JSONColumnType<TriageResult>;
}

/** A cramp episode. Lists are SQL text[] drawn from the vocabularies in core/insights/vocabulary.ts. */
export interface EpisodesTable {
  id: Generated<string>;
  user_id: string;
  started_at: Date;
  duration_seconds: number | null;
  muscles: Muscle[];
  side: Side | null;
  /** Null while the person has not filled it in (one-tap logging). */
  intensity: number | null;
  woke_from_sleep: Generated<boolean>;
  relief_tried: Generated<ReliefMethod[]>;
  relief_helped: Generated<ReliefMethod[]>;
  minutes_to_relief: number | null;
  notes: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A daily check-in, one per person per date; null = not answered. */
export interface CheckinsTable {
  user_id: string;
  date: string;
  water_glasses: number | null;
  walked_minutes: number | null;
  standing_hours: number | null;
  stretched_before_bed: boolean | null;
  warm_bath: boolean | null;
  legs_elevated: boolean | null;
  compression_stockings: boolean | null;
  slept_on_left_side: boolean | null;
  supplements: Supplement[] | null;
  swelling: Swelling | null;
  notes: string | null;
  /** The food check's log of the day (migration 0010); null when none was saved. */
  food_log: ColumnType<StoredFoodLog | null, string | null | undefined, string | null>;
  /** Plan step ids done that day; null = not answered. */
  plan_steps_done: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A step of a person's plan (a knowledge item id) with its time of day, HH:MM on her clock. */
export interface PlanStepsTable {
  user_id: string;
  item_id: string;
  time: string | null;
  position: number;
}

/** The private calendar feed's tokens, by SHA-256; a rotated token keeps its row, revoked. */
export interface PlanFeedTokensTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

/** A browser's Web Push subscription. */
export interface PushSubscriptionsTable {
  endpoint: string;
  user_id: string;
  p256dh: string;
  auth: string;
  created_at: CreatedAt;
}

/** A reminder already sent for one step on one local date. */
export interface PlanRemindersSentTable {
  user_id: string;
  item_id: string;
  local_date: string;
  sent_at: CreatedAt;
}

/** Attempts counted by one limiter for one key (stored as a SHA-256) in its current window. */
export interface RateLimitCountsTable {
  limiter: string;
  key_hash: string;
  count: number;
  window_ends_at: Date;
}

/** Keys generated once and shared by every instance (the session key when SESSION_SECRET is unset). */
export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

/** A share link of the person's report. `from`/`to` null = from the first entry / up to the day it is opened. */
export interface SharesTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  shl_key: string;
  from: string | null;
  to: string | null;
  passcode_hash: string | null;
  label: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  revoked_at: Date | null;
}

export type ShareViewKind = 'page' | 'pdf' | 'fhir' | 'shl';

/** One access to a share link: when, from which half of an address, and what was fetched. */
export interface ShareViewsTable {
  id: Generated<string>;
  share_id: string;
  at: Date;
  address_prefix: string;
  what: ShareViewKind;
  recipient: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  episodes: EpisodesTable;
  checkins: CheckinsTable;
  triage_results: TriageResultsTable;
  rate_limit_counts: RateLimitCountsTable;
  app_secrets: AppSecretsTable;
  shares: SharesTable;
  share_views: ShareViewsTable;
  plan_steps: PlanStepsTable;
  plan_feed_tokens: PlanFeedTokensTable;
  push_subscriptions: PushSubscriptionsTable;
  plan_reminders_sent: PlanRemindersSentTable;
}
