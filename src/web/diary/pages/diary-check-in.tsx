// The evening check-in, meant to take under 30 seconds: habits are copied from the last check-in,
// so a usual day is a glance and a tap on Save. `?date=YYYY-MM-DD` checks in for another day.
import { type FormEvent, useRef, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import type { PlanResponse } from '../../../contract/plan';
import { DIARY_LIMITS as L, SUPPLEMENTS, SWELLING } from '../../../core/insights/vocabulary';
import { ApiError, type Profile } from '../../api';
import { FormError } from '../../components/field';
import { useResource } from '../../components/use-resource';
import { useSession } from '../../session';
import {
  answersOf,
  answersToSave,
  EMPTY_CHECKIN,
  habitLabel,
  habitsFrom,
  YES_NO_HABITS,
} from '../checkin-habits';
import { CheckChips, RadioChips, Stepper, ToggleChip } from '../components/choices';
import { DiaryLoading, DiarySignedOut } from '../components/signed-out';
import { type CheckinFields, getCheckin, listCheckins, putCheckin } from '../diary-api';
import { supplementLabel, swellingLabel } from '../diary-labels';
import { addDays, dayLabel, todayIn } from '../diary-time';

/** How far back to look for the check-in whose habits pre-fill a new day. */
const PREFILL_DAYS = 60;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The diary's first possible date (the API refuses earlier ones). */
const EARLIEST = '2000-01-01';

/** What the error summary calls each field the server may refuse, and where its link goes. */
function checkinLabels(intl: IntlShape) {
  const t = (id: string) => intl.formatMessage({ id });
  return {
    waterGlasses: t('diary.checkin.water'),
    walkedMinutes: t('diary.checkin.walking'),
    standingHours: t('diary.checkin.standing'),
    supplements: t('diary.checkin.supplements'),
    swelling: t('diary.checkin.label.swelling'),
    notes: [t('diary.checkin.label.notes'), 'checkin-notes'] as const,
    planStepsDone: t('diary.checkin.planSteps'),
  };
}

export function DiaryCheckInPage() {
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile) return <DiarySignedOut />;
  return <CheckIn profile={profile} />;
}

type Loaded = { date: string; answers: CheckinFields; existing: boolean; prefilledFrom: string | null };

/** A day's check-in to edit, or a new one with the habits of the last one before it. */
async function loadDay(date: string): Promise<Loaded> {
  const existing = await getCheckin(date);
  if (existing) return { date, answers: answersOf(existing), existing: true, prefilledFrom: null };
  const earlier = await listCheckins({ from: addDays(date, -PREFILL_DAYS), to: addDays(date, -1) });
  const previous = earlier.items[0];
  return previous
    ? { date, answers: habitsFrom(previous), existing: false, prefilledFrom: previous.date }
    : { date, answers: EMPTY_CHECKIN, existing: false, prefilledFrom: null };
}

function CheckIn({ profile }: { profile: Profile }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [, navigate] = useLocation();
  const today = todayIn(profile.timezone, new Date());
  const asked = new URLSearchParams(useSearch()).get('date');
  const date = asked && ISO_DATE.test(asked) && asked >= EARLIEST && asked <= today ? asked : today;
  const day = useResource<Loaded>(`/api/checkins/${date}`, t('diary.checkin.loadError'), () => loadDay(date));
  // While another day loads, the last day's answers must not show under the new date.
  const loaded = day.data?.date === date ? day.data : null;
  const loadError = day.error;

  return (
    <div className="checkin">
      <p className="sheet-back">
        <Link href="/diary">{t('diary.back')}</Link>
      </p>
      <h1>
        {date === today
          ? t('diary.checkin.today')
          : intl.formatMessage({ id: 'diary.checkin.forDay' }, { day: dayLabel(intl, date, today) })}
      </h1>
      {loadError ? (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      ) : loaded ? (
        <CheckinForm key={date} date={date} today={today} loaded={loaded} />
      ) : (
        <DiaryLoading />
      )}
      <div className="field checkin-date">
        <label htmlFor="checkin-date">{t('diary.checkin.anotherDay')}</label>
        <input
          id="checkin-date"
          type="date"
          value={date}
          min={EARLIEST}
          max={today}
          onChange={(event) => {
            const value = event.target.value;
            if (ISO_DATE.test(value) && value >= EARLIEST && value <= today)
              navigate(value === today ? '/diary/check-in' : `/diary/check-in?date=${value}`);
          }}
        />
      </div>
    </div>
  );
}

function CheckinForm({ date, today, loaded }: { date: string; today: string; loaded: Loaded }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [answers, setAnswers] = useState<CheckinFields>(loaded.answers);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const savedOnce = useRef(loaded.existing);
  // The person's plan steps, to tick those done (no plan, or offline: the question is not asked).
  const planSteps = useResource<PlanResponse>('/api/plan', '').data?.steps ?? [];

  function set<K extends keyof CheckinFields>(key: K, value: CheckinFields[K]) {
    setAnswers((a) => ({ ...a, [key]: value }));
    setState('idle');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state === 'saving') return;
    setState('saving');
    setError(null);
    setFields({});
    try {
      const saved = await putCheckin(date, {
        ...answersToSave(answers),
        // Asked "tick what you did": with the question shown, none ticked means none done.
        ...(planSteps.length > 0 ? { planStepsDone: answers.planStepsDone ?? [] } : {}),
      });
      setAnswers(answersOf(saved));
      savedOnce.current = true;
      setState('saved');
    } catch (e) {
      setState('idle');
      if (e instanceof ApiError) {
        setFields(e.fields);
        setError(e.code === 'offline' ? t('diary.checkin.offline') : e.message);
      } else throw e;
    }
  }

  const fieldError = (name: string) =>
    fields[name] ? intl.formatMessage({ id: 'diary.form.fieldError' }, { message: fields[name] }) : undefined;
  return (
    <form className="checkin-form" onSubmit={submit} noValidate>
      {loaded.prefilledFrom && !savedOnce.current && (
        <p className="notice prefill-note">
          {loaded.prefilledFrom === addDays(date, -1)
            ? t('diary.checkin.prefilledYesterday')
            : intl.formatMessage(
                { id: 'diary.checkin.prefilledFrom' },
                { day: dayLabel(intl, loaded.prefilledFrom, today) },
              )}
        </p>
      )}
      <FormError message={error} fields={fields} labels={checkinLabels(intl)} />

      <fieldset className="field chip-group">
        <legend>{t('diary.checkin.tick')}</legend>
        <div className="chips">
          {YES_NO_HABITS.map((habit) => (
            <ToggleChip
              key={habit}
              label={habitLabel(intl, habit)}
              checked={answers[habit] === true}
              onChange={(checked) => set(habit, checked)}
            />
          ))}
        </div>
      </fieldset>

      {planSteps.length > 0 && (
        <CheckChips
          legend={t('diary.checkin.planSteps')}
          name="planStepsDone"
          values={answers.planStepsDone ?? []}
          onChange={(v) => set('planStepsDone', v)}
          error={fieldError('planStepsDone')}
          field="planStepsDone"
          options={planSteps.map((step) => ({ value: step.id, label: step.title }))}
        />
      )}

      <div className="stepper-grid">
        <Stepper
          label={t('diary.checkin.water')}
          unit={t('diary.checkin.glasses')}
          value={answers.waterGlasses}
          onChange={(v) => set('waterGlasses', v)}
          min={L.waterGlasses.min}
          max={L.waterGlasses.max}
          error={fieldError('waterGlasses')}
          field="waterGlasses"
        />
        <Stepper
          label={t('diary.checkin.walking')}
          unit={t('diary.unit.min')}
          step={10}
          value={answers.walkedMinutes}
          onChange={(v) => set('walkedMinutes', v)}
          min={L.walkedMinutes.min}
          max={L.walkedMinutes.max}
          error={fieldError('walkedMinutes')}
          field="walkedMinutes"
        />
        <Stepper
          label={t('diary.checkin.standing')}
          unit={t('diary.checkin.hours')}
          value={answers.standingHours}
          onChange={(v) => set('standingHours', v)}
          min={L.standingHours.min}
          max={L.standingHours.max}
          error={fieldError('standingHours')}
          field="standingHours"
        />
      </div>

      <CheckChips
        legend={t('diary.checkin.supplements')}
        hint={t('diary.checkin.supplementsHint')}
        name="supplements"
        values={answers.supplements ?? []}
        onChange={(v) => set('supplements', v)}
        error={fieldError('supplements')}
        field="supplements"
        options={SUPPLEMENTS.map((s) => ({ value: s, label: supplementLabel(intl, s) }))}
      />

      <RadioChips
        legend={t('diary.checkin.swelling')}
        name="swelling"
        value={answers.swelling}
        onChange={(v) => set('swelling', v)}
        error={fieldError('swelling')}
        field="swelling"
        options={SWELLING.map((s) => ({ value: s, label: swellingLabel(intl, s) }))}
      />
      {answers.swelling === 'one-leg' && (
        <aside className="red-flag" aria-live="polite">
          <p className="red-flag-title">{t('diary.checkin.oneLeg.title')}</p>
          <p>{t('diary.checkin.oneLeg.body')}</p>
          <a className="button red-flag-action" href="/check">
            {t('diary.redFlag.action')}
          </a>
        </aside>
      )}

      <div className="field">
        <label htmlFor="checkin-notes">{t('diary.checkin.notes')}</label>
        <textarea
          id="checkin-notes"
          maxLength={L.notesLength}
          value={answers.notes ?? ''}
          aria-invalid={fields.notes ? true : undefined}
          onChange={(event) => set('notes', event.target.value)}
        />
        {fieldError('notes') && <p className="error">{fieldError('notes')}</p>}
      </div>

      <div className="sheet-actions">
        <button className="button block save-button" type="submit" aria-disabled={state === 'saving'}>
          {state === 'saving' ? t('diary.form.saving') : t('diary.checkin.save')}
        </button>
        <p className="save-state" role="status" aria-live="polite">
          {state === 'saved' ? t('diary.checkin.saved') : ''}
        </p>
      </div>
      {state === 'saved' && (
        <p>
          <Link href="/diary">{t('diary.checkin.backToDiary')}</Link>
        </p>
      )}
    </form>
  );
}
