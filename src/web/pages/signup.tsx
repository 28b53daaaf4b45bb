// Create an account: email, password, optional name; the time zone and region come from the browser.

import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { AUTH_LIMITS } from '../../contract/auth';
import { api, browserRegion, browserTimeZone, type Profile } from '../api';
import { Field, FormError, useFieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { appLocale } from '../i18n/locale';
import { useSession } from '../session';

export function SignupPage() {
  const intl = useIntl();
  const fieldMessage = useFieldMessage();
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const { fields, error, busy, run } = useApiForm();
  const email = intl.formatMessage({ id: 'account.field.email' });
  const password = intl.formatMessage({ id: 'account.field.password' });
  const name = intl.formatMessage({ id: 'account.field.name' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(async () => {
      const name = String(form.get('name') ?? '').trim();
      const region = browserRegion();
      const profile = await api<Profile>('POST', '/api/auth/signup', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        ...(name ? { name } : {}),
        timezone: browserTimeZone(),
        ...(region ? { region } : {}),
      });
      // The language she signed up in becomes her profile's, so reminders and the calendar feed (which
      // have no browser to ask) speak it too. English is what they fall back to anyway.
      const language = appLocale(intl);
      const withLanguage =
        language === 'en'
          ? profile
          : await api<Profile>('PATCH', '/api/me', { language }).catch(() => profile);
      setProfile(withLanguage);
      navigate('/profile?welcome=1');
    });
  }

  return (
    <>
      <h1>{intl.formatMessage({ id: 'account.signup.h1' })}</h1>
      <p className="muted">{intl.formatMessage({ id: 'account.signup.private' })}</p>
      <form onSubmit={submit} noValidate>
        <FormError message={error} fields={fields} labels={{ email, password, name }} />
        <Field
          label={email}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldMessage(fields, 'email', email)}
        />
        <Field
          label={password}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={AUTH_LIMITS.passwordMin}
          hint={intl.formatMessage({ id: 'account.signup.passwordHint' }, { min: AUTH_LIMITS.passwordMin })}
          error={fieldMessage(fields, 'password', password)}
        />
        <Field
          label={intl.formatMessage({ id: 'account.signup.nameLabel' })}
          name="name"
          autoComplete="given-name"
          error={fieldMessage(fields, 'name', name)}
        />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {intl.formatMessage({ id: busy ? 'account.signup.busy' : 'account.signup.submit' })}
          </button>
          <span className="muted">
            <FormattedMessage
              id="account.signup.haveAccount"
              values={{ link: (chunks: ReactNode) => <Link href="/login">{chunks}</Link> }}
            />
          </span>
        </div>
      </form>
    </>
  );
}
