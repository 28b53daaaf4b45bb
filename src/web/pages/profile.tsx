// Profile: due date (or last period), region for the emergency number, time zone, birth year; log out; delete.
import { type FormEvent, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PROFILE_LIMITS } from '../../contract/profile-limits';
import { api, browserTimeZone, deleteAccount, type Profile } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { TriageHistory } from '../components/triage-history';
import { useApiForm } from '../components/use-api-form';
import { forgetCachedAnswers, forgetEverythingOnDevice } from '../device-data';
import { REGION_OPTIONS } from '../regions';
import { useSession } from '../session';

/** How the error summary names each field the API may report, and which input it leads to. */
const PROFILE_LABELS = {
  name: 'Name',
  dueDate: ['The due date', 'field-date'],
  lastPeriodDate: ['The date', 'field-date'],
  region: ['Region', 'region'],
  timezone: ['Time zone', 'timezone'],
  birthYear: 'Year of birth',
  maternityUnit: ['Maternity unit', 'field-maternityUnit-name'],
  'maternityUnit.name': 'The unit’s name',
  'maternityUnit.phone': 'The phone number',
} as const;

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

export function ProfilePage() {
  const { profile, loading } = useSession();
  const [, navigate] = useLocation();
  if (loading) return <p className="muted">Loading…</p>;
  if (!profile) {
    navigate('/login');
    return null;
  }
  return <ProfileForm profile={profile} />;
}

function ProfileForm({ profile }: { profile: Profile }) {
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const welcome = new URLSearchParams(useSearch()).has('welcome');
  const [dateKind, setDateKind] = useState<'due' | 'period'>('due');
  const { fields, error, busy, run } = useApiForm();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(profile.timezone), [profile.timezone]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const date = text('date');
    const birthYear = text('birthYear');
    const body: Record<string, unknown> = {
      birthDate: text('birthDate') || null,
      name: text('name') || null,
      region: text('region') || null,
      timezone: text('timezone') || null,
      birthYear: birthYear ? Number(birthYear) : null,
    };
    const unitName = text('maternityUnit.name');
    const unitPhone = text('maternityUnit.phone');
    // Both empty clears the unit; one without the other goes to the server, which names the missing field.
    body.maternityUnit = unitName || unitPhone ? { name: unitName, phone: unitPhone } : null;
    if (dateKind === 'due') body.dueDate = date || null;
    else if (date) body.lastPeriodDate = date;
    setSaved(false);
    const ok = await run(async () => setProfile(await api<Profile>('PATCH', '/api/me', body)));
    setSaved(ok);
  }

  async function logOut() {
    await api('POST', '/api/auth/logout');
    await forgetCachedAnswers();
    setProfile(null);
    navigate('/');
  }

  const [deleting, setDeleting] = useState(false);
  const removal = useApiForm();

  async function confirmDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    if (!(await removal.run(() => deleteAccount(password)))) return;
    // Cramps still waiting to sync belong to the deleted account: they must not stay on the phone.
    await forgetEverythingOnDevice();
    setProfile(null);
    navigate('/');
  }

  const dateField = dateKind === 'due' ? 'dueDate' : 'lastPeriodDate';
  return (
    <>
      <h1>Your profile</h1>
      {welcome && (
        <p className="notice">Welcome! Add your due date so Crampwise can show your week of pregnancy.</p>
      )}
      <p className="muted">Signed in as {profile.email}</p>
      <form onSubmit={save} noValidate>
        <FormError message={error} fields={fields} labels={PROFILE_LABELS} />
        <Field
          label="Name"
          name="name"
          defaultValue={profile.name ?? ''}
          autoComplete="given-name"
          error={fieldMessage(fields, 'name', 'Name')}
        />
        <fieldset className="field">
          <legend>Which date do you know?</legend>
          <div className="choice-row">
            <label className="choice">
              <input
                type="radio"
                name="dateKind"
                checked={dateKind === 'due'}
                onChange={() => setDateKind('due')}
              />
              I know my due date
            </label>
            <label className="choice">
              <input
                type="radio"
                name="dateKind"
                checked={dateKind === 'period'}
                onChange={() => setDateKind('period')}
              />
              I know when my last period started
            </label>
          </div>
        </fieldset>
        <Field
          key={dateKind}
          label={dateKind === 'due' ? 'Due date' : 'First day of your last period'}
          name="date"
          type="date"
          defaultValue={dateKind === 'due' ? (profile.dueDate ?? '') : ''}
          hint={
            dateKind === 'due'
              ? 'From your dating scan or your midwife. Leave empty to clear it.'
              : 'We add 280 days to estimate your due date.'
          }
          error={fieldMessage(fields, dateField, dateKind === 'due' ? 'The due date' : 'The date')}
        />
        <Field
          label="Your baby's birth date (after the birth)"
          name="birthDate"
          type="date"
          defaultValue={profile.birthDate ?? ''}
          hint="After the birth, Crampwise counts weeks since the birth and asks about the risks of those weeks. Leave empty while pregnant."
          error={fieldMessage(fields, 'birthDate', "The baby's birth date")}
        />
        <div className="field">
          <label htmlFor="region">Country or region</label>
          <p className="hint" id="region-hint">
            Sets the emergency number Crampwise shows you.
          </p>
          <select
            id="region"
            name="region"
            defaultValue={profile.region ?? ''}
            aria-describedby="region-hint"
          >
            <option value="">Not set</option>
            {REGION_OPTIONS.map((r) => (
              <option key={r.region} value={r.region}>
                {r.label} ({r.number})
              </option>
            ))}
          </select>
          {fields.region && <p className="error">Region {fields.region}.</p>}
        </div>
        <fieldset className="field maternity-unit">
          <legend>Your maternity unit or triage line (optional)</legend>
          <p className="hint">
            When a check says to get seen today, Crampwise offers to call this number first. Your booking
            notes or pregnancy app usually list it.
          </p>
          <Field
            label="Unit name"
            name="maternityUnit.name"
            defaultValue={profile.maternityUnit?.name ?? ''}
            autoComplete="off"
            placeholder="e.g. Rosie maternity triage"
            error={fieldMessage(fields, 'maternityUnit.name', 'The unit’s name')}
          />
          <Field
            label="Phone number"
            name="maternityUnit.phone"
            type="tel"
            inputMode="tel"
            defaultValue={profile.maternityUnit?.phone ?? ''}
            autoComplete="off"
            error={fieldMessage(fields, 'maternityUnit.phone', 'The phone number')}
          />
        </fieldset>
        <div className="field">
          <label htmlFor="timezone">Time zone</label>
          <p className="hint" id="timezone-hint">
            Used to count your days of pregnancy and which cramps were at night. This device says{' '}
            {browserTimeZone()}.
          </p>
          <select
            id="timezone"
            name="timezone"
            defaultValue={profile.timezone}
            aria-describedby="timezone-hint"
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          {fields.timezone && <p className="error">Time zone {fields.timezone}.</p>}
        </div>
        <Field
          label="Year of birth (optional)"
          name="birthYear"
          type="number"
          inputMode="numeric"
          min={PROFILE_LIMITS.birthYear.min}
          max={PROFILE_LIMITS.birthYear.max}
          defaultValue={profile.birthYear ?? ''}
          hint="Daily nutrient targets depend on age."
          error={fieldMessage(fields, 'birthYear', 'Year of birth')}
        />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <span role="status" className="muted">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
      <TriageHistory />
      <h2>Account</h2>
      <div className="form-actions">
        <button className="button secondary" type="button" onClick={logOut}>
          Log out
        </button>
      </div>
      <section className="danger-zone" aria-labelledby="delete-account-title">
        <h2 id="delete-account-title">Delete your account</h2>
        <p>
          Deletes your diary, check-ins and past checks from the server and from this phone. It cannot be
          undone.
        </p>
        {deleting ? (
          <form onSubmit={confirmDelete}>
            <FormError message={removal.error} />
            <Field
              label="Your password, to confirm"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={fieldMessage(removal.fields, 'password', 'The password')}
            />
            <div className="form-actions">
              <button className="button danger" type="submit" disabled={removal.busy}>
                Delete for good
              </button>
              <button className="button secondary" type="button" onClick={() => setDeleting(false)}>
                Keep my account
              </button>
            </div>
          </form>
        ) : (
          <button className="button danger" type="button" onClick={() => setDeleting(true)}>
            Delete account
          </button>
        )}
      </section>
    </>
  );
}
