// A swollen, red or warm leg can be a blood clot: when the diary holds such a note, say so plainly
// and send the person to the "Should I call?" questions (a server-rendered page, hence a plain link).
import { longDate } from '../diary-time';

export function RedFlagBanner({ dates }: { dates: readonly string[] }) {
  const latest = [...dates].sort().at(-1);
  if (!latest) return null;
  return (
    <aside className="red-flag" aria-labelledby="red-flag-title">
      <p className="red-flag-title" id="red-flag-title">
        You noted a swollen, red or warm leg on {longDate(latest)}.
      </p>
      <p>
        That can be a sign of a blood clot, which needs checking the same day. If you also feel breathless or
        have chest pain, call your emergency number now.
      </p>
      <a className="button red-flag-action" href="/check">
        Check now: should I call?
      </a>
    </aside>
  );
}
