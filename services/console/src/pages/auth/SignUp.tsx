import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, call } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/bits';
import { AuthLayout } from './AuthLayout';

export default function SignUp() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const { signIn } = useAuth();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/v1/auth/sign-up', { body: { email, password, displayName } }));
      // Straight in: the same credentials open the first session.
      await signIn(email, password);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t('auth.signUpTitle')}
      footer={
        <>
          {t('auth.haveAccount')} <Link to={{ pathname: '/sign-in', search }}>{t('auth.toSignIn')}</Link>
        </>
      }
    >
      <form className="form" onSubmit={submit}>
        <TextField label={t('auth.displayName')} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoFocus />
        <TextField label={t('auth.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          minLength={12}
          hint={t('auth.passwordHint')}
          required
        />
        <ErrorNote error={error} />
        <Button type="submit" variant="primary" busy={busy} className="btn-block">
          {t('auth.signUp')}
        </Button>
      </form>
    </AuthLayout>
  );
}
