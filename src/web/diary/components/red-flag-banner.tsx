// A swollen, red or warm leg can be a blood clot: when the diary holds such a note, say so plainly
// and send the person to the "Should I call?" questions (a server-rendered page, hence a plain link).
// Every language says exactly what the English says: same sign, same urgency, same "call now".
import { useIntl } from 'react-intl';
import { longDate } from '../diary-time';

export function RedFlagBanner({ dates }: { dates: readonly string[] }) {
  const intl = useIntl();
  const latest = [...dates].sort().at(-1);
  if (!latest) return null;
  return (
    <aside className="red-flag" aria-labelledby="red-flag-title">
      <p className="red-flag-title" id="red-flag-title">
        {intl.formatMessage({ id: 'diary.redFlag.title' }, { date: longDate(intl, latest) })}
      </p>
      <p>{intl.formatMessage({ id: 'diary.redFlag.body' })}</p>
      <a className="button red-flag-action" href="/check">
        {intl.formatMessage({ id: 'diary.redFlag.action' })}
      </a>
    </aside>
  );
}
