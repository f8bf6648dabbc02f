// The overview's list of secret providers whose last sync failed, each with
// "sync now" (the fixing action once the cause is dealt with) and its group.
import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { relativeTime, useNow } from '../../lib/format';
import { ErrorNote, Loading, Section } from '../../ui/bits';
import { SyncNowButton } from './SyncNow';

export function ProviderSyncFailures() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const providers = $api.useQuery('get', '/api/v1/secrets/providers', {}, { refetchInterval: 30_000 });
  if (providers.isPending) return <Loading />;
  if (providers.error) return <ErrorNote error={providers.error} />;
  const failed = providers.data.providers.filter((p) => p.lastSyncStatus === 'failed');
  return (
    <Section title={t('providers.failures')} id="overview-syncs" actions={<Link to="/secrets">{t('nav.secrets')}</Link>}>
      {failed.length === 0 ? (
        <p className="all-good">
          <CheckCircle2 size={16} aria-hidden="true" /> {t('providers.failuresEmpty')}
        </p>
      ) : (
        <ul className="list">
          {failed.map((p) => (
            <li key={p.providerId} className="list-row">
              <AlertTriangle size={16} className="text-red" aria-hidden="true" />
              <Link to={`/secrets/${p.groupId}`} className="strong">
                {p.name}
              </Link>
              <span className="muted small">
                {p.lastSyncErrorClass || p.lastSyncError} · {relativeTime(p.lastSyncAt, now)}
              </span>
              <span className="list-spacer" />
              <SyncNowButton provider={p} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
