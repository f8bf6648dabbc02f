// Where the gateway sends the browser when a connect or reconnect did not
// finish: the code (one of the gateway's CONNECT_FAILURE_CODES) in plain words.
import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, PageHeader, Section } from '../../ui/bits';
import { knownFailureCode } from './failure-codes';


export default function ConnectFailed() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  // Only a known code is shown: the address bar is anyone's to edit.
  const code = knownFailureCode(search.get('code'));
  return (
    <>
      <PageHeader title={t('connectFailed.title')} />
      <Section title={t('connectFailed.what')} id="connect-failed">
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
