// Log in with email and password.
import type { FormEvent, ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { api, type Profile } from '../api';
import { Field, FormError, useFieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useSession } from '../session';

export function LoginPage() {
  const intl = useIntl();
  const fieldMessage = useFieldMessage();
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const { fields, error, busy, run } = useApiForm();
  const email = intl.formatMessage({ id: 'account.field.email' });
  const password = intl.formatMessage({ id: 'account.field.password' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(async () => {
      const profile = await api<Profile>('POST', '/api/auth/login', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      setProfile(profile);
      navigate('/');
    });
  }

  return (
    <>
      <h1>{intl.formatMessage({ id: 'account.login.h1' })}</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} fields={fields} labels={{ email, password }} />
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
          autoComplete="current-password"
          required
          error={fieldMessage(fields, 'password', password)}
        />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {intl.formatMessage({ id: busy ? 'account.login.busy' : 'account.login.submit' })}
          </button>
          <span className="muted">
            <FormattedMessage
              id="account.login.newHere"
              values={{ link: (chunks: ReactNode) => <Link href="/signup">{chunks}</Link> }}
            />
          </span>
        </div>
      </form>
    </>
  );
}
