// The front door: where the pregnancy is, and the four ways in.
import type { ReactNode } from 'react';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import { Link } from 'wouter';
import type { Profile } from '../api';
import { LogCrampButton } from '../diary/components/log-cramp-button';
import { useSession } from '../session';

const profileLink = (chunks: ReactNode) => <Link href="/profile">{chunks}</Link>;

function trimesterName(intl: IntlShape, trimester: 1 | 2 | 3): string {
  if (trimester === 1) return intl.formatMessage({ id: 'account.home.trimester1' });
  if (trimester === 2) return intl.formatMessage({ id: 'account.home.trimester2' });
  return intl.formatMessage({ id: 'account.home.trimester3' });
}

function AfterBirthLine({ since }: { since: NonNullable<Profile['afterBirth']> }) {
  return (
    <>
      <p className="week" data-testid="weeks-since-birth">
        <FormattedMessage id="account.home.sinceBirth" values={{ weeks: since.weeks, days: since.days }} />
      </p>
      <p className="sub">
        {since.inTriageWindow ? (
          <FormattedMessage id="account.home.afterBirthRisk" />
        ) : (
          <FormattedMessage id="account.home.congratulations" />
        )}{' '}
        <FormattedMessage id="account.home.changeBirthDate" values={{ link: profileLink }} />
      </p>
    </>
  );
}

function PregnancyLine({ profile }: { profile: Profile }) {
  const intl = useIntl();
  // After the birth, weeks count from the birth rather than from the due date.
  if (profile.afterBirth) return <AfterBirthLine since={profile.afterBirth} />;
  const p = profile.pregnancy;
  if (!p) {
    return (
      <>
        <p className="week">
          <FormattedMessage id="account.home.addDueDate" />
        </p>
        <p className="sub">
          <FormattedMessage id="account.home.addDueDateText" values={{ link: profileLink }} />
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
            <FormattedMessage id="account.home.weekDay" values={{ weeks: p.weeks, days: p.days }} />
          </p>
          <p className="sub">
            <FormattedMessage
              id="account.home.stageDue"
              values={{
                stage:
                  p.status === 'post-term'
                    ? intl.formatMessage({ id: 'account.home.postTerm' })
                    : trimesterName(intl, p.trimester),
                date: intl.formatDate(new Date(`${p.dueDate}T12:00:00`), {
                  day: 'numeric',
                  month: 'long',
                  year: 'numeric',
                }),
              }}
            />
          </p>
        </>
      );
    case 'not-yet':
      return (
        <>
          <p className="week">
            <FormattedMessage id="account.home.notYet" />
          </p>
          <p className="sub">
            <FormattedMessage id="account.home.notYetText" values={{ link: profileLink }} />
          </p>
        </>
      );
    case 'ended':
      return (
        <>
          <p className="week">
            <FormattedMessage id="account.home.pastDue" values={{ days: p.daysSinceDue }} />
          </p>
          <p className="sub">
            <FormattedMessage id="account.home.pastDueText" values={{ link: profileLink }} />
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
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <nav className="doors" aria-label={t('account.doors.label')}>
      <a className="door primary" href="/relief">
        <span className="door-title">{t('account.doors.relief')}</span>
        <span className="door-text">{t('account.doors.reliefText')}</span>
      </a>
      <a className="door clot" href="/check">
        <span className="door-kicker">{t('account.doors.checkKicker')}</span>
        <span className="door-title">{t('account.doors.check')}</span>
        <span className="door-text">{t('account.doors.checkText')}</span>
      </a>
      <a className="door" href="/learn">
        <span className="door-title">{t('account.doors.learn')}</span>
        <span className="door-text">{t('account.doors.learnText')}</span>
      </a>
      <Link className="door" href="/diary">
        <span className="door-title">{t('account.doors.diary')}</span>
        <span className="door-text">
          {signedIn ? t('account.doors.diaryText') : t('account.doors.diaryTextSignedOut')}
        </span>
      </Link>
      {signedIn && (
        <Link className="door" href="/plan">
          <span className="door-title">{t('account.doors.plan')}</span>
          <span className="door-text">{t('account.doors.planText')}</span>
        </Link>
      )}
    </nav>
  );
}

export function HomePage() {
  const intl = useIntl();
  const { profile, loading } = useSession();
  if (!loading && !profile) {
    // Signed out: what helps right now comes first, the account last.
    return (
      <>
        <h1>
          <FormattedMessage id="account.home.h1" />
        </h1>
        <Doors signedIn={false} />
        <section className="card account-card" aria-labelledby="account-card-title">
          <h2 id="account-card-title">
            <FormattedMessage id="account.home.diaryCard" />
          </h2>
          <p className="sub">
            <FormattedMessage
              id="account.home.diaryCardText"
              values={{
                signup: (chunks: ReactNode) => <Link href="/signup">{chunks}</Link>,
                login: (chunks: ReactNode) => <Link href="/login">{chunks}</Link>,
              }}
            />
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      <h1>
        {profile?.name
          ? intl.formatMessage({ id: 'account.home.hello' }, { name: profile.name })
          : intl.formatMessage({ id: 'account.home.h1' })}
      </h1>
      <section className="card pregnancy-card" aria-live="polite">
        {profile ? (
          <PregnancyLine profile={profile} />
        ) : (
          <p className="sub muted">{intl.formatMessage({ id: 'account.loading' })}</p>
        )}
      </section>
      {profile && <LogCrampButton quiet />}
      <Doors signedIn={Boolean(profile)} />
      {profile && (
        <p>
          <FormattedMessage
            id="account.home.report"
            values={{ link: (chunks: ReactNode) => <Link href="/report">{chunks}</Link> }}
          />
        </p>
      )}
      <nav className="prevent-links" aria-label={intl.formatMessage({ id: 'account.home.prevent' })}>
        <Link href="/food">{intl.formatMessage({ id: 'account.home.food' })}</Link> ·{' '}
        <Link href="/labs">{intl.formatMessage({ id: 'account.home.labs' })}</Link>
      </nav>
    </>
  );
}
