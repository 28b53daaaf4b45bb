// The diary list: days newest first, a row per cramp (time, where, intensity or "add details",
// a moon for night-time), each opening its details page, where it can be changed or deleted. No delete
// button on the row: one mis-tap beside a row half asleep should never remove a cramp.
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { whereLabel } from '../diary-labels';
import { type DayGroup, groupByDay, isNightEpisode, type ListedEpisode } from '../diary-list';
import { dayLabel, timeOfDay } from '../diary-time';

type Props = {
  episodes: readonly ListedEpisode[];
  timeZone: string;
  today: string;
  /** The cramp just saved: its row says so, next to what was saved. */
  savedId?: string | null;
};

export function EpisodeList({ episodes, timeZone, today, savedId = null }: Props) {
  const intl = useIntl();
  const groups: DayGroup<ListedEpisode>[] = groupByDay(episodes, timeZone);
  return (
    <div className="episode-days">
      {groups.map((group) => (
        <section key={group.date} className="episode-day" aria-labelledby={`day-${group.date}`}>
          <h3 id={`day-${group.date}`} className="episode-day-title">
            {dayLabel(intl, group.date, today)}
          </h3>
          <ul className="episode-list">
            {group.items.map((episode) => (
              <EpisodeRow
                key={episode.id}
                episode={episode}
                timeZone={timeZone}
                saved={savedId === episode.id && !episode.pending}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function EpisodeRow({
  episode,
  timeZone,
  saved,
}: {
  episode: ListedEpisode;
  timeZone: string;
  saved: boolean;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const time = timeOfDay(intl, Date.parse(episode.startedAt), timeZone);
  const night = isNightEpisode(episode, timeZone);
  return (
    <li className="episode-row" data-episode-id={episode.id}>
      <Link href={`/diary/episodes/${episode.id}`} className="episode-link">
        <span className="episode-time">
          {time}
          {night && (
            <svg viewBox="0 0 24 24" className="episode-moon" role="img" aria-label={t('diary.list.atNight')}>
              <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" fill="currentColor" />
            </svg>
          )}
        </span>
        <span className="episode-where">{whereLabel(intl, episode.muscles, episode.side)}</span>
        {episode.intensity === null ? (
          <span className="episode-intensity missing">{t('diary.list.addDetails')}</span>
        ) : (
          <span className="episode-intensity">
            <span className="visually-hidden">{t('diary.list.intensity')} </span>
            {intl.formatMessage({ id: 'diary.list.outOfTen' }, { intensity: episode.intensity })}
          </span>
        )}
        {episode.problem ? (
          <span className="episode-sync problem">
            {intl.formatMessage({ id: 'diary.list.notSynced' }, { problem: episode.problem })}
          </span>
        ) : (
          episode.pending && <span className="episode-sync">{t('diary.sync.waitingRow')}</span>
        )}
        {saved && <span className="episode-saved">{t('diary.list.saved')}</span>}
      </Link>
    </li>
  );
}
