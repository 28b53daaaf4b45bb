// The front door: where the pregnancy is, and the four ways in.
import { Link } from 'wouter';
import type { Profile } from '../api';
import { LogCrampButton } from '../components/diary/log-cramp-button';
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

export function HomePage() {
  const { profile, loading } = useSession();
  return (
    <>
      <h1>{profile?.name ? `Hello, ${profile.name}` : 'Leg cramps in pregnancy'}</h1>
      <section className="card pregnancy-card" aria-live="polite">
        {loading ? (
          <p className="sub muted">Loading…</p>
        ) : profile ? (
          <PregnancyLine profile={profile} />
        ) : (
          <>
            <p className="week">Calm help for cramps, day or night</p>
            <p className="sub">
              <Link href="/signup">Create a free account</Link> to keep a private cramp diary, or use
              everything else without one.
            </p>
          </>
        )}
      </section>
      {profile && <LogCrampButton quiet />}
      <nav className="doors" aria-label="Main sections">
        <a className="door primary" href="/relief">
          <span className="door-title">Relief now</span>
          <span className="door-text">A cramp right now? Step-by-step help to stop it.</span>
        </a>
        <a className="door" href="/check">
          <span className="door-title">Should I call?</span>
          <span className="door-text">Check the signs that need a midwife or doctor.</span>
        </a>
        <a className="door" href="/learn">
          <span className="door-title">Learn</span>
          <span className="door-text">Causes, prevention and remedies — with the evidence.</span>
        </a>
        <Link className="door" href="/diary">
          <span className="door-title">My diary</span>
          <span className="door-text">Log cramps in one tap and see what helps.</span>
        </Link>
      </nav>
    </>
  );
}
