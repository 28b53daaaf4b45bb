// My plan: the steps a person chose, with times, why each is there, its evidence and safety badges and the
// last 14 days; suggestions to add; the private calendar link; and reminders on this phone.
import { useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { EvidenceVerdict, SafetyStatus } from '../../content/schema';
import type { IcsTokenResponse, PlanResponse, PutPlanRequest } from '../../contract/plan';
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

function safetyLabel(intl: IntlShape, safety: SafetyStatus): string {
  switch (safety) {
    case 'recommended':
      return intl.formatMessage({ id: 'plan.safety.recommended' });
    case 'ok':
      return intl.formatMessage({ id: 'plan.safety.ok' });
    case 'ask-first':
      return intl.formatMessage({ id: 'plan.safety.askFirst' });
    case 'not-recommended':
      return intl.formatMessage({ id: 'plan.safety.notRecommended' });
    case 'avoid':
      return intl.formatMessage({ id: 'plan.safety.avoid' });
  }
}

function evidenceLabel(intl: IntlShape, evidence: EvidenceVerdict): string {
  switch (evidence) {
    case 'established':
      return intl.formatMessage({ id: 'plan.evidence.established' });
    case 'consensus':
      return intl.formatMessage({ id: 'plan.evidence.consensus' });
    case 'limited':
      return intl.formatMessage({ id: 'plan.evidence.limited' });
    case 'unproven':
      return intl.formatMessage({ id: 'plan.evidence.unproven' });
    case 'contradicted':
      return intl.formatMessage({ id: 'plan.evidence.contradicted' });
  }
}

export function PlanPage() {
  const intl = useIntl();
  const { profile, loading } = useSession();
  if (loading) return <DiaryLoading />;
  if (!profile)
    return (
      <>
        <h1>{intl.formatMessage({ id: 'plan.h1' })}</h1>
        <p className="lead">{intl.formatMessage({ id: 'plan.signedOut' })}</p>
        <AccountLinks />
      </>
    );
  return <Plan />;
}

function Plan() {
  const intl = useIntl();
  const plan = useResource<PlanResponse>('/api/plan', intl.formatMessage({ id: 'plan.loadError' }));
  return (
    <div className="plan">
      <h1>{intl.formatMessage({ id: 'plan.h1' })}</h1>
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
  const intl = useIntl();
  return (
    <p className="badges">
      {safety && (
        <span className={`badge safety-badge ${safety}`}>
          <span className="badge-what">{intl.formatMessage({ id: 'plan.badge.safety' })}</span>{' '}
          {safetyLabel(intl, safety)}
        </span>
      )}
      <span className={`badge evidence-badge ${evidence}`}>
        <span className="badge-what">{intl.formatMessage({ id: 'plan.badge.evidence' })}</span>{' '}
        {evidenceLabel(intl, evidence)}
      </span>
    </p>
  );
}

function PlanEditor({ plan, onSaved }: { plan: PlanResponse; onSaved: (plan: PlanResponse) => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
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
          {intl.formatMessage({ id: 'plan.withdrawn' }, { count: plan.withdrawn.length })}
        </p>
      )}
      <section aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title">{t('plan.steps.title')}</h2>
        <FormError
          message={form.error}
          fields={form.fields}
          labels={Object.fromEntries(
            draft.flatMap((d, i) => [
              [`steps.${i}.id`, known.get(d.id)?.title ?? d.id],
              [
                `steps.${i}.time`,
                [
                  intl.formatMessage({ id: 'plan.steps.timeFor' }, { title: known.get(d.id)?.title ?? d.id }),
                  `plan-time-${i}`,
                ] as const,
              ],
            ]),
          )}
        />
        {draft.length === 0 ? (
          <p className="muted">{t('plan.steps.empty')}</p>
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
                      <label htmlFor={`plan-time-${index}`}>{t('plan.steps.time')}</label>
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
                      aria-label={intl.formatMessage(
                        { id: 'plan.steps.dropLabel' },
                        { title: info?.title ?? step.id },
                      )}
                      onClick={() => edit(draft.filter((_, k) => k !== index))}
                    >
                      {t('plan.steps.drop')}
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
            {t(form.busy ? 'plan.save.busy' : 'plan.save')}
          </button>
          <p className="save-state" role="status" aria-live="polite">
            {saved && !changed ? t('plan.save.done') : changed ? t('plan.save.pending') : ''}
          </p>
        </div>
      </section>

      <section aria-labelledby="plan-suggestions-title">
        <h2 id="plan-suggestions-title">{t('plan.suggestions.title')}</h2>
        <p className="muted">{t('plan.suggestions.lead')}</p>
        <ul className="plan-suggestions">
          {plan.suggestions
            .filter((s) => !chosen.has(s.id))
            .map((suggestion) => (
              <li key={suggestion.id} className="card plan-suggestion">
                <h3>{suggestion.title}</h3>
                <Badges evidence={suggestion.evidence} safety={suggestion.safety} />
                <p className="why">{suggestion.why}</p>
                <p>
                  <a href={`/learn/${suggestion.id}`}>{t('plan.suggestions.read')}</a>
                </p>
                <button
                  type="button"
                  className="button secondary"
                  aria-label={intl.formatMessage(
                    { id: 'plan.suggestions.addLabel' },
                    { title: suggestion.title },
                  )}
                  onClick={() => edit([...draft, { id: suggestion.id, time: suggestion.suggestedTime }])}
                >
                  {suggestion.suggestedTime
                    ? intl.formatMessage({ id: 'plan.suggestions.addAt' }, { time: suggestion.suggestedTime })
                    : t('plan.suggestions.add')}
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
  const intl = useIntl();
  const word = (d: boolean | null) =>
    intl.formatMessage({
      id: d === true ? 'plan.day.done' : d === false ? 'plan.day.notDone' : 'plan.day.noCheckin',
    });
  const dayText = (date: string, d: boolean | null) =>
    intl.formatMessage(
      { id: 'plan.day' },
      {
        date: intl.formatDate(new Date(`${date}T12:00:00`), { day: 'numeric', month: 'short' }),
        state: word(d),
      },
    );
  return (
    <div className="adherence">
      <p className="adherence-summary">
        {intl.formatMessage({ id: 'plan.adherence' }, { done, answered })}{' '}
        <Link href="/diary/check-in">{intl.formatMessage({ id: 'plan.adherence.checkIn' })}</Link>
      </p>
      <ol className="adherence-days" aria-label={intl.formatMessage({ id: 'plan.adherence.days' })}>
        {days.map((day) => (
          <li
            key={day.date}
            className={`adherence-day ${day.done === true ? 'done' : day.done === false ? 'missed' : 'blank'}`}
            title={dayText(day.date, day.done)}
          >
            <span className="visually-hidden">{dayText(day.date, day.done)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function CalendarLink({ icsUrl, onRotated }: { icsUrl: string; onRotated: (url: string) => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [copied, setCopied] = useState(false);
  const form = useApiForm();
  const webcal = icsUrl.replace(/^https?:/, 'webcal:');
  return (
    <section className="card" aria-labelledby="plan-calendar-title">
      <h2 id="plan-calendar-title">{t('plan.calendar.title')}</h2>
      <p>{t('plan.calendar.text')}</p>
      <div className="field">
        <label htmlFor="plan-ics-url">{t('plan.calendar.link')}</label>
        <input id="plan-ics-url" type="url" readOnly value={icsUrl} onFocus={(e) => e.target.select()} />
      </div>
      <div className="form-actions">
        <a className="button" href={webcal}>
          {t('plan.calendar.subscribe')}
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
          {t('plan.calendar.copy')}
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
          {t('plan.calendar.rotate')}
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {copied ? t('plan.calendar.copied') : ''}
      </p>
      <FormError message={form.error} />
      <p className="muted">{t('plan.calendar.private')}</p>
    </section>
  );
}

function PhoneReminders() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
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
        setMessage(t(turnOn ? 'plan.push.nowOn' : 'plan.push.nowOff'));
      });
    } catch (error) {
      setMessage(t(error instanceof PushRefusedError ? 'plan.push.blocked' : 'plan.push.failed'));
    }
  }

  return (
    <section className="card" aria-labelledby="plan-push-title">
      <h2 id="plan-push-title">{t('plan.push.title')}</h2>
      {support === 'supported' ? (
        <>
          <p>{t('plan.push.text')}</p>
          {status.data === 'on' ? (
            <button type="button" className="button secondary" onClick={() => toggle(false)}>
              {t('plan.push.turnOff')}
            </button>
          ) : (
            <button type="button" className="button" aria-disabled={form.busy} onClick={() => toggle(true)}>
              {t('plan.push.turnOn')}
            </button>
          )}
        </>
      ) : (
        <p className="notice">{t(support === 'insecure' ? 'plan.push.insecure' : 'plan.push.unsupported')}</p>
      )}
      <FormError message={form.error} />
      <p className="muted" role="status" aria-live="polite">
        {message ?? ''}
      </p>
    </section>
  );
}
