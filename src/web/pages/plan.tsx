// My plan: the steps a person chose, with times, why each is there, its evidence and safety badges and the
// last 14 days; suggestions to add; the private calendar link; and reminders on this phone.
import { useState } from 'react';
import { Link } from 'wouter';
import { SAFETY_LABELS } from '../../content/safety-label';
import type { EvidenceVerdict, SafetyStatus } from '../../content/schema';
import type { IcsTokenResponse, PlanResponse, PutPlanRequest } from '../../contract/plan';
import { VERDICT_LABELS } from '../../server/pages/learn-labels';
import { api } from '../api';
import { AccountLinks } from '../components/account-links';
import { FormError } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useResource } from '../components/use-resource';
import { DiaryLoading } from '../diary/components/signed-out';
import {
  currentSubscription,
  disableReminders,
  enableReminders,
  PushRefusedError,
  pushSupport,
} from '../plan-push';
import { useSession } from '../session';

type Step = PlanResponse['steps'][number];
type Draft = { id: string; time: string | null };

export function PlanPage() {
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile)
    return (
      <>
        <h1>My plan</h1>
        <p className="lead">
          A short daily plan to head off cramps, with reminders in your own calendar. It needs a free account.
        </p>
        <AccountLinks />
      </>
    );
  return <Plan />;
}

function Plan() {
  const plan = useResource<PlanResponse>('/api/plan', 'Could not load your plan.');
  return (
    <div className="plan">
      <h1>My plan</h1>
      {plan.error && (
        <p className="form-error" role="alert">
          {plan.error}
        </p>
      )}
      {plan.data ? (
        <>
          <PlanEditor plan={plan.data} onSaved={(saved) => plan.setData(() => saved)} />
          <CalendarLink
            icsUrl={plan.data.icsUrl}
            onRotated={(icsUrl) => plan.setData((p) => p && { ...p, icsUrl })}
          />
          <PhoneReminders />
        </>
      ) : (
        !plan.error && <DiaryLoading />
      )}
    </div>
  );
}

function Badges({ evidence, safety }: { evidence: EvidenceVerdict; safety: SafetyStatus | null }) {
  return (
    <p className="badges">
      {safety && (
        <span className={`badge safety-badge ${safety}`}>
          <span className="badge-what">Safety in pregnancy:</span> {SAFETY_LABELS[safety]}
        </span>
      )}
      <span className={`badge evidence-badge ${evidence}`}>
        <span className="badge-what">Evidence:</span> {VERDICT_LABELS[evidence].label}
      </span>
    </p>
  );
}

function PlanEditor({ plan, onSaved }: { plan: PlanResponse; onSaved: (plan: PlanResponse) => void }) {
  const [draft, setDraft] = useState<Draft[]>(plan.steps.map((s) => ({ id: s.id, time: s.time })));
  const [saved, setSaved] = useState(false);
  const form = useApiForm();
  const known = new Map<string, Step | PlanResponse['suggestions'][number]>([
    ...plan.suggestions.map((s) => [s.id, s] as const),
    ...plan.steps.map((s) => [s.id, s] as const),
  ]);
  const chosen = new Set(draft.map((d) => d.id));
  const changed =
    JSON.stringify(draft) !== JSON.stringify(plan.steps.map((s) => ({ id: s.id, time: s.time })));

  function edit(next: Draft[]) {
    setDraft(next);
    setSaved(false);
  }

  async function save() {
    const body: PutPlanRequest = { steps: draft };
    const ok = await form.run(async () => {
      const stored = await api<PlanResponse>('PUT', '/api/plan', body);
      setDraft(stored.steps.map((s) => ({ id: s.id, time: s.time })));
      onSaved(stored);
    });
    setSaved(ok);
  }

  const adherence = new Map(plan.adherence.map((a) => [a.id, a]));
  return (
    <>
      {plan.withdrawn.length > 0 && (
        <p className="notice" role="status">
          {plan.withdrawn.length === 1 ? 'One step was' : `${plan.withdrawn.length} steps were`} taken out of
          your plan because the advice on {plan.withdrawn.length === 1 ? 'it' : 'them'} changed. Save to
          confirm.
        </p>
      )}
      <section aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title">My steps</h2>
        <FormError
          message={form.error}
          fields={form.fields}
          labels={Object.fromEntries(
            draft.flatMap((d, i) => [
              [`steps.${i}.id`, known.get(d.id)?.title ?? d.id],
              [`steps.${i}.time`, [`Time for ${known.get(d.id)?.title ?? d.id}`, `plan-time-${i}`] as const],
            ]),
          )}
        />
        {draft.length === 0 ? (
          <p className="muted">No steps yet. Add one from the suggestions below.</p>
        ) : (
          <ol className="plan-steps">
            {draft.map((step, index) => {
              const info = known.get(step.id);
              const days = adherence.get(step.id);
              return (
                <li key={step.id} className="card plan-step">
                  <h3>{info?.title ?? step.id}</h3>
                  {info && <Badges evidence={info.evidence} safety={info.safety} />}
                  {info && <p className="why">{info.why}</p>}
                  <div className="plan-step-controls">
                    <div className="field">
                      <label htmlFor={`plan-time-${index}`}>Reminder time</label>
                      <input
                        id={`plan-time-${index}`}
                        type="time"
                        value={step.time ?? ''}
                        aria-invalid={form.fields[`steps.${index}.time`] ? true : undefined}
                        onChange={(event) =>
                          edit(
                            draft.map((d, k) =>
                              k === index ? { ...d, time: event.target.value || null } : d,
                            ),
                          )
                        }
                      />
                    </div>
                    <button
                      type="button"
                      className="button secondary"
                      aria-label={`Drop ${info?.title ?? step.id}`}
                      onClick={() => edit(draft.filter((_, k) => k !== index))}
                    >
                      Drop
                    </button>
                  </div>
                  {days && <Adherence days={days.days} done={days.done} answered={days.answered} />}
                </li>
              );
            })}
          </ol>
        )}
        <div className="sheet-actions">
          <button
            type="button"
            className="button block"
            onClick={save}
            aria-disabled={form.busy || !changed}
            disabled={!changed && !form.busy}
          >
            {form.busy ? 'Saving…' : 'Save my plan'}
          </button>
          <p className="save-state" role="status" aria-live="polite">
            {saved && !changed ? 'Saved ✓' : changed ? 'Not saved yet' : ''}
          </p>
        </div>
      </section>

      <section aria-labelledby="plan-suggestions-title">
        <h2 id="plan-suggestions-title">Suggested for you</h2>
        <p className="muted">Only steps that are safe in pregnancy; why each one is here is said under it.</p>
        <ul className="plan-suggestions">
          {plan.suggestions
            .filter((s) => !chosen.has(s.id))
            .map((suggestion) => (
              <li key={suggestion.id} className="card plan-suggestion">
                <h3>{suggestion.title}</h3>
                <Badges evidence={suggestion.evidence} safety={suggestion.safety} />
                <p className="why">{suggestion.why}</p>
                <p>
                  <a href={`/learn/${suggestion.id}`}>Read about it</a>
                </p>
                <button
                  type="button"
                  className="button secondary"
                  aria-label={`Add ${suggestion.title} to my plan`}
                  onClick={() => edit([...draft, { id: suggestion.id, time: suggestion.suggestedTime }])}
                >
                  Add to my plan{suggestion.suggestedTime ? ` at ${suggestion.suggestedTime}` : ''}
                </button>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}

function Adherence({
  days,
  done,
  answered,
}: {
  days: PlanResponse['adherence'][number]['days'];
  done: number;
  answered: number;
}) {
  const word = (d: boolean | null) => (d === true ? 'done' : d === false ? 'not done' : 'no check-in');
  return (
    <div className="adherence">
      <p className="adherence-summary">
        Last 14 days: done on {done} of the {answered} {answered === 1 ? 'day' : 'days'} you checked in.{' '}
        <Link href="/diary/check-in">Check in today</Link>
      </p>
      <ol className="adherence-days" aria-label="Day by day, oldest first">
        {days.map((day) => (
          <li
            key={day.date}
            className={`adherence-day ${day.done === true ? 'done' : day.done === false ? 'missed' : 'blank'}`}
            title={`${day.date}: ${word(day.done)}`}
          >
            <span className="visually-hidden">
              {day.date}: {word(day.done)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function CalendarLink({ icsUrl, onRotated }: { icsUrl: string; onRotated: (url: string) => void }) {
  const [copied, setCopied] = useState(false);
  const form = useApiForm();
  const webcal = icsUrl.replace(/^https?:/, 'webcal:');
  return (
    <section className="card" aria-labelledby="plan-calendar-title">
      <h2 id="plan-calendar-title">Reminders in your calendar</h2>
      <p>
        Subscribe to this private link in any calendar app. Each timed step appears daily with an alert.
        Titles are plain (“Evening stretch”), so nothing about your health shows on a lock screen.
      </p>
      <div className="field">
        <label htmlFor="plan-ics-url">Your private calendar link</label>
        <input id="plan-ics-url" type="url" readOnly value={icsUrl} onFocus={(e) => e.target.select()} />
      </div>
      <div className="form-actions">
        <a className="button" href={webcal}>
          Subscribe in my calendar
        </a>
        <button
          type="button"
          className="button secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(icsUrl).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          Copy link
        </button>
        <button
          type="button"
          className="button secondary"
          aria-disabled={form.busy}
          onClick={() =>
            form.run(async () => {
              onRotated((await api<IcsTokenResponse>('POST', '/api/plan/ics-token')).icsUrl);
              setCopied(false);
            })
          }
        >
          Get a new link
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {copied ? 'Link copied.' : ''}
      </p>
      <FormError message={form.error} />
      <p className="muted">
        Anyone with the link sees your step times. A new link stops the old one working; subscribe again with
        the new one.
      </p>
    </section>
  );
}

function PhoneReminders() {
  const support = pushSupport();
  const status = useResource<'on' | 'off'>(support === 'supported' ? 'push-state' : null, '', async () =>
    (await currentSubscription()) ? 'on' : 'off',
  );
  const [message, setMessage] = useState<string | null>(null);
  const form = useApiForm();

  async function toggle(turnOn: boolean) {
    setMessage(null);
    try {
      await form.run(async () => {
        if (turnOn) await enableReminders();
        else await disableReminders();
        status.setData(() => (turnOn ? 'on' : 'off'));
        setMessage(turnOn ? 'Reminders are on for this phone.' : 'Reminders are off for this phone.');
      });
    } catch (error) {
      setMessage(
        error instanceof PushRefusedError
          ? error.message
          : 'This browser could not turn on reminders. The calendar link above still works.',
      );
    }
  }

  return (
    <section className="card" aria-labelledby="plan-push-title">
      <h2 id="plan-push-title">Reminders on this phone</h2>
      {support === 'supported' ? (
        <>
          <p>A notification at each step’s time, from this app. It shows only the step’s plain title.</p>
          {status.data === 'on' ? (
            <button type="button" className="button secondary" onClick={() => toggle(false)}>
              Turn off reminders on this phone
            </button>
          ) : (
            <button type="button" className="button" aria-disabled={form.busy} onClick={() => toggle(true)}>
              Enable reminders on this phone
            </button>
          )}
        </>
      ) : (
        <p className="notice">
          {support === 'insecure'
            ? 'Phone reminders need the secure (https) address of this site.'
            : 'This browser cannot show reminders from a web app. On an iPhone, add Crampwise to the home screen first; or use the calendar link above.'}
        </p>
      )}
      <FormError message={form.error} />
      <p className="muted" role="status" aria-live="polite">
        {message ?? ''}
      </p>
    </section>
  );
}
