// The diary's shared state: one-tap logging, the offline queue and its syncing, saving details,
// and delete with undo. It lives above the routes, so an undo or a sync survives moving between pages.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../../api';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import { deviceQueueStorage, onQueueChangedElsewhere } from '../device-queue';
import {
  createEpisode,
  deleteEpisode,
  type Episode,
  type EpisodeCreate,
  type EpisodeFields,
  fieldsOf,
  isTransient,
  newEpisodeId,
  patchEpisode,
} from '../diary-api';
import { EpisodeQueue, type KeyValueStorage, type QueueEntry, type QueueProblem } from '../offline-queue';
import { SyncLoop } from '../sync-loop';

/** How often waiting cramps are retried while the page stays open (besides `online` events). */
const RETRY_MS = 20_000;
const NOTICE_MS = 6_000;

export type Deleted = { episode: Episode; wasWaiting: boolean; at: number };
export type SaveOutcome = { waiting: boolean; problem: QueueProblem | null };

export type DiaryState = {
  /** Cramps and changes on this phone that the server does not have yet, oldest first. */
  waiting: QueueEntry[];
  syncing: boolean;
  /** Goes up whenever the server's diary changed, so lists and summaries reload. */
  revision: number;
  logNow: () => Promise<{ id: string; waiting: boolean }>;
  save: (id: string, fields: EpisodeFields) => Promise<SaveOutcome>;
  remove: (episode: Episode) => Promise<void>;
  deleted: Deleted | null;
  undo: () => Promise<void>;
  dismissDeleted: () => void;
  /** A short message for the diary's status line ("Cramp saved."). */
  notice: string | null;
  /** The message, and which cramp it is about, so the list can say "Saved" on that row. */
  announce: (message: string, episodeId?: string) => void;
  /** The cramp the notice is about, while it shows. */
  noticeFor: string | null;
  sync: () => Promise<void>;
};

const DiaryContext = createContext<DiaryState | null>(null);

export const queueKey = (userId: string) => `crampwise.diary-queue.v1:${userId}`;

export function DiaryProvider({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const { profile } = useSession();
  const userId = profile?.id ?? null;
  // IndexedDB opens in a few milliseconds; until then (or if it cannot) there is no queue to show.
  const storage = useResource<KeyValueStorage>(
    'device-queue',
    intl.formatMessage({ id: 'diary.sync.noStorage' }),
    () => deviceQueueStorage(),
  ).data;
  const queue = useMemo(
    () => (userId && storage ? new EpisodeQueue(storage, queueKey(userId)) : null),
    [userId, storage],
  );
  const [waiting, setWaiting] = useState<QueueEntry[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [revision, setRevision] = useState(0);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [noticeFor, setNoticeFor] = useState<string | null>(null);

  const reread = useCallback(() => setWaiting(queue?.entries() ?? []), [queue]);
  const changed = useCallback(() => setRevision((r) => r + 1), []);

  const loop = useMemo(
    () =>
      queue &&
      new SyncLoop(queue, { create: createEpisode, patch: patchEpisode }, newEpisodeId, {
        onStart: () => setSyncing(true),
        onRound: (outcome) => {
          if (outcome.synced.length > 0) changed();
        },
        // Storage refused a write (full, or blocked): what is queued stays queued for the next try.
        onError: (error) => console.error('Diary sync stopped', error),
        onEnd: () => {
          setSyncing(false);
          reread();
        },
      }),
    [queue, reread, changed],
  );
  const sync = useCallback((): Promise<void> => loop?.run() ?? Promise.resolve(), [loop]);

  useEffect(() => {
    reread();
    setDeleted(null);
    if (!queue) return;
    void sync();
    const onOnline = () => void sync();
    // Another tab queued or synced something: IndexedDB sends no storage events, a channel does.
    const stopListening = storage ? onQueueChangedElsewhere(storage, reread) : () => {};
    const onStorage = (event: StorageEvent) => {
      if (event.key === queue.key) reread();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void sync();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
      stopListening();
    };
  }, [queue, storage, reread, sync]);

  const hasSendable = waiting.some((e) => e.problem === null);
  useEffect(() => {
    if (!hasSendable) return;
    const timer = setInterval(() => {
      if (navigator.onLine !== false) void sync();
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [hasSendable, sync]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => {
      setNotice(null);
      setNoticeFor(null);
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // The queue's storage opens in a few milliseconds; a tap that comes sooner waits for it.
  const requireQueue = useCallback(async (): Promise<EpisodeQueue> => {
    if (!userId) throw new ApiError(401, 'unauthenticated', intl.formatMessage({ id: 'diary.sync.logIn' }));
    return queue ?? new EpisodeQueue(await deviceQueueStorage(), queueKey(userId));
  }, [queue, userId, intl]);

  const logNow = useCallback(async () => {
    const q = await requireQueue();
    const body: EpisodeCreate = {
      id: newEpisodeId(),
      startedAt: new Date().toISOString(),
      muscles: ['calf'],
      intensity: null,
    };
    try {
      await createEpisode(body);
      changed();
      return { id: body.id, waiting: false };
    } catch (error) {
      if (!isTransient(error)) throw error;
      q.addCreate(body, new Date());
      reread();
      return { id: body.id, waiting: true };
    }
  }, [requireQueue, changed, reread]);

  const save = useCallback(
    async (id: string, fields: EpisodeFields): Promise<SaveOutcome> => {
      const q = await requireQueue();
      const entry = q.get(id);
      if (entry?.create) {
        q.addEdit(id, fields, new Date());
        reread();
        await sync();
        const left = q.get(id);
        return { waiting: left !== undefined, problem: left?.problem ?? null };
      }
      try {
        await patchEpisode(id, fields);
        if (entry) q.update(entry.id, entry.revision, () => null);
        reread();
        changed();
        return { waiting: false, problem: null };
      } catch (error) {
        if (!isTransient(error)) throw error;
        q.addEdit(id, fields, new Date());
        reread();
        return { waiting: true, problem: null };
      }
    },
    [requireQueue, reread, sync, changed],
  );

  const remove = useCallback(
    async (episode: Episode) => {
      const q = await requireQueue();
      const entry = q.get(episode.id);
      if (entry?.create) {
        q.remove(episode.id);
        // A cramp queued after a dropped connection may have reached the server all the same.
        await deleteEpisode(episode.id).catch(() => undefined);
      } else {
        try {
          await deleteEpisode(episode.id);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) {
            if (isTransient(error)) {
              throw new ApiError(0, 'offline', intl.formatMessage({ id: 'diary.sync.offlineDelete' }));
            }
            throw error;
          }
        }
        q.remove(episode.id);
        changed();
      }
      reread();
      setDeleted({ episode, wasWaiting: entry?.create != null, at: Date.now() });
    },
    [requireQueue, reread, changed, intl],
  );

  const undo = useCallback(async () => {
    const q = await requireQueue();
    const gone = deleted;
    if (!gone) return;
    setDeleted(null);
    const body: EpisodeCreate = { id: gone.episode.id, ...fieldsOf(gone.episode) };
    if (gone.wasWaiting) {
      q.addCreate(body, new Date(gone.episode.createdAt));
      reread();
      void sync();
      setNotice(intl.formatMessage({ id: 'diary.sync.restoredWaiting' }));
      return;
    }
    try {
      await createEpisode(body);
      changed();
      setNotice(intl.formatMessage({ id: 'diary.sync.restored' }));
    } catch (error) {
      if (!isTransient(error)) throw error;
      q.addCreate(body, new Date());
      reread();
      setNotice(intl.formatMessage({ id: 'diary.sync.restoredWaiting' }));
    }
  }, [requireQueue, deleted, reread, sync, changed, intl]);

  const value: DiaryState = {
    waiting,
    syncing,
    revision,
    logNow,
    save,
    remove,
    deleted,
    undo,
    dismissDeleted: useCallback(() => setDeleted(null), []),
    notice,
    announce: useCallback((message: string, episodeId?: string) => {
      setNotice(message);
      setNoticeFor(episodeId ?? null);
    }, []),
    noticeFor,
    sync,
  };
  return <DiaryContext.Provider value={value}>{children}</DiaryContext.Provider>;
}

export function useDiary(): DiaryState {
  const value = useContext(DiaryContext);
  if (!value) throw new Error('useDiary outside DiaryProvider');
  return value;
}
