// Log in with email and password.
import type { FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { api, type Profile } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { useApiForm } from '../components/use-api-form';
import { useSession } from '../session';

export function LoginPage() {
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const { fields, error, busy, run } = useApiForm();

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
      <h1>Log in</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} fields={fields} labels={{ email: 'Email', password: 'Password' }} />
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
          autoComplete="current-password"
          required
          error={fieldMessage(fields, 'password', 'Password')}
        />
        <div className="form-actions">
          <button className="button" type="submit" disabled={busy}>
            {busy ? 'Logging in…' : 'Log in'}
          </button>
          <span className="muted">
            New here? <Link href="/signup">Create an account</Link>
          </span>
        </div>
      </form>
    </>
  );
}
