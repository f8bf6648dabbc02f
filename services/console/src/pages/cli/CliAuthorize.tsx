// /cli/authorize: `kw login` asks for access. The signed-in user sees which machine asks and for
// which scopes, and approves or denies. Approving gets a one-time code (bound to the CLI's PKCE
// challenge) and sends the browser to the CLI's 127.0.0.1 listener with it and the CLI's state;
// denying sends error=access_denied. No token passes through this page or any URL.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorNote, PageHeader } from '../../ui/bits';

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}\/[^?#]*$/;

export default function CliAuthorize() {
  const { t } = useTranslation();
  const query = new URLSearchParams(useLocation().search);
  const redirectUri = query.get('redirect_uri') ?? '';
  const challenge = query.get('code_challenge') ?? '';
  const state = query.get('state') ?? '';
  const machine = query.get('machine') ?? '';
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const valid = LOOPBACK.test(redirectUri) && challenge.length === 43 && state.length > 0 && machine.length > 0 && scopes.length > 0;

  const back = (params: Record<string, string>) => window.location.assign(`${redirectUri}?${new URLSearchParams({ ...params, state }).toString()}`);
  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      const { code } = await call(api.POST('/api/v1/auth/cli/approve', { body: { codeChallenge: challenge, redirectUri, machine, scopes } }));
      back({ code });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  if (!valid) return <><PageHeader title={t('cli.title')} /><p role="alert">{t('cli.invalid')}</p></>;
  return (
    <>
      <PageHeader title={t('cli.title')} subtitle={t('cli.asks', { machine })} />
      <p>{t('cli.scopes')}</p>
      <ul data-testid="cli-scopes">{scopes.map((s) => <li key={s}><code>{s}</code></li>)}</ul>
      <p>{t('cli.after', { address: redirectUri })}</p>
      <ErrorNote error={error} />
      <div className="card-actions">
        <Button variant="primary" busy={busy} onClick={() => void approve()}>{t('cli.approve')}</Button>
        <Button disabled={busy} onClick={() => back({ error: 'access_denied' })}>{t('cli.deny')}</Button>
      </div>
    </>
  );
}
