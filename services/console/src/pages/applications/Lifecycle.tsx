// Stop (scale to zero; deploys refused until started), start, and delete (its
// Kubernetes objects removed, its history kept), each confirmed.
import { useQueryClient } from '@tanstack/react-query';
import { Play, Square, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { dateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { CopyButton, ErrorNote } from '../../ui/bits';

type Application = Schemas['Application'];

export function Lifecycle({ app, organizationId }: { app: Application; organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<'stop' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const params = { params: { path: { applicationId: app.applicationId }, query: { organizationId } } };
  const act = async (what: 'stop' | 'start' | 'delete') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'stop') await call(api.POST('/api/v1/applications/{applicationId}/stop', params));
      else if (what === 'start') await call(api.POST('/api/v1/applications/{applicationId}/start', params));
      else await call(api.DELETE('/api/v1/applications/{applicationId}', params));
      setConfirm(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications/{applicationId}'] });
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications'] });
      // A start deploys the current version again: its deployment shows up at once.
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications/{applicationId}/deployments'] });
    }
  };
  if (app.status === 'deleted') return <p className="muted">{t('appLife.deletedAt', { when: dateTime(app.deletedAt) })}</p>;
  return (
    <>
      {app.status === 'stopped' ? <p className="muted">{t('appLife.stoppedSince', { when: dateTime(app.stoppedAt) })}</p> : null}
      <div className="card-footer row-actions">
        {app.status === 'stopped' ? (
          <Button icon={<Play size={16} aria-hidden="true" />} busy={busy} onClick={() => void act('start')}>
            {t('appLife.start')}
          </Button>
        ) : (
          <Button icon={<Square size={16} aria-hidden="true" />} onClick={() => setConfirm('stop')}>
            {t('appLife.stop')}
          </Button>
        )}
        <Button variant="danger" icon={<Trash2 size={16} aria-hidden="true" />} onClick={() => setConfirm('delete')}>
          {t('appLife.delete')}
        </Button>
      </div>
      <ErrorNote error={error} />
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(o) => !o && setConfirm(null)}
        title={t(confirm === 'delete' ? 'appLife.deleteTitle' : 'appLife.stopTitle', { name: app.name })}
        description={t(confirm === 'delete' ? 'appLife.deleteText' : 'appLife.stopText')}
        confirmLabel={confirm === 'delete' ? t('common.delete') : t('appLife.stop')}
        danger
        busy={busy}
        onConfirm={() => confirm && void act(confirm)}
      />
    </>
  );
}

/** The webhook URL and the ready-to-copy curl call (the token is a placeholder, never repeated). */
export function WebhookCall({ app }: { app: Application }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm">
      <p className="field-label">{t('appLife.webhookUrl')}</p>
      <div className="copy-row">
        <code className="code-block" data-testid="webhook-url">{app.webhookUrl}</code>
        <CopyButton value={app.webhookUrl} />
      </div>
      <p className="field-label">{t('appLife.curl')}</p>
      <div className="copy-row">
        <pre className="code-block" data-testid="curl-example">{app.curlExample}</pre>
        <CopyButton value={app.curlExample} />
      </div>
      <p className="field-hint">{t('appLife.curlHint')}</p>
    </div>
  );
}
