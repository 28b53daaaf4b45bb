// One cramp's details sheet: opens right after a one-tap log (focus on its heading), or from the
// list to edit. Works on a cramp still waiting on this phone as well as on a stored one.
import { useEffect, useRef, useState } from 'react';
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
function serverErrors(fields: Record<string, string>): FormErrors {
  const out: FormErrors = {};
  for (const [field, message] of Object.entries(fields)) out[field.split('.')[0]!] = `This ${message}.`;
  return out;
}

/** One summary line per refused question (a list field's items collapse onto the question). */
function summaryFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) out[field.split('.')[0]!] ??= message;
  return out;
}

/** What the error summary calls each question the server may refuse, and where its link goes. */
const EPISODE_LABELS = {
  startedAt: 'When it started',
  intensity: 'How strong',
  muscles: 'Where',
  side: 'Which leg',
  reliefTried: 'What you tried',
  reliefHelped: 'What helped',
  minutesToRelief: 'Minutes until it eased',
  durationSeconds: 'How long it lasted',
  notes: ['Notes', 'episode-notes'],
} as const;

function EpisodeSheet({ id, profile }: { id: string; profile: Profile }) {
  const diary = useDiary();
  const [, navigate] = useLocation();
  const isNew = new URLSearchParams(useSearch()).has('new');
  const timeZone = profile.timezone;
  const entry = diary.waiting.find((e) => e.id === id);
  const queuedOnly = entry?.create != null;
  // A cramp still waiting on this phone has nothing on the server to read yet.
  const loaded = useResource<Episode>(
    queuedOnly ? null : `/api/episodes/${id}`,
    'Could not open this cramp.',
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
        setErrors(serverErrors(outcome.problem.fields));
        setRefused(summaryFields(outcome.problem.fields));
        setFormError(`Saved on this phone, but the server refused it: ${outcome.problem.message}`);
        return;
      }
      diary.announce(outcome.waiting ? 'Saved on this phone — will sync.' : 'Cramp saved.', id);
      navigate('/diary');
    } catch (e) {
      if (e instanceof ApiError) {
        setErrors(serverErrors(e.fields));
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
      setFormError(e instanceof ApiError ? e.message : 'Could not delete it. Try again.');
    }
  }

  if (!initial) {
    return (
      <div className="sheet">
        <p className="sheet-back">
          <Link href="/diary">← My diary</Link>
        </p>
        {loadProblem === 'not-found' ? (
          <>
            <h1>Cramp not found</h1>
            <p>It may have been deleted.</p>
          </>
        ) : loadProblem ? (
          <>
            <h1>Could not open this cramp</h1>
            <p>
              {loadProblem === 'offline'
                ? 'You are offline. It will open when the connection is back.'
                : 'Something went wrong. Try again soon.'}
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
  const day = dayLabel(wallClock(startMs, timeZone).date, today);
  return (
    <div className="sheet">
      <p className="sheet-back">
        <Link href="/diary">← My diary</Link>
      </p>
      <p className="sheet-status" role="status">
        {entry?.problem
          ? 'On this phone, not synced: the server refused it. Change the details and save.'
          : entry
            ? 'Saved on this phone — will sync'
            : isNew
              ? `Logged ✓ ${day}, ${timeOfDay(startMs, timeZone)}`
              : ''}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {isNew ? 'Add details' : 'Cramp details'}
      </h1>
      <p className="muted">
        {isNew
          ? 'All optional. Fill in what you remember, now or later from your diary.'
          : `${day}, ${timeOfDay(startMs, timeZone)}. Change anything, then save.`}
      </p>
      <FormError message={formError} fields={refused} labels={EPISODE_LABELS} />
      <EpisodeForm episode={initial} timeZone={timeZone} busy={busy} errors={errors} onSave={save} />
      <div className="sheet-delete">
        <button type="button" className="button secondary danger-outline" onClick={remove}>
          Delete this cramp
        </button>
      </div>
    </div>
  );
}
