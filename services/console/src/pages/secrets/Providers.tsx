// Secret providers (Infisical, Vault, cloud secret managers): each with its
// group, last sync status and error, "sync now" (polled while it runs) and delete.
import { useQueryClient } from '@tanstack/react-query';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, type Schemas } from '../../api/client';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { Badge, EmptyState, ErrorNote, Loading, Section } from '../../ui/bits';
import { SyncNowButton } from './SyncNow';

type Provider = Schemas['SecretProvider'];

function SyncStatus({ provider, now }: { provider: Provider; now: number }) {
  const { t } = useTranslation();
  if (!provider.lastSyncStatus) return <Badge tone="gray">{t('providers.never')}</Badge>;
  return (
    <>
      {provider.lastSyncStatus === 'completed' ? <Badge tone="green">{t('providers.completed')}</Badge> : <Badge tone="red">{t('providers.failed')}</Badge>}
      <div className="muted small">{relativeTime(provider.lastSyncAt, now)}</div>
      {provider.lastSyncError ? <div className="small text-red wrap">{provider.lastSyncErrorClass ? `${provider.lastSyncErrorClass}: ` : ''}{provider.lastSyncError}</div> : null}
    </>
  );
}

export function Providers() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Provider | null>(null);
  const providers = $api.useQuery('get', '/api/v1/secrets/providers', {}, { refetchInterval: 15_000 });
  const remove = $api.useMutation('delete', '/api/v1/secrets/providers/{providerId}', {
    onSuccess: async () => {
      setTarget(null);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/providers'] });
    },
  });
  return (
    <Section title={t('providers.title')} id="providers">
      {providers.isPending ? (
        <Loading />
      ) : providers.error ? (
        <ErrorNote error={providers.error} />
      ) : providers.data.providers.length === 0 ? (
        <EmptyState title={t('providers.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('providers.type')}</th>
                <th scope="col">{t('providers.group')}</th>
                <th scope="col">{t('providers.lastSync')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {providers.data.providers.map((p) => (
                <tr key={p.providerId}>
                  <td className="strong">{p.name}</td>
                  <td className="mono small">{p.providerType}</td>
                  <td>
                    <Link to={`/secrets/${p.groupId}`}>{p.groupName}</Link>
                  </td>
                  <td>
                    <SyncStatus provider={p} now={now} />
                  </td>
                  <td className="col-actions">
                    <div className="row-actions">
                      <SyncNowButton provider={p} />
                      <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => setTarget(p)} aria-label={`${t('common.delete')} ${p.name}`} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={remove.error} />
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(o) => !o && setTarget(null)}
        title={t('providers.deleteTitle', { name: target?.name ?? '' })}
        description={t('providers.deleteText')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        onConfirm={() => target && remove.mutate({ params: { path: { providerId: target.providerId } } })}
      />
    </Section>
  );
}
