// Remembers recently verified sessions for a few seconds, so an authenticated request costs no extra query.
// Logout and account deletion in this process evict at once; a revocation made by another process
// (another instance on the same PostgreSQL, or the CLI) takes effect within `ttlMs` (10 s), because an
// entry older than that is checked against the sessions table again. That bound holds with no extra
// machinery: LISTEN/NOTIFY would evict sooner, but needs a dedicated connection per instance outside the
// pool, does not pass a transaction-mode pooler (PgBouncer), and loses notices sent while it reconnects,
// so the TTL would still be the guarantee. docs/deploy.md states the 10 s.
export type CachedSession = { userId: string; expiresAt: Date; verifiedAt: number };

export class SessionCache {
  private readonly byId = new Map<string, CachedSession>();

  constructor(
    readonly ttlMs = 10_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(id: string, now: Date): CachedSession | undefined {
    const entry = this.byId.get(id);
    if (!entry) return undefined;
    if (now.getTime() - entry.verifiedAt >= this.ttlMs || entry.expiresAt <= now) {
      this.byId.delete(id);
      return undefined;
    }
    return entry;
  }

  set(id: string, userId: string, expiresAt: Date, now: Date): void {
    if (this.byId.size >= this.maxEntries) {
      // Drop the oldest entry (Map keeps insertion order).
      const oldest = this.byId.keys().next().value;
      if (oldest !== undefined) this.byId.delete(oldest);
    }
    this.byId.set(id, { userId, expiresAt, verifiedAt: now.getTime() });
  }

  evict(id: string): void {
    this.byId.delete(id);
  }

  evictUser(userId: string): void {
    for (const [id, entry] of this.byId) if (entry.userId === userId) this.byId.delete(id);
  }
}
