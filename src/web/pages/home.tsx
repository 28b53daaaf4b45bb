// The front door: where the pregnancy is, and the four ways in.
import { Link } from 'wouter';
import type { Profile } from '../api';
import { LogCrampButton } from '../diary/components/log-cramp-button';
import { useSession } from '../session';

const TRIMESTER_NAMES = { 1: 'First trimester', 2: 'Second trimester', 3: 'Third trimester' } as const;

function AfterBirthLine({ since }: { since: NonNullable<Profile['afterBirth']> }) {
  const weeks = `${since.weeks} ${since.weeks === 1 ? 'week' : 'weeks'}`;
  const days = `${since.days} ${since.days === 1 ? 'day' : 'days'}`;
  return (
    <>
      <p className="week" data-testid="weeks-since-birth">
        {weeks}, {days} since the birth
      </p>
      <p className="sub">
        {since.inTriageWindow
          ? 'Clots and high blood pressure can still start in the weeks after a birth. '
          : 'Congratulations. '}
        <Link href="/profile">Change the birth date</Link> in your profile.
      </p>
    </>
  );
}

function PregnancyLine({ profile }: { profile: Profile }) {
  // After the birth, weeks count from the birth rather than from the due date.
  if (profile.afterBirth) return <AfterBirthLine since={profile.afterBirth} />;
  const p = profile.pregnancy;
  if (!p) {
    return (
      <>
        <p className="week">Add your due date</p>
        <p className="sub">
          <Link href="/profile">Set it in your profile</Link> to see your week of pregnancy and get advice for
          it.
        </p>
      </>
    );
  }
  switch (p.status) {
    case 'pregnant':
    case 'post-term':
      return (
        <>
          <p className="week" data-testid="gestational-age">
            Week {p.weeks}, day {p.days}
          </p>
          <p className="sub">
            {p.status === 'post-term'
              ? 'Past 42 weeks — stay in close touch with your maternity team'
              : TRIMESTER_NAMES[p.trimester]}
            {' · due '}
            {new Date(`${p.dueDate}T12:00:00`).toLocaleDateString(undefined, {
              day: 'numeric',
              month: 'long',
              year: 'numeric',
            })}
          </p>
        </>
      );
    case 'not-yet':
      return (
        <>
          <p className="week">Due date is more than 40 weeks away</p>
          <p className="sub">
            Check it in your <Link href="/profile">profile</Link>.
          </p>
        </>
      );
    case 'ended':
      return (
        <>
          <p className="week">{p.daysSinceDue} days past your due date</p>
          <p className="sub">
            If your baby has arrived, congratulations. You can update or clear the date in your{' '}
            <Link href="/profile">profile</Link>.
          </p>
        </>
      );
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

function Doors({ signedIn }: { signedIn: boolean }) {
  return (
    <nav className="doors" aria-label="Main sections">
      <a className="door primary" href="/relief">
        <span className="door-title">Relief now</span>
        <span className="door-text">A cramp right now? Step-by-step help to stop it.</span>
      </a>
      <a className="door clot" href="/check">
        <span className="door-kicker">Is it a clot?</span>
        <span className="door-title">Should I call?</span>
        <span className="door-text">Check the signs that need a midwife or doctor.</span>
      </a>
      <a className="door" href="/learn">
        <span className="door-title">Learn</span>
        <span className="door-text">Causes, prevention and remedies — with the evidence.</span>
      </a>
      <Link className="door" href="/diary">
        <span className="door-title">My diary</span>
        <span className="door-text">
          {signedIn
            ? 'Log cramps in one tap and see what helps.'
            : 'A private cramp log, with a free account.'}
        </span>
      </Link>
      {signedIn && (
        <Link className="door" href="/plan">
          <span className="door-title">My plan</span>
          <span className="door-text">Daily steps to head off cramps, with reminders.</span>
        </Link>
      )}
    </nav>
  );
}

export function HomePage() {
  const { profile, loading } = useSession();
  if (!loading && !profile) {
    // Signed out: what helps right now comes first, the account last.
    return (
      <>
        <h1>Leg cramps in pregnancy</h1>
        <Doors signedIn={false} />
        <section className="card account-card" aria-labelledby="account-card-title">
          <h2 id="account-card-title">Keep a private cramp diary</h2>
          <p className="sub">
            <Link href="/signup">Create a free account</Link> to log cramps and see what helps, or{' '}
            <Link href="/login">log in</Link>. Everything else works without one.
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <h1>{profile?.name ? `Hello, ${profile.name}` : 'Leg cramps in pregnancy'}</h1>
      <section className="card pregnancy-card" aria-live="polite">
        {profile ? <PregnancyLine profile={profile} /> : <p className="sub muted">Loading…</p>}
      </section>
      {profile && <LogCrampButton quiet />}
      <Doors signedIn={Boolean(profile)} />
      {profile && (
        <p>
          <Link href="/report">Report for your midwife</Link>: print it, download it or share a link.
        </p>
      )}
      <nav className="prevent-links" aria-label="Prevent">
        <Link href="/food">Food check</Link> · <Link href="/labs">Lab results explained</Link>
      </nav>
    </>
  );
}
