// Who is signed in: loaded once from /api/session (200 whether or not anyone is, so a signed-out visit logs
// no failed request), refreshed after sign-up, log-in, profile changes and log-out. Offline, the service
// worker answers with the last copy it saw, so the diary still opens.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, api, type Profile } from './api';

type SessionState = {
  profile: Profile | null;
  loading: boolean;
  setProfile: (profile: Profile | null) => void;
  refresh: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      setProfile((await api<{ profile: Profile | null }>('GET', '/api/session')).profile);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setProfile(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <SessionContext.Provider value={{ profile, loading, setProfile, refresh }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
