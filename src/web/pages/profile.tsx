// Profile: due date (or last period), region for the emergency number, time zone, birth year, language;
// log out; delete.
import { type FormEvent, useMemo, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { useLocation, useSearch } from 'wouter';
import { PROFILE_LIMITS } from '../../contract/profile-limits';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../i18n/locales';
import { api, browserTimeZone, deleteAccount, type Profile } from '../api';
import { Field, FormError, useFieldMessage } from '../components/field';
import { TriageHistory } from '../components/triage-history';
import { useApiForm } from '../components/use-api-form';
import { forgetCachedAnswers, forgetEverythingOnDevice } from '../device-data';
import { REGION_OPTIONS } from '../regions';
import { useSession } from '../session';

/** How the error summary names each field the API may report, and which input it leads to. */
function profileLabels(intl: IntlShape) {
  const t = (id: string) => intl.formatMessage({ id });
  return {
    name: t('account.field.name'),
    dueDate: [t('account.profile.field.dueDate'), 'field-date'],
    lastPeriodDate: [t('account.profile.field.date'), 'field-date'],
    birthDate: t('account.profile.field.birthDate'),
    region: [t('account.profile.field.region'), 'region'],
    timezone: [t('account.profile.field.timezone'), 'timezone'],
    birthYear: t('account.profile.field.birthYear'),
    language: [t('account.profile.field.language'), 'language'],
    maternityUnit: [t('account.profile.field.unit'), 'field-maternityUnit-name'],
    'maternityUnit.name': t('account.profile.field.unitName'),
    'maternityUnit.phone': t('account.profile.field.unitPhone'),
  } as const;
}

/** The regions named in the page's language, sorted as that language sorts. */
function regionOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  return REGION_OPTIONS.map((r) => ({ ...r, name: names.of(r.region) ?? r.label })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

export function ProfilePage() {
  const intl = useIntl();
  const { profile, loading } = useSession();
  const [, navigate] = useLocation();
  if (loading) return <p className="muted">{intl.formatMessage({ id: 'account.loading' })}</p>;
  if (!profile) {
    navigate('/login');
    return null;
  }
  return <ProfileForm profile={profile} />;
}

function ProfileForm({ profile }: { profile: Profile }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const fieldMessage = useFieldMessage();
  const labels = useMemo(() => profileLabels(intl), [intl]);
  const regions = useMemo(() => regionOptions(intl.locale), [intl.locale]);
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
    // Sent only when changed: PATCH sets or clears this browser's language cookie, and saving a due date
    // must not undo a language chosen with the switcher.
    const language = isLocale(text('language')) ? text('language') : null;
    const languageChanged = language !== (profile.language ?? null);
    if (languageChanged) body.language = language;
    const unitName = text('maternityUnit.name');
    const unitPhone = text('maternityUnit.phone');
    // Both empty clears the unit; one without the other goes to the server, which names the missing field.
    body.maternityUnit = unitName || unitPhone ? { name: unitName, phone: unitPhone } : null;
    if (dateKind === 'due') body.dueDate = date || null;
    else if (date) body.lastPeriodDate = date;
    setSaved(false);
    const ok = await run(async () => setProfile(await api<Profile>('PATCH', '/api/me', body)));
    // A new language: the server has set (or cleared) the cookie; reload so the app and the server
    // pages speak it together, as the switcher does.
    if (ok && languageChanged) window.location.reload();
    else setSaved(ok);
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
      <h1>{t('account.profile.h1')}</h1>
      {welcome && <p className="notice">{t('account.profile.welcome')}</p>}
      <p className="muted">
        {intl.formatMessage({ id: 'account.profile.signedInAs' }, { email: profile.email })}
      </p>
      <form onSubmit={save} noValidate>
        <FormError message={error} fields={fields} labels={labels} />
        <Field
          label={t('account.field.name')}
          name="name"
          defaultValue={profile.name ?? ''}
          autoComplete="given-name"
          error={fieldMessage(fields, 'name', t('account.field.name'))}
        />
        <fieldset className="field">
          <legend>{t('account.profile.dateKind')}</legend>
          <div className="choice-row">
            <label className="choice">
              <input
                type="radio"
                name="dateKind"
                checked={dateKind === 'due'}
                onChange={() => setDateKind('due')}
              />
              {t('account.profile.dateKind.due')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="dateKind"
                checked={dateKind === 'period'}
                onChange={() => setDateKind('period')}
              />
              {t('account.profile.dateKind.period')}
            </label>
          </div>
        </fieldset>
        <Field
          key={dateKind}
          label={t(dateKind === 'due' ? 'account.profile.dueDate' : 'account.profile.periodDate')}
          name="date"
          type="date"
          defaultValue={dateKind === 'due' ? (profile.dueDate ?? '') : ''}
          hint={t(dateKind === 'due' ? 'account.profile.dueDate.hint' : 'account.profile.periodDate.hint')}
          error={fieldMessage(
            fields,
            dateField,
            t(dateKind === 'due' ? 'account.profile.field.dueDate' : 'account.profile.field.date'),
          )}
        />
        <Field
          label={t('account.profile.birthDate')}
          name="birthDate"
          type="date"
          defaultValue={profile.birthDate ?? ''}
          hint={t('account.profile.birthDate.hint')}
          error={fieldMessage(fields, 'birthDate', t('account.profile.field.birthDate'))}
        />
        <div className="field">
          <label htmlFor="region">{t('account.profile.region')}</label>
          <p className="hint" id="region-hint">
            {t('account.profile.region.hint')}
          </p>
          <select
            id="region"
            name="region"
            defaultValue={profile.region ?? ''}
            aria-describedby="region-hint"
          >
            <option value="">{t('account.profile.region.notSet')}</option>
            {regions.map((r) => (
              <option key={r.region} value={r.region}>
                {intl.formatMessage(
                  { id: 'account.profile.region.option' },
                  { name: r.name, number: r.number },
                )}
              </option>
            ))}
          </select>
          {fields.region && (
            <p className="error">{fieldMessage(fields, 'region', t('account.profile.field.region'))}</p>
          )}
        </div>
        <fieldset className="field maternity-unit">
          <legend>{t('account.profile.unit')}</legend>
          <p className="hint">{t('account.profile.unit.hint')}</p>
          <Field
            label={t('account.profile.unit.name')}
            name="maternityUnit.name"
            defaultValue={profile.maternityUnit?.name ?? ''}
            autoComplete="off"
            placeholder={t('account.profile.unit.placeholder')}
            error={fieldMessage(fields, 'maternityUnit.name', t('account.profile.field.unitName'))}
          />
          <Field
            label={t('account.profile.unit.phone')}
            name="maternityUnit.phone"
            type="tel"
            inputMode="tel"
            defaultValue={profile.maternityUnit?.phone ?? ''}
            autoComplete="off"
            error={fieldMessage(fields, 'maternityUnit.phone', t('account.profile.field.unitPhone'))}
          />
        </fieldset>
        <div className="field">
          <label htmlFor="timezone">{t('account.profile.timezone')}</label>
          <p className="hint" id="timezone-hint">
            {intl.formatMessage({ id: 'account.profile.timezone.hint' }, { zone: browserTimeZone() })}
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
          {fields.timezone && (
            <p className="error">{fieldMessage(fields, 'timezone', t('account.profile.field.timezone'))}</p>
          )}
        </div>
        <Field
          label={t('account.profile.birthYear')}
          name="birthYear"
          type="number"
          inputMode="numeric"
          min={PROFILE_LIMITS.birthYear.min}
          max={PROFILE_LIMITS.birthYear.max}
          defaultValue={profile.birthYear ?? ''}
          hint={t('account.profile.birthYear.hint')}
          error={fieldMessage(fields, 'birthYear', t('account.profile.field.birthYear'))}
        />
        <div className="field">
          <label htmlFor="language">{t('account.profile.language')}</label>
          <p className="hint" id="language-hint">
            {t('account.profile.language.hint')}
          </p>
          <select
            id="language"
            name="language"
            defaultValue={profile.language ?? ''}
            aria-describedby="language-hint"
          >
            <option value="">{t('account.profile.language.browser')}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
          {fields.language && (
            <p className="error">{fieldMessage(fields, 'language', t('account.profile.field.language'))}</p>
          )}
        </div>
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {t(busy ? 'account.profile.saving' : 'account.profile.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('account.profile.saved') : ''}
          </span>
        </div>
      </form>
      <TriageHistory />
      <h2>{t('account.profile.account')}</h2>
      <div className="form-actions">
        <button className="button secondary" type="button" onClick={logOut}>
          {t('account.profile.logOut')}
        </button>
      </div>
      <section className="danger-zone" aria-labelledby="delete-account-title">
        <h2 id="delete-account-title">{t('account.profile.delete.title')}</h2>
        <p>{t('account.profile.delete.text')}</p>
        {deleting ? (
          <form onSubmit={confirmDelete}>
            <FormError message={removal.error} />
            <Field
              label={t('account.profile.delete.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={fieldMessage(removal.fields, 'password', t('account.profile.field.password'))}
            />
            <div className="form-actions">
              <button className="button danger" type="submit" disabled={removal.busy}>
                {t('account.profile.delete.confirm')}
              </button>
              <button className="button secondary" type="button" onClick={() => setDeleting(false)}>
                {t('account.profile.delete.keep')}
              </button>
            </div>
          </form>
        ) : (
          <button className="button danger" type="button" onClick={() => setDeleting(true)}>
            {t('account.profile.delete.start')}
          </button>
        )}
      </section>
    </>
  );
}
