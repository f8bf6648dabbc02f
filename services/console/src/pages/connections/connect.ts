// Connecting an account: the gateway starts the authorization (state, PKCE)
// and answers the provider's authorize URL; the browser goes there, and the
// provider sends it back to /connections/callback, which finishes the
// connection with the code and state (ConnectionCallback.tsx).
import { useState } from 'react';
import { api, call } from '../../api/client';

export const CALLBACK_PATH = '/connections/callback';

export function useConnect() {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const connect = async (providerAppId: string) => {
    setPending(providerAppId);
    setError(null);
    try {
      const started = await call(
        api.POST('/api/v1/oauth/provider-apps/{id}/connect', {
          params: { path: { id: providerAppId } },
          body: { redirectUri: `${window.location.origin}${CALLBACK_PATH}` },
        }),
      );
      window.location.assign(started.authorizeUrl);
    } catch (e) {
      setError(e);
      setPending(null);
    }
  };
  return { connect, pending, error };
}
