// The details of one cramp, all optional: when it started (quick picks or any time), how strong,
// where, what was tried and what helped, how long. Big targets for one thumb, in the dark.
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { DIARY_LIMITS, MUSCLES, RELIEF_METHODS, SIDES } from '../../../core/insights/vocabulary';
import { fieldId } from '../../components/field';
import type { Episode, EpisodeFields } from '../diary-api';
import { muscleLabel, reliefLabel, sideLabel } from '../diary-labels';
import {
  fromDateTimeLocal,
  matchingPick,
  pickLabel,
  quickPicks,
  timeOfDay,
  toDateTimeLocal,
} from '../diary-time';
import { CheckChips, RadioChips, Stepper, ToggleChip } from './choices';

/** The server accepts a start at most this far ahead of its clock. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const L = DIARY_LIMITS;

type PickKey = ReturnType<typeof quickPicks>[number]['key'] | 'custom';
type SideChoice = (typeof SIDES)[number] | 'unknown';
type IntensityChoice = `${number}` | 'unknown';

export type FormErrors = Record<string, string>;

type Props = {
  episode: Episode;
  timeZone: string;
  busy: boolean;
  errors: FormErrors;
  onSave: (fields: EpisodeFields) => void;
};

const INTENSITIES = Array.from(
  { length: L.intensity.max - L.intensity.min + 1 },
  (_, i) => L.intensity.min + i,
);

export function EpisodeForm({ episode, timeZone, busy, errors, onSave }: Props) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const picks = quickPicks(Date.parse(episode.createdAt));
  const startedAtMs = Date.parse(episode.startedAt);
  const [pick, setPick] = useState<PickKey>(matchingPick(picks, startedAtMs) ?? 'custom');
  const [custom, setCustom] = useState(toDateTimeLocal(startedAtMs, timeZone));
  const [intensity, setIntensity] = useState<IntensityChoice>(
    episode.intensity === null ? 'unknown' : `${episode.intensity}`,
  );
  const [muscles, setMuscles] = useState(episode.muscles);
  const [side, setSide] = useState<SideChoice>(episode.side ?? 'unknown');
  const [woke, setWoke] = useState(episode.wokeFromSleep);
  const [tried, setTried] = useState(episode.reliefTried);
  const [helped, setHelped] = useState(episode.reliefHelped);
  const [minutesToRelief, setMinutesToRelief] = useState(episode.minutesToRelief);
  const [durationMin, setDurationMin] = useState<number | null>(
    episode.durationSeconds === null ? null : Math.floor(episode.durationSeconds / 60),
  );
  const [durationSec, setDurationSec] = useState<number | null>(
    episode.durationSeconds === null ? null : episode.durationSeconds % 60,
  );
  const [notes, setNotes] = useState(episode.notes ?? '');
  const [local, setLocal] = useState<FormErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FormErrors = {};
    const startMs =
      pick === 'custom' ? fromDateTimeLocal(custom, timeZone) : picks.find((p) => p.key === pick)!.epochMs;
    if (startMs === null) problems.startedAt = t('diary.form.startedAtMissing');
    else if (startMs > Date.now() + FUTURE_TOLERANCE_MS) problems.startedAt = t('diary.form.startedAtFuture');
    if (muscles.length === 0) problems.muscles = t('diary.form.musclesMissing');
    const durationSeconds =
      durationMin === null && durationSec === null ? null : (durationMin ?? 0) * 60 + (durationSec ?? 0);
    if (durationSeconds !== null && durationSeconds > L.durationSeconds.max) {
      problems.durationSeconds = intl.formatMessage(
        { id: 'diary.form.durationMax' },
        { minutes: L.durationSeconds.max / 60 },
      );
    }
    if (minutesToRelief !== null && (minutesToRelief < 0 || minutesToRelief > L.minutesToRelief.max)) {
      problems.minutesToRelief = intl.formatMessage(
        { id: 'diary.form.minutesRange' },
        { max: L.minutesToRelief.max },
      );
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0 || startMs === null) return;
    onSave({
      startedAt: new Date(startMs).toISOString(),
      durationSeconds,
      muscles,
      side: side === 'unknown' ? null : side,
      intensity: intensity === 'unknown' ? null : Number(intensity),
      wokeFromSleep: woke,
      reliefTried: tried,
      reliefHelped: helped.filter((m) => tried.includes(m)),
      minutesToRelief,
      notes: notes.trim() === '' ? null : notes.trim(),
    });
  }

  const error = (field: string) => local[field] ?? errors[field];

  return (
    <form className="episode-form" onSubmit={submit} noValidate>
      <RadioChips<PickKey>
        legend={t('diary.form.when')}
        name="started"
        value={pick}
        onChange={setPick}
        error={error('startedAt')}
        field="startedAt"
        options={[
          ...picks.map((p) => ({
            value: p.key,
            label: (
              <>
                {pickLabel(intl, p.key)}{' '}
                <span className="chip-sub">{timeOfDay(intl, p.epochMs, timeZone)}</span>
              </>
            ),
          })),
          { value: 'custom' as const, label: t('diary.form.anotherTime') },
        ]}
      />
      {pick === 'custom' && (
        <div className="field">
          <label htmlFor="episode-custom-time">{t('diary.form.customTime')}</label>
          <input
            id="episode-custom-time"
            type="datetime-local"
            value={custom}
            max={toDateTimeLocal(Date.now(), timeZone)}
            onChange={(event) => setCustom(event.target.value)}
          />
        </div>
      )}

      <RadioChips<IntensityChoice>
        className="intensity-scale"
        legend={t('diary.form.intensity')}
        hint={t('diary.form.intensityHint')}
        name="intensity"
        value={intensity}
        onChange={setIntensity}
        error={error('intensity')}
        field="intensity"
        options={[
          ...INTENSITIES.map((n) => ({ value: `${n}` as IntensityChoice, label: String(n) })),
          { value: 'unknown' as const, label: t('diary.form.notSure') },
        ]}
      />

      <CheckChips
        legend={t('diary.form.where')}
        name="muscles"
        values={muscles}
        onChange={setMuscles}
        error={error('muscles')}
        field="muscles"
        options={MUSCLES.map((m) => ({ value: m, label: muscleLabel(intl, m) }))}
      />

      <RadioChips<SideChoice>
        legend={t('diary.form.side')}
        name="side"
        value={side}
        onChange={setSide}
        error={error('side')}
        field="side"
        options={[
          ...SIDES.map((s) => ({ value: s, label: sideLabel(intl, s) })),
          { value: 'unknown' as const, label: t('diary.form.notSure') },
        ]}
      />

      <fieldset className="field chip-group">
        <legend>{t('diary.form.atNight')}</legend>
        <div className="chips">
          <ToggleChip label={t('diary.form.wokeMe')} checked={woke} onChange={setWoke} />
        </div>
      </fieldset>

      <CheckChips
        legend={t('diary.form.tried')}
        name="reliefTried"
        values={tried}
        onChange={(next) => {
          setTried(next);
          setHelped((h) => h.filter((m) => next.includes(m)));
        }}
        error={error('reliefTried')}
        field="reliefTried"
        options={RELIEF_METHODS.map((m) => ({ value: m, label: reliefLabel(intl, m) }))}
      />

      {tried.length > 0 ? (
        <CheckChips
          legend={t('diary.form.helped')}
          name="reliefHelped"
          values={helped}
          onChange={setHelped}
          error={error('reliefHelped')}
          field="reliefHelped"
          options={tried.map((m) => ({ value: m, label: reliefLabel(intl, m) }))}
        />
      ) : (
        <p className="hint helped-hint">{t('diary.form.helpedHint')}</p>
      )}

      <Stepper
        label={t('diary.episode.label.minutesToRelief')}
        unit={t('diary.unit.min')}
        value={minutesToRelief}
        onChange={setMinutesToRelief}
        min={L.minutesToRelief.min}
        max={L.minutesToRelief.max}
        error={error('minutesToRelief')}
        field="minutesToRelief"
      />

      <fieldset className="field duration" id={fieldId('durationSeconds')} tabIndex={-1}>
        <legend>{t('diary.form.duration')}</legend>
        <div className="duration-row">
          <Stepper
            label={t('diary.form.minutes')}
            value={durationMin}
            onChange={setDurationMin}
            min={0}
            max={120}
          />
          <Stepper
            label={t('diary.form.seconds')}
            value={durationSec}
            onChange={setDurationSec}
            min={0}
            max={59}
            step={15}
          />
        </div>
        {error('durationSeconds') && <p className="error">{error('durationSeconds')}</p>}
      </fieldset>

      <div className="field">
        <label htmlFor="episode-notes">{t('diary.episode.label.notes')}</label>
        <p className="hint" id="episode-notes-hint">
          {t('diary.form.notesHint')}
        </p>
        <textarea
          id="episode-notes"
          aria-describedby="episode-notes-hint"
          maxLength={L.notesLength}
          value={notes}
          aria-invalid={error('notes') ? true : undefined}
          onChange={(event) => setNotes(event.target.value)}
        />
        {error('notes') && <p className="error">{error('notes')}</p>}
      </div>

      <div className="sheet-actions">
        <button className="button block save-button" type="submit" aria-disabled={busy}>
          {busy ? t('diary.form.saving') : t('diary.form.save')}
        </button>
      </div>
    </form>
  );
}
