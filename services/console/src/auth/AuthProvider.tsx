// The session as React sees it: the status from session.ts (resumed once on
// load by main.tsx, so a reload keeps the user signed in), sign-in and
// sign-out, and the query cache emptied when the user changes.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { api, call } from '../api/client';
import { ORGANIZATION_KEY } from './organization';
import { adoptSession, forgetSession, refreshSession, sessionStatus, subscribeSession, type SessionStatus } from './session';

type Auth = {
  status: SessionStatus;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  retry: () => void;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const status = useSyncExternalStore(subscribeSession, sessionStatus);
  const queryClient = useQueryClient();

  // Whatever was cached belongs to the user who just left.
  useEffect(() => {
    if (status === 'signed-out') queryClient.clear();
  }, [status, queryClient]);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await call(api.POST('/api/v1/auth/sign-in', { body: { email, password } }));
    queryClient.clear();
    adoptSession(session);
  }, [queryClient]);

  const signOut = useCallback(async () => {
    try {
      await api.POST('/api/v1/auth/sign-out', { body: {} });
    } finally {
      forgetSession();
      // The next user of this browser may not belong to it.
      localStorage.removeItem(ORGANIZATION_KEY);
      queryClient.clear();
    }
  }, [queryClient]);

  const retry = useCallback(() => void refreshSession(), []);
  const value = useMemo(() => ({ status, signIn, signOut, retry }), [status, signIn, signOut, retry]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
