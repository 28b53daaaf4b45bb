// One cramp's details sheet: opens right after a one-tap log (focus on its heading), or from the
// list to edit. Works on a cramp still waiting on this phone as well as on a stored one.
import { useEffect, useRef, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, type Profile } from '../../api';
import { FormError } from '../../components/field';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import { useDiary } from '../components/diary-provider';
import { EpisodeForm, type FormErrors } from '../components/episode-form';
import { DiaryLoading, DiarySignedOut } from '../components/signed-out';
import { type Episode, type EpisodeFields, getEpisode, isTransient } from '../diary-api';
import { dayLabel, timeOfDay, todayIn, wallClock } from '../diary-time';
import { withQueued } from '../offline-queue';

export function DiaryEpisodePage({ id }: { id: string }) {
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile) return <DiarySignedOut />;
  return <EpisodeSheet key={id} id={id} profile={profile} />;
}

/** Why a cramp could not be opened. */
function problemOf(cause: unknown): 'not-found' | 'offline' | 'error' {
  // 400 is an id that is not a UUID: no such cramp either.
  if (cause instanceof ApiError && (cause.status === 404 || cause.status === 400)) return 'not-found';
  return isTransient(cause) ? 'offline' : 'error';
}

/** Server field names → the sentence shown under the matching question. */
function serverErrors(intl: IntlShape, fields: Record<string, string>): FormErrors {
  const out: FormErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    out[field.split('.')[0]!] = intl.formatMessage({ id: 'diary.form.fieldError' }, { message });
  }
  return out;
}

/** One summary line per refused question (a list field's items collapse onto the question). */
function summaryFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) out[field.split('.')[0]!] ??= message;
  return out;
}

/** What the error summary calls each question the server may refuse, and where its link goes. */
function episodeLabels(intl: IntlShape) {
  const t = (id: string) => intl.formatMessage({ id });
  return {
    startedAt: t('diary.episode.label.startedAt'),
    intensity: t('diary.episode.label.intensity'),
    muscles: t('diary.episode.label.muscles'),
    side: t('diary.episode.label.side'),
    reliefTried: t('diary.episode.label.reliefTried'),
    reliefHelped: t('diary.episode.label.reliefHelped'),
    minutesToRelief: t('diary.episode.label.minutesToRelief'),
    durationSeconds: t('diary.episode.label.durationSeconds'),
    notes: [t('diary.episode.label.notes'), 'episode-notes'] as const,
  };
}

function EpisodeSheet({ id, profile }: { id: string; profile: Profile }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const diary = useDiary();
  const [, navigate] = useLocation();
  const isNew = new URLSearchParams(useSearch()).has('new');
  const timeZone = profile.timezone;
  const entry = diary.waiting.find((e) => e.id === id);
  const queuedOnly = entry?.create != null;
  // A cramp still waiting on this phone has nothing on the server to read yet.
  const loaded = useResource<Episode>(
    queuedOnly ? null : `/api/episodes/${id}`,
    t('diary.episode.openError'),
    () => getEpisode(id),
  );
  const stored = loaded.data;
  const loadProblem = loaded.error === null ? null : problemOf(loaded.cause);
  // The form starts from the first copy seen and keeps its answers while a sync swaps the copy underneath.
  const [initial, setInitial] = useState<Episode | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  const current = withQueued(entry, stored);
  useEffect(() => {
    if (current && !initial) setInitial(current);
  }, [current, initial]);

  // Focus the sheet's heading when it opens, so a screen reader starts at the top of the sheet.
  const ready = initial !== null;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  async function save(fields: EpisodeFields) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setRefused({});
    setFormError(null);
    try {
      const outcome = await diary.save(id, fields);
      if (outcome.problem) {
        setErrors(serverErrors(intl, outcome.problem.fields));
        setRefused(summaryFields(outcome.problem.fields));
        setFormError(
          intl.formatMessage({ id: 'diary.episode.refused' }, { message: outcome.problem.message }),
        );
        return;
      }
      diary.announce(outcome.waiting ? t('diary.sync.savedWaiting') : t('diary.episode.saved'), id);
      navigate('/diary');
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(serverErrors(intl, e.fields));
        setRefused(summaryFields(e.fields));
        setFormError(e.message);
      } else throw e;
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    const episode = current ?? initial;
    if (!episode) return;
    setFormError(null);
    try {
      await diary.remove(episode);
      navigate('/diary');
    } catch (e) {
      setFormError(e instanceof ApiError ? e.message : t('diary.episode.deleteError'));
    }
  }

  if (!initial) {
    return (
      <div className="sheet">
        <p className="sheet-back">
          <Link href="/diary">{t('diary.back')}</Link>
        </p>
        {loadProblem === 'not-found' ? (
          <>
            <h1>{t('diary.episode.notFound')}</h1>
            <p>{t('diary.episode.notFoundLead')}</p>
          </>
        ) : loadProblem ? (
          <>
            <h1>{t('diary.episode.openError')}</h1>
            <p>
              {loadProblem === 'offline' ? t('diary.episode.openOffline') : t('diary.episode.openFailed')}
            </p>
          </>
        ) : (
          <DiaryLoading />
        )}
      </div>
    );
  }

  const startMs = Date.parse(initial.startedAt);
  const today = todayIn(timeZone, new Date());
  const day = dayLabel(intl, wallClock(startMs, timeZone).date, today);
  const when = { day, time: timeOfDay(intl, startMs, timeZone) };
  return (
    <div className="sheet">
      <p className="sheet-back">
        <Link href="/diary">{t('diary.back')}</Link>
      </p>
      <p className="sheet-status" role="status">
        {entry?.problem
          ? t('diary.episode.statusRefused')
          : entry
            ? t('diary.sync.waitingRow')
            : isNew
              ? intl.formatMessage({ id: 'diary.episode.logged' }, when)
              : ''}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {isNew ? t('diary.episode.addDetails') : t('diary.episode.details')}
      </h1>
      <p className="muted">
        {isNew ? t('diary.episode.newLead') : intl.formatMessage({ id: 'diary.episode.editLead' }, when)}
      </p>
      <FormError message={formError} fields={refused} labels={episodeLabels(intl)} />
      <EpisodeForm episode={initial} timeZone={timeZone} busy={busy} errors={errors} onSave={save} />
      <div className="sheet-delete">
        <button type="button" className="button secondary danger-outline" onClick={remove}>
          {t('diary.episode.delete')}
        </button>
      </div>
    </div>
  );
}
