// The person's insights: their diary read over the window they name in local dates, computed by the pure
// core on their own clock and calendar.
import type { DateRangeQuery } from '../../contract/checkins.js';
import type { Insights } from '../../contract/insights.js';
import { computeInsights } from '../../core/insights/insights.js';
import { epochDayOf, ZoneClock } from '../../core/insights/local-time.js';
import type { AppContext } from '../context.js';
import { listCheckins } from '../db/repos/checkins.js';
import { listAllEpisodes } from '../db/repos/episodes.js';
import type { Person } from '../person.js';

export async function diaryInsights(
  ctx: AppContext,
  { user, zone }: Person,
  { from, to }: DateRangeQuery,
): Promise<Insights> {
  const clock = new ZoneClock(zone);
  // The night of `to` runs until noon the day after, so read episodes up to the start of to+2.
  const [episodes, checkins] = await Promise.all([
    listAllEpisodes(ctx.db, user.id, {
      ...(from !== undefined ? { from: new Date(clock.startOfDay(epochDayOf(from))) } : {}),
      ...(to !== undefined ? { before: new Date(clock.startOfDay(epochDayOf(to) + 2)) } : {}),
    }),
    listCheckins(ctx.db, user.id, {
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    }),
  ]);
  return computeInsights(episodes, checkins, {
    timeZone: zone,
    dueDate: user.due_date,
    birthDate: user.baby_birth_date,
    from: from ?? null,
    to: to ?? null,
  });
}
