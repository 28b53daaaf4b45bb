// Which relief methods helped most often when tried, with how long relief took.
import { type Interval, median, wilsonInterval } from './intervals.js';
import type { EpisodeFact } from './types.js';
import { RELIEF_METHODS, type ReliefMethod } from './vocabulary.js';

export type ReliefRank = {
  method: ReliefMethod;
  /** 1 for the best; methods with the same helped share have the same rank (1, 1, 3…). */
  rank: number;
  tried: number;
  helped: number;
  /** helped / tried. */
  helpedShare: number;
  /** 95% Wilson interval for helpedShare: wide when the method was tried only a few times. */
  interval: Interval;
  /** Median minutes to relief over episodes where this method helped and the minutes were recorded. */
  medianMinutesToRelief: number | null;
  /** How many recorded minutes the median is over. */
  minutesRecorded: number;
};

/**
 * Ranks every method tried at least once by helped / tried, highest first. Equal shares rank
 * equal; among them the method tried more often comes first, then the vocabulary order. When
 * several methods helped in one episode, its minutes to relief count for each of them.
 */
export function rankRelief(episodes: readonly EpisodeFact[]): ReliefRank[] {
  const tally = new Map<ReliefMethod, { tried: number; helped: number; minutes: number[] }>();
  for (const episode of episodes) {
    for (const method of new Set(episode.reliefTried)) {
      let entry = tally.get(method);
      if (!entry) {
        entry = { tried: 0, helped: 0, minutes: [] };
        tally.set(method, entry);
      }
      entry.tried++;
      if (episode.reliefHelped.includes(method)) {
        entry.helped++;
        if (episode.minutesToRelief !== null) entry.minutes.push(episode.minutesToRelief);
      }
    }
  }
  const order = (method: ReliefMethod) => RELIEF_METHODS.indexOf(method);
  const sorted = [...tally.entries()].sort(([ma, a], [mb, b]) => {
    // Compare helped/tried exactly by cross-multiplying, so 1/3 and 2/6 tie.
    const byShare = b.helped * a.tried - a.helped * b.tried;
    return byShare || b.tried - a.tried || order(ma) - order(mb);
  });
  const ranks: ReliefRank[] = [];
  sorted.forEach(([method, entry], index) => {
    const previous = ranks[index - 1];
    const tiesPrevious =
      previous !== undefined && previous.helped * entry.tried === entry.helped * previous.tried;
    ranks.push({
      method,
      rank: tiesPrevious ? previous.rank : index + 1,
      tried: entry.tried,
      helped: entry.helped,
      helpedShare: entry.helped / entry.tried,
      interval: wilsonInterval(entry.helped, entry.tried)!,
      medianMinutesToRelief: median(entry.minutes),
      minutesRecorded: entry.minutes.length,
    });
  });
  return ranks;
}
