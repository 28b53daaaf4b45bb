// Places each episode on the person's own clock once, so every insight reads the same local facts.
import type { LocalTime, ZoneClock } from './local-time.js';
import { isNightTime, nightDateOf } from './night.js';
import type { EpisodeFact } from './types.js';

export type LocalEpisode<E extends EpisodeFact = EpisodeFact> = LocalTime & {
  episode: E;
  /** Started 22:00–06:00 local time, or woke the person. */
  night: boolean;
  /** Epoch day of the evening whose night (noon to noon) holds the episode. */
  nightDate: number;
};

export function localizeEpisodes<E extends EpisodeFact>(
  episodes: readonly E[],
  clock: ZoneClock,
): LocalEpisode<E>[] {
  return episodes.map((episode) => {
    const epochMs = Date.parse(episode.startedAt);
    if (Number.isNaN(epochMs)) throw new RangeError(`episode ${episode.id} has no valid startedAt`);
    const local = clock.localTime(epochMs);
    return {
      epochDay: local.epochDay,
      minuteOfDay: local.minuteOfDay,
      episode,
      night: isNightTime(local, episode.wokeFromSleep),
      nightDate: nightDateOf(local),
    };
  });
}
