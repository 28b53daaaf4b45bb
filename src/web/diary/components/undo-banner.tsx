// "Deleted. Undo" for a few seconds after a cramp is deleted; the countdown waits while the Undo
// button has focus, so nobody using a keyboard or a screen reader is rushed.
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../../api';
import { timeOfDay } from '../diary-time';
import { useDiary } from './diary-provider';

export const UNDO_MS = 8_000;

export function UndoBanner({ timeZone }: { timeZone: string }) {
  const intl = useIntl();
  const { deleted, undo, dismissDeleted } = useDiary();
  const [held, setHeld] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!deleted || held) return;
    const left = UNDO_MS - (Date.now() - deleted.at);
    const timer = setTimeout(dismissDeleted, Math.max(0, left));
    return () => clearTimeout(timer);
  }, [deleted, held, dismissDeleted]);

  return (
    <div className="undo-slot" role="status">
      {deleted && (
        <div className="undo-banner">
          <span>
            {intl.formatMessage(
              { id: 'diary.undo.deleted' },
              { time: timeOfDay(intl, Date.parse(deleted.episode.startedAt), timeZone) },
            )}
          </span>
          <button
            type="button"
            className="button secondary"
            onFocus={() => setHeld(true)}
            onBlur={() => setHeld(false)}
            onClick={() => {
              setError(null);
              undo().catch((e: unknown) =>
                setError(e instanceof ApiError ? e.message : intl.formatMessage({ id: 'diary.undo.error' })),
              );
            }}
          >
            {intl.formatMessage({ id: 'diary.undo.button' })}
          </button>
        </div>
      )}
      {error && <p className="form-error">{error}</p>}
    </div>
  );
}
