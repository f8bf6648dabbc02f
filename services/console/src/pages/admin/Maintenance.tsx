import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorNote, Pending15, Section, SuccessNote } from '../../ui/bits';

export function Maintenance() {
  const { t } = useTranslation();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const cleanup = $api.useMutation('post', '/api/v1/admin/token-cleanup');
  const rotate = $api.useMutation('post', '/api/v1/admin/signing-keys/rotate', { onSuccess: () => setConfirmRotate(false) });
  const c = cleanup.data;
  return (
    <>
      <Section title={t('admin.cleanup')} id="cleanup">
        <p className="muted">{t('admin.cleanupText')}</p>
        <div className="card-footer">
          <Button variant="primary" busy={cleanup.isPending} onClick={() => cleanup.mutate({})}>
            {t('admin.runNow')}
          </Button>
        </div>
        <SuccessNote>
          {c ? t('admin.cleanupResult', { cleaned: c.cleanedCount, refresh: c.cleanedRefreshTokenCount, pat: c.cleanedPersonalAccessTokenCount, ms: c.durationMs, remaining: c.remainingTokens }) : null}
        </SuccessNote>
        <ErrorNote error={cleanup.error} />
        <Pending15>{t('admin.cleanupStats')}</Pending15>
      </Section>
      <Section title={t('admin.signingKeys')} id="signing-keys">
        <p className="muted">{t('admin.rotateText')}</p>
        <div className="card-footer">
          <Button onClick={() => setConfirmRotate(true)}>{t('admin.rotate')}</Button>
        </div>
        <SuccessNote>{rotate.data ? t('admin.rotated', { keyId: rotate.data.keyId }) : null}</SuccessNote>
        <ErrorNote error={rotate.error} />
        <ConfirmDialog
          open={confirmRotate}
          onOpenChange={setConfirmRotate}
          title={t('admin.rotate')}
          description={t('admin.rotateText')}
          confirmLabel={t('admin.rotate')}
          busy={rotate.isPending}
          onConfirm={() => rotate.mutate({})}
        />
      </Section>
      <Section title={t('nav.admin')} id="pending">
        <Pending15>{t('admin.sessions')}</Pending15>
      </Section>
    </>
  );
}
