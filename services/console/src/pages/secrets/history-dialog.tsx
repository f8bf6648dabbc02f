// A secret's versions with restore (a rollback: a new version holding an old value, confirmed with what
// uses the secret), what depends on it (impact) and its timeline from the audit trail.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call, type Schemas } from '../../api/client';
import { dateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { DialogActions, Modal } from '../../ui/Dialog';
import { ErrorNote, Loading, SuccessNote } from '../../ui/bits';
import { Timeline } from '../audit/Timeline';
import { useImpact } from '../impact/impact';
import { ImpactConfirm } from '../impact/ImpactConfirm';
import { ImpactList } from '../impact/ImpactList';
import { invalidateSecrets } from './dialogs';

type Secret = Schemas['Secret'];
type Open = { open: boolean; onOpenChange: (open: boolean) => void };

export function HistoryDialog({ secret, open, onOpenChange }: Open & { secret: Secret }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const versions = $api.useQuery('get', '/api/v1/secrets/{secretId}/versions', { params: { path: { secretId: secret.secretId } } }, { enabled: open });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<number | null>(null);
  // The version a restore is being confirmed for.
  const [confirming, setConfirming] = useState<number | null>(null);
  const impact = useImpact('secret', secret.secretId, open);
  const rollback = async (toVersion: number) => {
    setBusy(toVersion);
    setError(null);
    try {
      await call(api.POST('/api/v1/secrets/{secretId}/rollback', { params: { path: { secretId: secret.secretId } }, body: { toVersion } }));
      setMessage(t('secrets.rollbackDone', { version: toVersion }));
      setConfirming(null);
      await invalidateSecrets(queryClient);
    } catch (e) {
      setError(e);
      setConfirming(null);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('secrets.historyTitle', { name: secret.name })} wide>
      {versions.isPending ? (
        <Loading />
      ) : versions.error ? (
        <ErrorNote error={versions.error} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('secrets.version')}</th>
                <th scope="col">{t('secrets.source')}</th>
                <th scope="col">Fingerprint</th>
                <th scope="col">{t('common.created')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.versions.map((v) => (
                <tr key={v.version}>
                  <td className="mono">
                    v{v.version}
                    {v.restoredVersion ? <span className="muted small"> ({t('secrets.restoredFrom', { version: v.restoredVersion })})</span> : null}
                  </td>
                  <td>{v.source}</td>
                  <td className="mono small">{v.valueFingerprint.slice(0, 16)}</td>
                  <td className="muted">{dateTime(v.createdAt)}</td>
                  <td className="col-actions">
                    {v.version !== secret.version ? (
                      <Button size="sm" busy={busy === v.version} onClick={() => setConfirming(v.version)} aria-label={`${t('secrets.rollback')} v${v.version}`}>
                        {t('secrets.rollback')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SuccessNote>{message}</SuccessNote>
      <ErrorNote error={error} />
      <section aria-labelledby="secret-impact-title">
        <h3 className="dialog-subtitle" id="secret-impact-title">
          {t('impact.title')}
        </h3>
        <ImpactList kind="secret" impact={impact} />
      </section>
      <h3 className="dialog-subtitle">{t('audit.timeline')}</h3>
      <Timeline resourceKind="secret" resourceId={secret.secretId} name={secret.name} />
      <DialogActions>
        <Button onClick={() => onOpenChange(false)}>{t('common.close')}</Button>
      </DialogActions>
      <ImpactConfirm
        kind="secret"
        id={secret.secretId}
        open={confirming !== null}
        onOpenChange={(o) => !o && setConfirming(null)}
        title={t('secrets.rollbackTitle', { name: secret.name, version: confirming ?? 0 })}
        description={t('secrets.rollbackText', { version: confirming ?? 0 })}
        confirmLabel={t('secrets.rollback')}
        busy={busy !== null}
        onConfirm={() => confirming !== null && void rollback(confirming)}
      />
    </Modal>
  );
}

