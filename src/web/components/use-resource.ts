// The web app's one way to read a resource: load on mount and whenever the path changes, ignore answers that
// arrive after the page moved on, and keep the server's message when it fails. Pages call it; none hand-write
// the fetch effect.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api';

export type Resource<T> = {
  /** The last good answer, or null while the first load runs or after it failed. */
  data: T | null;
  /** A sentence for the person when the load failed; null otherwise. */
  error: string | null;
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

/**
 * Reads `path` with GET (or `load`, for sources other than one GET) while `path` is not null.
 * `fallback` is the sentence shown when the failure carries none of its own.
 */
export function useResource<T>(
  path: string | null,
  fallback: string,
  load: (path: string) => Promise<T> = (p) => api<T>('GET', p),
): Resource<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    let current = true;
    setLoading(true);
    setError(null);
    loadRef.current(path).then(
      (value) => {
        if (!current) return;
        setDataState(value);
        setLoading(false);
      },
      (e: unknown) => {
        if (!current) return;
        setError(loadErrorMessage(e, fallback));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [path, round, fallback]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
