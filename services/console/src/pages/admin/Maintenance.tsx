// Token cleanup (its schedule, the last run's figures: total, no longer valid,
// still valid, cleaned, remaining; "run now") and signing-key rotation.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '../../api/client';
import { dateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorNote, Loading, Section, SuccessNote } from '../../ui/bits';

function CleanupStats() {
  const { t } = useTranslation();
  const stats = $api.useQuery('get', '/api/v1/admin/token-cleanup', {});
  if (stats.isPending) return <Loading />;
  if (stats.error) return <ErrorNote error={stats.error} />;
  const { lastRun: run, schedule } = stats.data;
  return (
    <div className="grid-2 stack-top">
      <div>
        <p className="field-label">{t('cleanupStats.lastRun')}</p>
        {run ? (
          <dl className="facts" aria-label={t('cleanupStats.lastRun')}>
            <dt>{t('cleanupStats.when')}</dt>
            <dd>
              {dateTime(run.timestamp)} ({run.trigger === 'manual' ? t('cleanupStats.manual') : t('cleanupStats.scheduled')})
            </dd>
            <dt>{t('cleanupStats.total')}</dt>
            <dd className="mono">{run.totalCount}</dd>
            <dt>{t('cleanupStats.expired')}</dt>
            <dd className="mono">{run.expiredCount}</dd>
            <dt>{t('cleanupStats.valid')}</dt>
            <dd className="mono">{run.validCount}</dd>
            <dt>{t('cleanupStats.cleaned')}</dt>
            <dd className="mono">{run.cleanedCount}</dd>
            <dt>{t('cleanupStats.remaining')}</dt>
            <dd className="mono">{run.remainingTokens}</dd>
          </dl>
        ) : (
          <p className="muted">{t('cleanupStats.never')}</p>
        )}
      </div>
      <div>
        <p className="field-label">{t('cleanupStats.schedule')}</p>
        <dl className="facts">
          <dt>cron</dt>
          <dd className="mono">{schedule.cron} ({schedule.timezone})</dd>
          <dt>{t('cleanupStats.next')}</dt>
          <dd>{dateTime(schedule.nextRunAt)}</dd>
          <dt>{t('cleanupStats.retentionLabel')}</dt>
          <dd>{t('cleanupStats.retention', { days: schedule.retentionDays })}</dd>
        </dl>
      </div>
    </div>
  );
}

export function Maintenance() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirmRotate, setConfirmRotate] = useState(false);
  const cleanup = $api.useMutation('post', '/api/v1/admin/token-cleanup', {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/token-cleanup'] }),
  });
  const rotate = $api.useMutation('post', '/api/v1/admin/signing-keys/rotate', { onSuccess: () => setConfirmRotate(false) });
  const c = cleanup.data;
  return (
    <>
      <Section title={t('admin.cleanup')} id="cleanup">
        <p className="muted">{t('admin.cleanupText')}</p>
        <CleanupStats />
        <div className="card-footer">
          <Button variant="primary" busy={cleanup.isPending} onClick={() => cleanup.mutate({})}>
            {t('admin.runNow')}
          </Button>
        </div>
        <SuccessNote>
          {c ? t('admin.cleanupResult', { cleaned: c.cleanedCount, refresh: c.cleanedRefreshTokenCount, pat: c.cleanedPersonalAccessTokenCount, ms: c.durationMs, remaining: c.remainingTokens }) : null}
        </SuccessNote>
        <ErrorNote error={cleanup.error} />
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
    </>
  );
}
