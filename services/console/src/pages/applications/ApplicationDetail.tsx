// One application: status, settings, stop/start/delete, the webhook URL and
// curl example, webhook token (regenerated and shown once), manual deploy, the
// deployment history with rollback (polled while a deployment is under way),
// and its variables with the resolved view.
import { useQueryClient } from '@tanstack/react-query';
import { KeyRound, Rocket, RotateCcw } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { $api, api, call, type Schemas } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { dateTime, duration, relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { CancelButton, ConfirmDialog, DialogActions, Modal } from '../../ui/Dialog';
import { CheckboxField, TextField } from '../../ui/Field';
import { EmptyState, ErrorNote, Loading, OneTimeSecret, PageHeader, Section } from '../../ui/bits';
import { NeedOrganization } from '../projects/Projects';
import { ResolvedView } from '../variables/ResolvedView';
import { VariablesEditor } from '../variables/VariablesEditor';
import { Lifecycle, WebhookCall } from './Lifecycle';
import { StatusBadge } from './status';

type Application = Schemas['Application'];
type Deployment = Schemas['Deployment'];
const running = (d: Deployment) => d.status === 'pending' || d.status === 'in_progress';

function DeployDialog({ app, organizationId, open, onOpenChange }: { app: Application; organizationId: string; open: boolean; onOpenChange: (o: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(app.currentVersion);
  const deploy = $api.useMutation('post', '/api/v1/applications/{applicationId}/deployments', {
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications/{applicationId}/deployments'] });
      onOpenChange(false);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    deploy.mutate({ params: { path: { applicationId: app.applicationId }, query: { organizationId } }, body: { version } });
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('applications.deployTitle')} description={`${app.image}:${version || '…'}`}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('applications.version')} value={version} onChange={(e) => setVersion(e.target.value)} placeholder="1.0.0" required autoFocus spellCheck={false} />
        <ErrorNote error={deploy.error} />
        <DialogActions>
          <CancelButton onClick={() => onOpenChange(false)} />
          <Button type="submit" variant="primary" busy={deploy.isPending} icon={<Rocket size={16} aria-hidden="true" />}>
            {t('applications.deploy')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

function WebhookCard({ app, organizationId }: { app: Application; organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Shown once: this state is the only place the new token ever lives in the browser.
  const [fresh, setFresh] = useState<{ token: string; signingSecret?: string | undefined } | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const key = ['get', '/api/v1/applications/{applicationId}'] as const;

  const regenerate = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call(api.POST('/api/v1/applications/{applicationId}/webhook-token', { params: { path: { applicationId: app.applicationId }, query: { organizationId } }, body: {} }));
      setFresh(r.webhookToken ? { token: r.webhookToken, signingSecret: r.signingSecret } : null);
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const update = async (field: 'webhookEnabled' | 'autoDeploy' | 'signatureRequired', value: boolean) => {
    setSaving(field);
    setError(null);
    try {
      const r = await call(api.PATCH('/api/v1/applications/{applicationId}', { params: { path: { applicationId: app.applicationId }, query: { organizationId } }, body: { [field]: value } }));
      if (r.signingSecret) setFresh({ token: '', signingSecret: r.signingSecret });
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(e);
    } finally {
      setSaving(null);
    }
  };
  return (
    <Section title={t('applications.webhook')} id="webhook">
      <WebhookCall app={app} />
      <dl className="facts">
        <dt>{t('applications.tokenPrefix')}</dt>
        <dd className="mono">{app.webhookTokenPrefix ? `${app.webhookTokenPrefix}…` : '—'}</dd>
      </dl>
      <div className="form">
        <CheckboxField label={t('applications.webhookEnabled')} checked={app.webhookEnabled} disabled={saving !== null} onChange={(e) => void update('webhookEnabled', e.target.checked)} />
        <CheckboxField label={t('applications.autoDeploy')} checked={app.autoDeploy} disabled={saving !== null} onChange={(e) => void update('autoDeploy', e.target.checked)} />
        <CheckboxField label={t('applications.signatureRequired')} checked={app.signatureRequired} disabled={saving !== null} onChange={(e) => void update('signatureRequired', e.target.checked)} />
      </div>
      {fresh?.token ? <OneTimeSecret label={t('applications.webhookToken')} value={fresh.token} /> : null}
      {fresh?.signingSecret ? <OneTimeSecret label={t('applications.signingSecret')} value={fresh.signingSecret} /> : null}
      <ErrorNote error={error} />
      <div className="card-footer">
        <Button icon={<KeyRound size={16} aria-hidden="true" />} onClick={() => setConfirming(true)}>
          {t('applications.regenerate')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('applications.regenerateTitle')}
        description={t('applications.regenerateText')}
        confirmLabel={t('applications.regenerate')}
        danger
        busy={busy}
        onConfirm={() => void regenerate()}
      />
    </Section>
  );
}

function Deployments({ app, organizationId }: { app: Application; organizationId: string }) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Deployment | null>(null);
  const deployments = $api.useQuery('get', '/api/v1/applications/{applicationId}/deployments', { params: { path: { applicationId: app.applicationId }, query: { organizationId, pageSize: 25 } } }, {
    // A rollout under way is watched closely; otherwise new webhook deployments still show up on their own.
    refetchInterval: (q) => (q.state.data?.deployments.some(running) ? 1500 : 10_000),
  });
  // A rollout that ends changes the application too (status, running version): fetch it again then.
  const underway = deployments.data?.deployments.some(running) ?? false;
  useEffect(() => {
    if (!underway) void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications/{applicationId}'] });
  }, [underway, queryClient]);
  const rollback = $api.useMutation('post', '/api/v1/applications/{applicationId}/rollback', {
    onSuccess: async () => {
      setTarget(null);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications/{applicationId}/deployments'] });
    },
  });
  return (
    <Section title={t('applications.deployments')} id="deployments">
      {deployments.isPending ? (
        <Loading />
      ) : deployments.error ? (
        <ErrorNote error={deployments.error} />
      ) : deployments.data.deployments.length === 0 ? (
        <EmptyState icon={<Rocket />} title={t('applications.noDeployments')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('applications.version')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('applications.trigger')}</th>
                <th scope="col">{t('applications.requested')}</th>
                <th scope="col">{t('applications.duration')}</th>
                <th scope="col">{t('applications.stage')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {deployments.data.deployments.map((d) => (
                <tr key={d.deploymentId}>
                  <td className="mono strong">{d.version}</td>
                  <td>
                    <StatusBadge status={d.status} />
                  </td>
                  <td>{t(`status.${d.trigger}`, { defaultValue: d.trigger })}</td>
                  <td className="muted" title={d.requestedAt}>
                    {relativeTime(d.requestedAt, now)}
                  </td>
                  <td className="mono">{running(d) ? '…' : duration(d.durationMs)}</td>
                  <td className="muted wrap">{d.error ? `${d.stage}: ${d.error}` : d.stage || '—'}</td>
                  <td className="col-actions">
                    {d.status === 'succeeded' && d.version !== app.currentVersion ? (
                      <Button size="sm" icon={<RotateCcw size={14} aria-hidden="true" />} onClick={() => setTarget(d)}>
                        {t('applications.rollback')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={rollback.error} />
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(o) => !o && setTarget(null)}
        title={t('applications.rollbackTitle', { version: target?.version ?? '' })}
        description={t('applications.rollbackText')}
        confirmLabel={t('applications.rollback')}
        busy={rollback.isPending}
        onConfirm={() => target && rollback.mutate({ params: { path: { applicationId: app.applicationId }, query: { organizationId } }, body: { deploymentId: target.deploymentId } })}
      />
    </Section>
  );
}

function Detail({ organizationId, applicationId, isAdmin }: { organizationId: string; applicationId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const [deploying, setDeploying] = useState(false);
  const application = $api.useQuery('get', '/api/v1/applications/{applicationId}', { params: { path: { applicationId }, query: { organizationId } } }, {
    refetchInterval: (q) => (q.state.data?.application.status === 'deploying' ? 1500 : 10_000),
  });
  if (application.isPending) return <Loading />;
  if (application.error) return <ErrorNote error={application.error} />;
  const app = application.data.application;
  return (
    <>
      <PageHeader
        title={
          <span className="title-with-badge">
            {app.name} <StatusBadge status={app.status} />
          </span>
        }
        subtitle={
          <span className="mono">
            {app.image}:{app.currentVersion || '—'} · {app.namespace}
          </span>
        }
        actions={
          <Button variant="primary" icon={<Rocket size={16} aria-hidden="true" />} onClick={() => setDeploying(true)} disabled={app.status === 'stopped' || app.status === 'deleted'}>
            {t('applications.deploy')}
          </Button>
        }
      />
      <div className="stack">
        <Deployments app={app} organizationId={organizationId} />
        <div className="grid-2">
          <Section title={t('applications.settings')} id="settings">
            <dl className="facts">
              <dt>{t('applications.environment')}</dt>
              <dd className="mono">{app.environment}</dd>
              <dt>{t('applications.ports')}</dt>
              <dd className="mono">{app.ports.join(', ') || '—'}</dd>
              <dt>{t('applications.replicas')}</dt>
              <dd className="mono">{app.replicas}</dd>
              <dt>{t('applications.lastDeployed')}</dt>
              <dd>{app.lastDeployedAt ? dateTime(app.lastDeployedAt) : t('common.never')}</dd>
            </dl>
            <Lifecycle app={app} organizationId={organizationId} />
          </Section>
          <WebhookCard app={app} organizationId={organizationId} />
        </div>
        <VariablesEditor
          id="application-variables"
          isAdmin={isAdmin}
          initial={3}
          targets={[
            { scope: 'global' },
            { scope: 'project', organizationId, projectId: app.projectId },
            { scope: 'environment', organizationId, projectId: app.projectId, environment: app.environment },
            { scope: 'application', organizationId, applicationId },
          ]}
        />
        <ResolvedView applicationId={applicationId} organizationId={organizationId} />
      </div>
      <DeployDialog key={String(deploying)} app={app} organizationId={organizationId} open={deploying} onOpenChange={setDeploying} />
    </>
  );
}

export default function ApplicationDetail() {
  const { applicationId = '' } = useParams();
  const { current, isAdmin } = useOrganization();
  if (!current) return <NeedOrganization />;
  return <Detail organizationId={current.organizationId} applicationId={applicationId} isAdmin={isAdmin} />;
}
