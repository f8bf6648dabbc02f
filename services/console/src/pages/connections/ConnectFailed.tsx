// Where the gateway sends the browser when a connect or reconnect did not
// finish: the code (one of the gateway's CONNECT_FAILURE_CODES) in plain words.
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, PageHeader, Section } from '../../ui/bits';

export const FAILURE_CODES = [
  'ERR_CONNECT_DENIED', 'ERR_CONNECT_PROVIDER_ERROR', 'ERR_CONNECT_STATE_INVALID', 'ERR_CONNECT_STATE_EXPIRED', 'ERR_CONNECT_WRONG_USER',
  'ERR_CONNECT_WRONG_ACCOUNT', 'ERR_CONNECT_NOT_BOUND', 'ERR_UNAUTHENTICATED', 'ERR_PROVIDER_REJECTED', 'ERR_PROVIDER_UNAVAILABLE',
  'ERR_PROVIDER_APP_INVALID', 'ERR_PROVIDER_APP_NOT_FOUND', 'ERR_ACCOUNT_NOT_FOUND', 'ERR_FORBIDDEN', 'ERR_UNSUPPORTED', 'ERR_VALIDATION',
  'ERR_UNAVAILABLE', 'ERR_CONNECT_FAILED',
] as const;
type Code = (typeof FAILURE_CODES)[number];

export default function ConnectFailed() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const raw = search.get('code') ?? '';
  // Only a known code is shown: the address bar is anyone's to edit.
  const code: Code = (FAILURE_CODES as readonly string[]).includes(raw) ? (raw as Code) : 'ERR_CONNECT_FAILED';
  return (
    <>
      <PageHeader title={t('connectFailed.title')} />
      <Section title={t('connectFailed.title')} id="connect-failed">
        <EmptyState
          icon={<AlertTriangle />}
          title={<span role="alert">{t(`connectFailed.${code}`)}</span>}
          hint={
            <>
              {t('connectFailed.code')}: <code>{code}</code>
            </>
          }
          action={
            <Link className="btn btn-primary" to="/connections">
              {t('connectFailed.again')}
            </Link>
          }
        />
      </Section>
    </>
  );
}
