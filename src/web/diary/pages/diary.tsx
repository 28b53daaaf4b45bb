// My diary: the one-tap log button, today's check-in, a short summary, and every cramp newest first.
// `/diary?log=now` (from the Relief page's "It's over — log it") logs one cramp on arrival.
import { useEffect, useRef, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { formatCramps } from '../../../i18n/format';
import { ApiError, type Profile } from '../../api';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import { useDiary } from '../components/diary-provider';
import { EpisodeList } from '../components/episode-list';
import { ExportLinks } from '../components/export-links';
import { LogCrampButton } from '../components/log-cramp-button';
import { RedFlagBanner } from '../components/red-flag-banner';
import { DiaryLoading, DiarySignedOut } from '../components/signed-out';
import { UndoBanner } from '../components/undo-banner';
import { type Checkin, getCheckin, getInsights, type Insights } from '../diary-api';
import { type ListedEpisode, mergeWaiting } from '../diary-list';
import { addDays, todayIn } from '../diary-time';
import { withQueued } from '../offline-queue';
import { useEpisodePages } from '../use-episode-pages';

/** Red flags this recent are shown on the diary; older ones stay on the insights page. */
const RED_FLAG_DAYS = 14;

export function DiaryPage() {
  const { profile, loading } = useSession();
  const loggingNow = new URLSearchParams(useSearch()).get('log') === 'now';
  if (loading) return <DiaryLoading />;
  if (!profile) return <DiarySignedOut loggingNow={loggingNow} />;
  return <DiaryHome profile={profile} />;
}

function useLogOnArrival(intl: IntlShape, onError: (message: string) => void) {
  const { logNow } = useDiary();
  const [, navigate] = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on arrival; the live URL is the guard.
  useEffect(() => {
    // Reads the live URL, not the render's: the parameter is removed before the cramp is sent, so a
    // re-run (StrictMode), a reload or going back never logs a second one.
    if (new URLSearchParams(window.location.search).get('log') !== 'now') return;
    navigate('/diary', { replace: true });
    logNow()
      .then(({ id }) => navigate(`/diary/episodes/${id}?new=1`))
      .catch((e: unknown) =>
        onError(e instanceof ApiError ? e.message : intl.formatMessage({ id: 'diary.log.errorOnArrival' })),
      );
  }, []);
}

function DiaryHome({ profile }: { profile: Profile }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const diary = useDiary();
  const timeZone = profile.timezone;
  const today = todayIn(timeZone, new Date());
  const list = useEpisodePages(diary.revision);
  const items = list.items;
  const from = addDays(today, -27);
  // The summary and today's check-in are extras: when they cannot load, the cards show their plain text.
  const summary = useResource<Insights>(
    `/api/insights?from=${from}&to=${today}`,
    t('diary.home.summaryError'),
    () => getInsights({ from, to: today }),
    diary.revision,
  ).data;
  const todayCheckin = useResource<Checkin | null>(
    `/api/checkins?from=${today}&to=${today}`,
    t('diary.home.checkinError'),
    () => getCheckin(today),
    diary.revision,
  ).data;
  const [logError, setLogError] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  useLogOnArrival(intl, setLogError);

  const stored = new Map(items.map((e) => [e.id, e]));
  const waiting: ListedEpisode[] = diary.waiting.flatMap((entry) => {
    const episode = withQueued(entry, stored.get(entry.id) ?? null);
    return episode ? [{ ...episode, pending: true, problem: entry.problem?.message ?? null }] : [];
  });
  const listed = mergeWaiting(items, waiting);

  const flagDates = (summary?.redFlags ?? [])
    .map((flag) => flag.date)
    .filter((date) => date >= addDays(today, -(RED_FLAG_DAYS - 1)));
  if (todayCheckin?.swelling === 'one-leg') flagDates.push(today);

  const waitingCount = diary.waiting.length;
  return (
    <div className="diary">
      <h1>{t('diary.title')}</h1>
      <RedFlagBanner dates={flagDates} />
      <LogCrampButton />
      {logError && (
        <p className="form-error" role="alert">
          {logError}
        </p>
      )}
      <p className="diary-status" role="status">
        {diary.notice ??
          (waitingCount > 0
            ? diary.syncing
              ? t('diary.sync.syncing')
              : intl.formatMessage({ id: 'diary.sync.waiting' }, { count: waitingCount })
            : '')}
      </p>
      <UndoBanner timeZone={timeZone} />

      <div className="diary-cards">
        <section className="card diary-card" aria-labelledby="checkin-title">
          <h2 id="checkin-title">{t('diary.home.checkinTitle')}</h2>
          <p className="muted">{todayCheckin ? t('diary.home.checkinDone') : t('diary.home.checkinLead')}</p>
          <Link className="button secondary block" href="/diary/check-in">
            {todayCheckin ? t('diary.home.checkinEdit') : t('diary.home.checkinStart')}
          </Link>
        </section>
        <section className="card diary-card" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('diary.home.summaryTitle')}</h2>
          <SummaryText summary={summary} />
          <Link className="button secondary block" href="/diary/insights">
            {t('diary.home.seePatterns')}
          </Link>
        </section>
      </div>

      <section className="diary-section" aria-labelledby="cramps-title">
        <h2 id="cramps-title" ref={listHeading} tabIndex={-1}>
          {t('diary.home.listTitle')}
        </h2>
        {list.moreError && (
          <p className="form-error" role="alert">
            {list.moreError}
          </p>
        )}
        {list.state === 'offline' && <p className="notice">{t('diary.home.offline')}</p>}
        {list.state === 'error' && <p className="form-error">{t('diary.home.listError')}</p>}
        {list.state === 'loading' && listed.length === 0 ? (
          // Holds the room a few rows will take, so the page below does not jump when they arrive.
          <div className="episode-placeholder" role="status">
            <span className="muted">{t('diary.home.listLoading')}</span>
          </div>
        ) : listed.length === 0 && list.state === 'ready' ? (
          <p className="empty-state">{t('diary.home.empty')}</p>
        ) : (
          <EpisodeList episodes={listed} timeZone={timeZone} today={today} savedId={diary.noticeFor} />
        )}
        {list.hasMore && (
          <button
            type="button"
            className="button secondary block"
            onClick={list.loadMore}
            disabled={list.loadingMore}
          >
            {list.loadingMore ? t('diary.home.loadingMore') : t('diary.home.loadMore')}
          </button>
        )}
      </section>

      <ExportLinks />
    </div>
  );
}

function SummaryText({ summary }: { summary: Insights | null }) {
  const intl = useIntl();
  if (!summary) return <p className="muted">{intl.formatMessage({ id: 'diary.home.summaryNone' })}</p>;
  const { episodes, nightEpisodes, checkins } = summary.totals;
  if (episodes === 0) {
    return <p className="muted">{intl.formatMessage({ id: 'diary.home.summaryEmpty' })}</p>;
  }
  return (
    <p className="summary-stat">
      <strong>{formatCramps(intl, episodes)}</strong>
      <span className="muted">
        {' '}
        · {intl.formatMessage({ id: 'diary.home.summaryNight' }, { count: nightEpisodes })} ·{' '}
        {intl.formatMessage({ id: 'diary.count.checkins' }, { count: checkins })}
      </span>
    </p>
  );
}
