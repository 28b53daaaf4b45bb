// What the diary says that bears on a plan: when the cramps come (the busiest three-hour window on the
// person's own clock), which habits went with fewer cramps, and which relief helped.
import {
  type CheckinFact,
  computeInsights,
  type EpisodeFact,
  type Factor,
  type ReliefRank,
  ZoneClock,
} from '../insights/index.js';

export type PeakWindow = { startHour: number; endHour: number; episodes: number; of: number };

export type DiarySignals = {
  episodes: number;
  nightShare: number | null;
  peak: PeakWindow | null;
  factors: Factor[];
  relief: ReliefRank[];
};

export type DiaryInput = {
  episodes: readonly EpisodeFact[];
  checkins: readonly CheckinFact[];
  /** IANA zone: the hours are the person's, never the server's. */
  timeZone: string;
};

/** A pattern needs at least this many cramps, and the window must hold at least half of them. */
export const MIN_EPISODES_FOR_PATTERN = 3;
const WINDOW_HOURS = 3;

export function peakWindow(hours: readonly number[]): PeakWindow | null {
  if (hours.length < MIN_EPISODES_FOR_PATTERN) return null;
  const perHour = new Array<number>(24).fill(0);
  for (const hour of hours) perHour[hour] = (perHour[hour] ?? 0) + 1;
  let best: PeakWindow | null = null;
  for (let start = 0; start < 24; start++) {
    let count = 0;
    for (let k = 0; k < WINDOW_HOURS; k++) count += perHour[(start + k) % 24]!;
    if (best === null || count > best.episodes)
      best = { startHour: start, endHour: (start + WINDOW_HOURS) % 24, episodes: count, of: hours.length };
  }
  return best !== null && best.episodes * 2 >= hours.length ? best : null;
}

function hourName(hour: number): { text: string; half: 'a.m.' | 'p.m.' | null } {
  if (hour === 0) return { text: 'midnight', half: null };
  if (hour === 12) return { text: 'noon', half: null };
  return { text: String(hour % 12), half: hour < 12 ? 'a.m.' : 'p.m.' };
}

/** "1–4 a.m.", "10 p.m.–1 a.m.", "midnight–3 a.m." */
export function formatWindow(window: Pick<PeakWindow, 'startHour' | 'endHour'>): string {
  const start = hourName(window.startHour);
  const end = hourName(window.endHour);
  const endText = end.half === null ? end.text : `${end.text} ${end.half}`;
  if (start.half === null || start.half !== end.half) {
    const startText = start.half === null ? start.text : `${start.text} ${start.half}`;
    return `${startText}–${endText}`;
  }
  return `${start.text}–${endText}`;
}

export function readDiary(diary: DiaryInput): DiarySignals {
  const insights = computeInsights(diary.episodes, diary.checkins, {
    timeZone: diary.timeZone,
    dueDate: null,
    from: null,
    to: null,
  });
  const clock = new ZoneClock(diary.timeZone);
  const hours = diary.episodes.map((episode) =>
    Math.floor(clock.localTime(Date.parse(episode.startedAt)).minuteOfDay / 60),
  );
  return {
    episodes: insights.totals.episodes,
    nightShare: insights.nightShare,
    peak: peakWindow(hours),
    factors: insights.factors,
    relief: insights.relief,
  };
}
