// "Sync now" for a secret provider: the sync runs in the request (the button
// shows it busy), then what it created, updated and deleted, or why it failed.
import { useQueryClient } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorNote, SuccessNote } from '../../ui/bits';

type Provider = Schemas['SecretProvider'];

export function SyncNowButton({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sync = async () => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      const r = await call(api.POST('/api/v1/secrets/providers/{providerId}/sync', { params: { path: { providerId: provider.providerId } } }));
      setResult(t('providers.synced', { created: r.createdCount, updated: r.updatedCount, deleted: r.deletedCount, unchanged: r.unchangedCount }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      for (const path of ['/api/v1/secrets/providers', '/api/v1/secrets/groups', '/api/v1/secrets/groups/{groupId}/secrets']) {
        void queryClient.invalidateQueries({ queryKey: ['get', path] });
      }
    }
  };
  return (
    <span className="inline-action">
      <Button size="sm" icon={<RefreshCw size={14} aria-hidden="true" />} busy={busy} onClick={() => void sync()} aria-label={`${t('providers.syncNow')}: ${provider.name}`}>
        {t('providers.syncNow')}
      </Button>
      <SuccessNote>{result}</SuccessNote>
      <ErrorNote error={error} />
    </span>
  );
}
