// "Log a cramp now": one tap stores the time (on this phone if the network is down), then the
// details sheet opens to be finished now or later.
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'wouter';
import { ApiError } from '../../api';
import { useDiary } from './diary-provider';

/** `quiet` sits under other bright actions (the home page's Relief door) without shouting over them. */
export function LogCrampButton({ quiet = false }: { quiet?: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { logNow } = useDiary();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tapped = useRef(false);

  async function tap() {
    if (tapped.current) return; // a second tap before the first answers must not log twice
    tapped.current = true;
    setBusy(true);
    setError(null);
    try {
      const { id } = await logNow();
      navigate(`/diary/episodes/${id}?new=1`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('diary.log.error'));
      tapped.current = false;
      setBusy(false);
    }
  }

  return (
    <div className="log-now">
      <button
        type="button"
        className={quiet ? 'button log-now-button quiet' : 'button log-now-button'}
        onClick={tap}
        aria-disabled={busy}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="log-now-icon">
          <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        {busy ? t('diary.log.busy') : t('diary.log.button')}
      </button>
      <p className="log-now-hint">{t('diary.log.hint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
