// Create an account: email, password, optional name; the time zone and region come from the browser.
import type { FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api, browserRegion, browserTimeZone, type Profile } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useSession } from '../session';

export function SignupPage() {
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const { fields, error, busy, run } = useApiForm();

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
      setProfile(profile);
      navigate('/profile?welcome=1');
    });
  }

  return (
    <>
      <h1>Create your account</h1>
      <p className="muted">Your diary stays on this server. Nobody else sees it unless you share it.</p>
      <form onSubmit={submit} noValidate>
        <FormError
          message={error}
          fields={fields}
          labels={{ email: 'Email', password: 'Password', name: 'Name' }}
        />
        <Field
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldMessage(fields, 'email', 'Email')}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters. A short sentence works well."
          error={fieldMessage(fields, 'password', 'Password')}
        />
        <Field
          label="Your name (optional)"
          name="name"
          autoComplete="given-name"
          error={fieldMessage(fields, 'name', 'Name')}
        />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
          <span className="muted">
            Have an account? <Link href="/login">Log in</Link>
          </span>
        </div>
      </form>
    </>
  );
}
