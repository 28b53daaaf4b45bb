// The state every API-backed form shares: busy while submitting, the server's message and field messages.
import { useCallback, useState } from 'react';
import { ApiError } from '../api';

export function useApiForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs `action` with earlier messages cleared; an ApiError becomes the messages. True when it succeeded. */
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await action();
      return true;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setFields(e.fields);
      setError(e.message);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { fields, error, busy, run };
}
