// Share links of a person's report and the log of every view of them.
import type { Kysely, Selectable } from 'kysely';
import type { Database, SharesTable, ShareViewKind } from '../schema.js';

export type ShareRow = Selectable<SharesTable>;
export type ShareViewRow = {
  shareId: string;
  at: Date;
  addressPrefix: string;
  what: ShareViewKind;
  recipient: string | null;
};

export async function insertShare(
  db: Kysely<Database>,
  share: {
    userId: string;
    tokenHash: string;
    shlKey: string;
    from: string | null;
    to: string | null;
    passcodeHash: string | null;
    label: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<ShareRow> {
  return db
    .insertInto('shares')
    .values({
      user_id: share.userId,
      token_hash: share.tokenHash,
      shl_key: share.shlKey,
      from: share.from,
      to: share.to,
      passcode_hash: share.passcodeHash,
      label: share.label,
      created_at: share.createdAt,
      expires_at: share.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The link a token opens, whatever its state (the caller decides what expired or revoked means). */
export async function findShareByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ShareRow | undefined> {
  return db.selectFrom('shares').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** The person's links, newest first. */
export async function listShares(db: Kysely<Database>, userId: string): Promise<ShareRow[]> {
  return db
    .selectFrom('shares')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Revokes one of the person's own links from `now` on (a second revoke keeps the first time).
 * False when the person has no such link: another person's id is as unknown as a made-up one.
 */
export async function revokeShare(
  db: Kysely<Database>,
  userId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('shares')
    .select(['id', 'revoked_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return false;
  if (row.revoked_at === null) {
    await db
      .updateTable('shares')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }
  return true;
}

export async function recordShareView(
  db: Kysely<Database>,
  view: { shareId: string; at: Date; addressPrefix: string; what: ShareViewKind; recipient?: string | null },
): Promise<void> {
  await db
    .insertInto('share_views')
    .values({
      share_id: view.shareId,
      at: view.at,
      address_prefix: view.addressPrefix,
      what: view.what,
      recipient: view.recipient ?? null,
    })
    .execute();
}

/** Every view of the given links, oldest first. */
export async function listShareViews(
  db: Kysely<Database>,
  shareIds: readonly string[],
): Promise<ShareViewRow[]> {
  if (shareIds.length === 0) return [];
  const rows = await db
    .selectFrom('share_views')
    .select(['share_id', 'at', 'address_prefix', 'what', 'recipient'])
    .where('share_id', 'in', shareIds)
    .orderBy('at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((r) => ({
    shareId: r.share_id,
    at: r.at,
    addressPrefix: r.address_prefix,
    what: r.what,
    recipient: r.recipient,
  }));
}
