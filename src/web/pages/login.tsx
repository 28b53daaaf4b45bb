// Log in with email and password.
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError, api, type Profile } from '../api';
import { Field, FormError, fieldMessage } from '../components/field';
import { useSession } from '../session';

export function LoginPage() {
  const { setProfile } = useSession();
  const [, navigate] = useLocation();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const profile = await api<Profile>('POST', '/api/auth/login', {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      setProfile(profile);
      navigate('/');
    } catch (e) {
      if (e instanceof ApiError) {
        setFields(e.fields);
        setError(e.message);
      } else throw e;
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Log in</h1>
      <form onSubmit={submit} noValidate>
        <FormError message={error} />
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
