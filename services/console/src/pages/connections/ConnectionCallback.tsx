// Where the provider sends the browser back after an authorization
// (`redirectUri` of the connect call): the code and state go to
// GET /api/v1/oauth/callback as the signed-in user, and the query string is
// dropped from the address bar at once. Issue #15 moves the completion into the
// gateway (a binding cookie); this page then only shows the outcome.
import { useQueryClient } from '@tanstack/react-query';
import { CheckCircle2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ErrorNote, Loading, PageHeader, Section } from '../../ui/bits';

type Outcome = { account?: Schemas['AccountStatus'] | undefined };
// One completion per state, even when React runs the effect twice (StrictMode): a state is single-use.
const completions = new Map<string, Promise<Outcome>>();

function complete(params: URLSearchParams): Promise<Outcome> {
  const state = params.get('state') ?? '';
  let running = completions.get(state);
  if (!running) {
    const query = {
      state,
      ...(params.get('code') ? { code: params.get('code')! } : {}),
      ...(params.get('error') ? { error: params.get('error')! } : {}),
      ...(params.get('error_description') ? { error_description: params.get('error_description')! } : {}),
    };
    running = call(api.GET('/api/v1/oauth/callback', { params: { query } }));
    completions.set(state, running);
  }
  return running;
}

export default function ConnectionCallback() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [params] = useState(() => new URLSearchParams(window.location.search));

  useEffect(() => {
    // The authorization code must not linger in the address bar or the history.
    if (window.location.search) window.history.replaceState(window.history.state, '', window.location.pathname);
    if (!params.get('state')) {
      setError({ title: t('connections.callbackFailed') });
      return;
    }
    complete(params).then(
      (result) => {
        setOutcome(result);
        void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/oauth/accounts'] });
      },
      (e: unknown) => setError(e),
    );
  }, [params, queryClient, t]);

  return (
    <>
      <PageHeader title={t('connections.callbackTitle')} />
      <Section title={t('connections.title')} id="callback">
        {error ? (
          <ErrorNote error={error} />
        ) : outcome ? (
          <p className="all-good" role="status">
            <CheckCircle2 size={16} aria-hidden="true" /> {t('connections.callbackDone')} {outcome.account ? <strong>{outcome.account.username}</strong> : null}
          </p>
        ) : (
          <Loading />
        )}
        <p>
          <Link to="/connections">{t('common.back')}</Link>
        </p>
      </Section>
    </>
  );
}
