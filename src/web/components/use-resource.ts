// The web app's one way to read a resource: load on mount and whenever the path changes, ignore answers that
// arrive after the page moved on, and keep the server's message when it fails. Pages call it; none hand-write
// the fetch effect.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api';

export type Resource<T> = {
  /** The last good answer: null while the first load runs, and after a first load that failed. */
  data: T | null;
  /** A sentence for the person when the last load failed; null otherwise. */
  error: string | null;
  /** What the last load failed with, for pages that say different things for "offline" and "not found". */
  cause: unknown;
  loading: boolean;
  /** Loads again (after a change elsewhere); the current data stays on screen meanwhile. */
  reload: () => void;
  /** Replaces the data locally after a change the page made itself (a delete, an edit). */
  setData: (update: (current: T | null) => T | null) => void;
};

/** The message a failed load shows: the server's own sentence, or `fallback` for anything else. */
export function loadErrorMessage(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback;
}

export type LoadOutcome<T> = { ok: true; data: T } | { ok: false; error: string; cause: unknown };

/**
 * Starts one load and hands its outcome to `settle`, unless the returned cancel is called first (the page
 * moved on to another path, or left): a late answer must never overwrite a newer one.
 */
export function startLoad<T>(
  load: () => Promise<T>,
  fallback: string,
  settle: (outcome: LoadOutcome<T>) => void,
): () => void {
  let current = true;
  let pending: Promise<T>;
  try {
    pending = load();
  } catch (e) {
    pending = Promise.reject(e);
  }
  pending.then(
    (data) => {
      if (current) settle({ ok: true, data });
    },
    (cause: unknown) => {
      if (current) settle({ ok: false, error: loadErrorMessage(cause, fallback), cause });
    },
  );
  return () => {
    current = false;
  };
}

/**
 * Reads `path` with GET (or `load`, for sources other than one GET) while `path` is not null.
 * `fallback` is the sentence shown when the failure carries none of its own. A change of `version` (the
 * diary's revision, say) loads again, as `reload` does.
 */
export function useResource<T>(
  path: string | null,
  fallback: string,
  load: (path: string) => Promise<T> = (p) => api<T>('GET', p),
  version?: unknown,
): Resource<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<{ message: string; cause: unknown } | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` and `version` are reload triggers
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    setLoading(true);
    setError(null);
    return startLoad(
      () => loadRef.current(path),
      fallback,
      (outcome) => {
        if (outcome.ok) setDataState(outcome.data);
        else setError({ message: outcome.error, cause: outcome.cause });
        setLoading(false);
      },
    );
  }, [path, round, fallback, version]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error: error?.message ?? null, cause: error?.cause ?? null, loading, reload, setData };
}
