// The diary for a visitor without an account: what it does, and the way in.
import { AccountLinks } from '../../components/account-links';

export function DiarySignedOut({ loggingNow = false }: { loggingNow?: boolean }) {
  return (
    <>
      <h1>My diary</h1>
      {loggingNow && (
        <p className="notice">To save this cramp in a diary, log in or create a free account first.</p>
      )}
      <p className="lead">
        A private diary for leg cramps in pregnancy. Log a cramp in one tap, even half asleep at 3 am; add a
        30-second check-in in the evening; and over the weeks see what went with fewer cramps.
      </p>
      <ul className="diary-promises">
        <li>One tap logs the time. Details can wait until morning.</li>
        <li>Works when the signal drops: the cramp waits on your phone and syncs later.</li>
        <li>Honest patterns: a few weeks of data can show what went together, not what caused what.</li>
        <li>Yours: download everything, or delete your account and all of it, at any time.</li>
      </ul>
      <AccountLinks />
      <p className="muted">
        Having a cramp right now? <a href="/relief">Relief now</a> works without an account.
      </p>
    </>
  );
}

export function DiaryLoading() {
  return (
    <p className="muted" role="status">
      Loading your diary…
    </p>
  );
}
