import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { $api } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { expectSession } from '../../auth/session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { ErrorNote, Loading, SuccessNote } from '../../ui/bits';
import { safeReturnTo } from '../../lib/return-to';
import { AuthLayout } from './AuthLayout';

export default function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState((location.state as { email?: string } | null)?.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const providers = $api.useQuery('get', '/api/v1/auth/sso/providers', {}, { staleTime: 60_000 });
  const justSignedUp = Boolean((location.state as { signedUp?: boolean } | null)?.signedUp);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const sso = providers.data?.identityProviders ?? [];
  // An administrator may turn password sign-in off: then only the SSO providers remain.
  const passwordOn = providers.data?.passwordSignInEnabled ?? true;
  const returnTo = safeReturnTo(new URLSearchParams(location.search).get('returnTo'));
  const ssoHref = (id: string) => `/api/v1/auth/sso/${encodeURIComponent(id)}/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  if (providers.isPending) return <Loading />;
  return (
    <AuthLayout
      title={t('auth.signInTitle')}
      footer={
        passwordOn ? (
          <>
            {t('auth.noAccount')} <Link to={{ pathname: '/sign-up', search: location.search }}>{t('auth.toSignUp')}</Link>
          </>
        ) : null
      }
    >
      {justSignedUp ? <SuccessNote>{t('auth.signedUp')}</SuccessNote> : null}
      {passwordOn ? (
      <form className="form" onSubmit={submit}>
        <TextField label={t('auth.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
        <TextField label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <ErrorNote error={error} />
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          {t('auth.signIn')}
        </Button>
      </form>
      ) : null}
      {!passwordOn && sso.length === 0 ? <p className="note note-error">{t('auth.noSignIn')}</p> : null}
      {sso.length > 0 ? (
        <>
          {passwordOn ? (
            <div className="divider">
              <span>{t('auth.or')}</span>
            </div>
          ) : null}
          <div className="sso-list">
            {sso.map((p) => (
              // A top-level navigation: the gateway sets the binding cookie and redirects to the provider.
              <a key={p.identityProviderId} className="btn btn-secondary btn-block" href={ssoHref(p.identityProviderId)} onClick={expectSession}>
                {t('auth.withProvider', { name: p.name })}
              </a>
            ))}
          </div>
        </>
      ) : null}
    </AuthLayout>
  );
}
