// Cramps logged or changed while the server could not be reached wait here (localStorage, per
// person) until they sync. Each episode keeps the UUID it was logged with, so sending it again can
// never store it twice: the server answers a repeated id with the episode it already has.
import { EPISODE_DEFAULTS, EPISODE_ENTRY_FIELDS } from '../../contract/episode-fields';
import { ApiError } from '../api';
import {
  type Episode,
  type EpisodeCreate,
  type EpisodeFields,
  type EpisodePatch,
  isTransient,
} from './diary-api';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type QueueProblem = { message: string; fields: Record<string, string> };

export type QueueEntry = {
  id: string;
  /** The whole episode, while the server may not have it yet. */
  create: EpisodeCreate | null;
  /** Changes to an episode the server already has. Never set together with `create`. */
  patch: EpisodePatch | null;
  /** When the entry was first queued (ISO 8601). */
  queuedAt: string;
  /** Counts changes, so a sync that raced an edit never drops the edit. */
  revision: number;
  /** Why the server refused it: retrying will not help until the person changes it. */
  problem: QueueProblem | null;
};

type Stored = { version: 1; entries: QueueEntry[] };

const isEntry = (value: unknown): value is QueueEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as QueueEntry).id === 'string' &&
  typeof (value as QueueEntry).revision === 'number' &&
  ((value as QueueEntry).create !== null || (value as QueueEntry).patch !== null);

export class EpisodeQueue {
  constructor(
    private readonly storage: KeyValueStorage,
    readonly key: string,
  ) {}

  /** Oldest first. */
  entries(): QueueEntry[] {
    const raw = this.storage.getItem(this.key);
    if (raw === null) return [];
    try {
      const parsed = JSON.parse(raw) as Partial<Stored>;
      if (parsed.version === 1 && Array.isArray(parsed.entries)) return parsed.entries.filter(isEntry);
    } catch {
      // Falls through: keep the unreadable text aside rather than overwrite it on the next write.
    }
    if (this.storage.getItem(`${this.key}.unreadable`) === null) {
      this.storage.setItem(`${this.key}.unreadable`, raw);
    }
    return [];
  }

  get(id: string): QueueEntry | undefined {
    return this.entries().find((entry) => entry.id === id);
  }

  /** Queues a new episode (or puts one back after an undo), replacing any entry with its id. */
  addCreate(body: EpisodeCreate, now: Date): QueueEntry {
    const previous = this.get(body.id);
    const entry: QueueEntry = {
      id: body.id,
      create: { ...body },
      patch: null,
      queuedAt: previous?.queuedAt ?? now.toISOString(),
      revision: (previous?.revision ?? 0) + 1,
      problem: null,
    };
    this.write([...this.entries().filter((e) => e.id !== body.id), entry]);
    return entry;
  }

  /** Records changes: folded into a queued episode, or kept as a patch for a stored one. */
  addEdit(id: string, patch: EpisodePatch, now: Date): QueueEntry {
    const entries = this.entries();
    const index = entries.findIndex((e) => e.id === id);
    const previous = entries[index];
    const entry: QueueEntry = previous
      ? {
          ...previous,
          create: previous.create && { ...previous.create, ...patch },
          patch: previous.create ? null : { ...previous.patch, ...patch },
          revision: previous.revision + 1,
          problem: null,
        }
      : { id, create: null, patch: { ...patch }, queuedAt: now.toISOString(), revision: 1, problem: null };
    if (previous) entries[index] = entry;
    else entries.push(entry);
    this.write(entries);
    return entry;
  }

  remove(id: string): void {
    const entries = this.entries();
    const kept = entries.filter((e) => e.id !== id);
    if (kept.length !== entries.length) this.write(kept);
  }

  /** Changes an entry only if nobody changed it since `revision` was read. */
  update(id: string, revision: number, change: (entry: QueueEntry) => QueueEntry | null): boolean {
    const entries = this.entries();
    const index = entries.findIndex((e) => e.id === id);
    const entry = entries[index];
    if (!entry || entry.revision !== revision) return false;
    const next = change(entry);
    if (next) entries[index] = next;
    else entries.splice(index, 1);
    this.write(entries);
    return true;
  }

  private write(entries: QueueEntry[]): void {
    if (entries.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify({ version: 1, entries } satisfies Stored));
  }
}

const sameValue = (field: keyof EpisodeFields, a: unknown, b: unknown): boolean => {
  if (field === 'startedAt') return Date.parse(String(a)) === Date.parse(String(b));
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join('\n') === [...b].sort().join('\n');
  return a === b;
};

/** The fields of a sent body that the stored episode does not have (a replayed id keeps the old values). */
export function unsyncedFields(sent: EpisodeCreate, stored: Episode): EpisodePatch {
  const patch: Record<string, unknown> = {};
  for (const field of EPISODE_ENTRY_FIELDS) {
    if (sent[field] !== undefined && !sameValue(field, sent[field], stored[field]))
      patch[field] = sent[field];
  }
  return patch as EpisodePatch;
}

/**
 * An episode as the person sees it: the stored one with waiting changes, or the queued one with the
 * server's defaults (from the contract) for what was left out.
 */
export function withQueued(entry: QueueEntry | undefined, stored: Episode | null): Episode | null {
  if (entry?.create) {
    const c = entry.create;
    const defaults: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(EPISODE_DEFAULTS)) {
      defaults[field] = Array.isArray(value) ? [...value] : value;
    }
    const given = Object.fromEntries(Object.entries(c).filter(([, value]) => value !== undefined));
    return {
      ...(defaults as Omit<Episode, 'id' | 'startedAt' | 'createdAt' | 'updatedAt'>),
      ...given,
      id: c.id,
      startedAt: c.startedAt,
      createdAt: entry.queuedAt,
      updatedAt: entry.queuedAt,
    };
  }
  if (!stored) return null;
  return entry?.patch ? { ...stored, ...entry.patch } : stored;
}

export type Transport = {
  create: (body: EpisodeCreate) => Promise<Episode>;
  patch: (id: string, patch: EpisodePatch) => Promise<Episode>;
};

export type FlushOutcome = {
  /** Episodes the server now has as the person last left them. */
  synced: Episode[];
  /** Why flushing stopped early: nothing to do until the network or the session is back. */
  waiting: 'offline' | 'signed-out' | null;
  /** Entries the server refused; they keep their problem until the person changes them. */
  refused: number;
};

async function send(entry: QueueEntry, transport: Transport): Promise<Episode> {
  if (!entry.create) return transport.patch(entry.id, entry.patch ?? {});
  const stored = await transport.create(entry.create);
  const missing = unsyncedFields(entry.create, stored);
  return Object.keys(missing).length > 0 ? transport.patch(entry.id, missing) : stored;
}

/**
 * Sends every waiting entry, oldest first. Stops at the first network or server failure (the
 * rest would fail too); skips entries with a problem. An entry edited while its request was in
 * flight stays queued, as a patch of everything, since the server has the episode by then.
 */
export async function flushQueue(
  queue: EpisodeQueue,
  transport: Transport,
  newId: () => string,
): Promise<FlushOutcome> {
  const outcome: FlushOutcome = { synced: [], waiting: null, refused: 0 };
  for (let entry of queue.entries()) {
    if (entry.problem) continue;
    for (let attempt = 0; ; attempt++) {
      try {
        const stored = await send(entry, transport);
        const removed = queue.update(entry.id, entry.revision, () => null);
        if (!removed) {
          const latest = queue.get(entry.id);
          if (latest?.create) {
            const { id: _id, ...fields } = latest.create;
            queue.update(latest.id, latest.revision, (e) => ({
              ...e,
              create: null,
              patch: fields,
              revision: e.revision + 1,
            }));
          }
        }
        outcome.synced.push(stored);
        break;
      } catch (error) {
        if (isTransient(error)) return { ...outcome, waiting: 'offline' };
        if (error instanceof ApiError && error.status === 401) return { ...outcome, waiting: 'signed-out' };
        if (error instanceof ApiError && error.status === 404 && !entry.create) {
          // The episode was deleted (on another device): its changes have nothing left to change.
          queue.update(entry.id, entry.revision, () => null);
          break;
        }
        if (error instanceof ApiError && error.code === 'conflict' && entry.create && attempt === 0) {
          // The id is someone else's (vanishingly rare): log the cramp under a new one.
          const id = newId();
          const { create } = entry;
          queue.update(entry.id, entry.revision, () => null);
          entry = queue.addCreate({ ...create, id }, new Date(entry.queuedAt));
          continue;
        }
        const problem: QueueProblem =
          error instanceof ApiError
            ? { message: error.message, fields: error.fields }
            : { message: error instanceof Error ? error.message : String(error), fields: {} };
        queue.update(entry.id, entry.revision, (e) => ({ ...e, problem }));
        outcome.refused++;
        break;
      }
    }
  }
  return outcome;
}
