// Episodes counted per week of pregnancy, or per ISO calendar week (Monday first) without a due date;
// from the baby's birth date on, per week since the birth.
import { LAST_COUNTED_DAY, PREGNANCY_DAYS } from '../pregnancy/gestational-age.js';
import { dateOfEpochDay, epochDayOf, isoWeekLabel, mondayOf } from './local-time.js';
import type { LocalEpisode } from './localize.js';

export type WeekCount = {
  /** First and last local dates of the week, inclusive. */
  start: string;
  end: string;
  /** Completed weeks of pregnancy (as in "week 25 + 3 days"), on the pregnancy basis. */
  pregnancyWeek: number | null;
  /** ISO week such as 2026-W47, on the calendar basis. */
  isoWeek: string | null;
  /** Completed weeks since the birth (0 = the first week), for weeks from the birth on. */
  weeksSinceBirth: number | null;
  episodes: number;
  nightEpisodes: number;
};

export type PerWeek = {
  basis: 'pregnancy' | 'calendar';
  /** From the first to the last week holding an episode, weeks without one included as zero. */
  weeks: WeekCount[];
  /** Episodes on dates outside weeks 0–45 of the pregnancy (pregnancy basis only). */
  outsidePregnancy: number;
};

type Bucket = { start: number; episodes: number; nightEpisodes: number };

/** Groups episodes into consecutive 7-day buckets; `bucketOf` returns the bucket's first day or null. */
function countWeeks(
  episodes: readonly LocalEpisode[],
  bucketOf: (epochDay: number) => number | null,
): { buckets: Bucket[]; outside: number } {
  const byStart = new Map<number, Bucket>();
  let outside = 0;
  for (const item of episodes) {
    const start = bucketOf(item.epochDay);
    if (start === null) {
      outside++;
      continue;
    }
    let bucket = byStart.get(start);
    if (!bucket) {
      bucket = { start, episodes: 0, nightEpisodes: 0 };
      byStart.set(start, bucket);
    }
    bucket.episodes++;
    if (item.night) bucket.nightEpisodes++;
  }
  if (byStart.size === 0) return { buckets: [], outside };
  const starts = [...byStart.keys()];
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const buckets: Bucket[] = [];
  for (let start = first; start <= last; start += 7) {
    buckets.push(byStart.get(start) ?? { start, episodes: 0, nightEpisodes: 0 });
  }
  return { buckets, outside };
}

/**
 * Weeks before the birth on the pregnancy (or calendar) basis, then weeks since the birth. Without a
 * birth date, every episode is counted on the pregnancy (or calendar) basis as before.
 */
export function perWeek(
  episodes: readonly LocalEpisode[],
  dueDate: string | null,
  birthDate: string | null = null,
): PerWeek {
  if (birthDate === null) return beforeBirth(episodes, dueDate);
  const birthDay = epochDayOf(birthDate);
  const before = beforeBirth(
    episodes.filter((item) => item.epochDay < birthDay),
    dueDate,
  );
  const { buckets } = countWeeks(
    episodes.filter((item) => item.epochDay >= birthDay),
    (epochDay) => birthDay + Math.floor((epochDay - birthDay) / 7) * 7,
  );
  const after: WeekCount[] = buckets.map((b) => ({
    start: dateOfEpochDay(b.start),
    end: dateOfEpochDay(b.start + 6),
    pregnancyWeek: null,
    isoWeek: null,
    weeksSinceBirth: (b.start - birthDay) / 7,
    episodes: b.episodes,
    nightEpisodes: b.nightEpisodes,
  }));
  // A pregnancy week that runs past the birth day ends the day before it.
  const trimmed = before.weeks.map((week) =>
    epochDayOf(week.end) >= birthDay ? { ...week, end: dateOfEpochDay(birthDay - 1) } : week,
  );
  return { ...before, weeks: [...trimmed, ...after] };
}

function beforeBirth(episodes: readonly LocalEpisode[], dueDate: string | null): PerWeek {
  if (dueDate === null) {
    const { buckets } = countWeeks(episodes, mondayOf);
    return {
      basis: 'calendar',
      weeks: buckets.map((b) => ({
        start: dateOfEpochDay(b.start),
        end: dateOfEpochDay(b.start + 6),
        pregnancyWeek: null,
        isoWeek: isoWeekLabel(b.start),
        weeksSinceBirth: null,
        episodes: b.episodes,
        nightEpisodes: b.nightEpisodes,
      })),
      outsidePregnancy: 0,
    };
  }
  // Day 0 of the pregnancy is the first day of the last period, 280 days before the due date.
  const dayZero = epochDayOf(dueDate) - PREGNANCY_DAYS;
  const { buckets, outside } = countWeeks(episodes, (epochDay) => {
    const totalDays = epochDay - dayZero;
    if (totalDays < 0 || totalDays > LAST_COUNTED_DAY) return null;
    return dayZero + Math.floor(totalDays / 7) * 7;
  });
  return {
    basis: 'pregnancy',
    weeks: buckets.map((b) => ({
      start: dateOfEpochDay(b.start),
      end: dateOfEpochDay(b.start + 6),
      pregnancyWeek: (b.start - dayZero) / 7,
      isoWeek: null,
      weeksSinceBirth: null,
      episodes: b.episodes,
      nightEpisodes: b.nightEpisodes,
    })),
    outsidePregnancy: outside,
  };
}
