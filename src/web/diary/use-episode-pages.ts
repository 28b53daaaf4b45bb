// The diary's list of cramps, a page at a time, newest first: the first pages load with useResource (again
// whenever the stored diary changes, keeping as many as were shown), "Load more" appends the next page.
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useResource } from '../components/use-resource';
import { type Episode, type EpisodePage, isTransient, listEpisodes } from './diary-api';

const PAGE = 30;
/** The most a reload asks for at once: the API's page limit. */
const MAX_PAGE = 100;

/** Why the list shows what it shows: still loading, loaded, or not reachable now. */
export type ListState = 'loading' | 'ready' | 'offline' | 'error';

export type EpisodePages = {
  items: Episode[];
  state: ListState;
  /** Whether there are older cramps to load. */
  hasMore: boolean;
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  /** Why the last "Load more" failed. */
  moreError: string | null;
};

/** Merges a further page into the list, skipping any cramp a reload already brought. */
export function appendPage(current: EpisodePage | null, next: EpisodePage): EpisodePage {
  const items = current?.items ?? [];
  const seen = new Set(items.map((e) => e.id));
  return { items: [...items, ...next.items.filter((e) => !seen.has(e.id))], nextCursor: next.nextCursor };
}

/** How many cramps a reload asks for: as many as are shown, at least a page, at most the API's limit. */
export const reloadSize = (shown: number) => Math.min(MAX_PAGE, Math.max(PAGE, shown));

export function useEpisodePages(revision: number): EpisodePages {
  const intl = useIntl();
  const shown = useRef(0);
  const list = useResource<EpisodePage>(
    '/api/episodes',
    intl.formatMessage({ id: 'diary.home.listError' }),
    () => listEpisodes({ limit: reloadSize(shown.current) }),
    revision,
  );
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({
    loading: false,
    error: null,
  });
  shown.current = list.data?.items.length ?? shown.current;

  const cursor = list.data?.nextCursor ?? null;
  async function loadMore() {
    if (!cursor) return;
    setMore({ loading: true, error: null });
    try {
      const page = await listEpisodes({ limit: PAGE, cursor });
      list.setData((current) => appendPage(current, page));
      setMore({ loading: false, error: null });
    } catch {
      setMore({ loading: false, error: intl.formatMessage({ id: 'diary.home.loadMoreError' }) });
    }
  }

  const state: ListState = list.error
    ? isTransient(list.cause)
      ? 'offline'
      : 'error'
    : list.data
      ? 'ready'
      : 'loading';
  return {
    items: list.data?.items ?? [],
    state,
    hasMore: cursor !== null,
    loadMore,
    loadingMore: more.loading,
    moreError: more.error,
  };
}
