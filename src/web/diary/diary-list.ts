// The diary list's shape: episodes newest first, grouped by the day they started on the person's
// calendar, with the same night-time rule the insights use.
import { isNightTime } from '../../core/insights/night';
import type { Episode } from './diary-api';
import { wallClock } from './diary-time';

export type ListedEpisode = Episode & {
  /** Still on this phone, waiting to sync. */
  pending: boolean;
  /** The server refused the queued copy; it needs changing. */
  problem: string | null;
};

export type DayGroup<E> = { date: string; items: E[] };

/** Newest first by start, then by id (the server's order), one group per local date. */
export function groupByDay<E extends Pick<Episode, 'id' | 'startedAt'>>(
  episodes: readonly E[],
  timeZone: string,
): DayGroup<E>[] {
  const sorted = [...episodes].sort(
    (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  const groups: DayGroup<E>[] = [];
  for (const episode of sorted) {
    const date = wallClock(Date.parse(episode.startedAt), timeZone).date;
    const last = groups.at(-1);
    if (last?.date === date) last.items.push(episode);
    else groups.push({ date, items: [episode] });
  }
  return groups;
}

/** Started 22:00–06:00 on the person's clock, or woke them (as the insights count it). */
export function isNightEpisode(episode: Pick<Episode, 'startedAt' | 'wokeFromSleep'>, timeZone: string) {
  const { minuteOfDay } = wallClock(Date.parse(episode.startedAt), timeZone);
  return isNightTime({ epochDay: 0, minuteOfDay }, episode.wokeFromSleep);
}

/**
 * Joins the server's episodes with those waiting on this phone: a waiting copy wins (it holds the
 * latest changes), and nothing shows twice.
 */
export function mergeWaiting(stored: readonly Episode[], waiting: readonly ListedEpisode[]): ListedEpisode[] {
  const waitingIds = new Set(waiting.map((e) => e.id));
  return [
    ...waiting,
    ...stored.filter((e) => !waitingIds.has(e.id)).map((e) => ({ ...e, pending: false, problem: null })),
  ];
}
