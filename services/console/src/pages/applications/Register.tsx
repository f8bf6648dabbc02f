// Register an application; its webhook token (and signing secret) are shown
// once, here, from this component's state only.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, api, call, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { ErrorNote, OneTimeSecret, SuccessNote } from '../../ui/bits';

type Registered = Schemas['ApplicationWithCredentials'];

export function RegisterDialog({ organizationId, open, onOpenChange }: { organizationId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const projects = $api.useQuery('get', '/api/v1/projects', { params: { query: { organizationId } } }, { enabled: open });
  const [form, setForm] = useState({ projectId: '', name: '', environment: '', image: '', ports: '8080', replicas: '1', signatureRequired: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const list = projects.data?.projects ?? [];
  const project = list.find((p) => p.projectId === form.projectId) ?? list[0];
  const environment = project?.environments.find((e) => e.environment === form.environment)?.environment ?? project?.environments[0]?.environment ?? '';

  const close = () => {
    setRegistered(null);
    setError(null);
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!project) return;
    setBusy(true);
    setError(null);
    try {
      const ports = form.ports.split(',').map((p) => Number(p.trim())).filter((p) => Number.isInteger(p) && p > 0);
      const result = await call(
        api.POST('/api/v1/applications', {
          body: { organizationId, projectId: project.projectId, name: form.name, environment, image: form.image, ports, replicas: Number(form.replicas) || 1, signatureRequired: form.signatureRequired },
        }),
      );
      setRegistered(result);
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/applications'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const set = (key: 'projectId' | 'name' | 'environment' | 'image' | 'ports' | 'replicas') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('applications.register')}>
      {registered ? (
        <div className="form">
          <SuccessNote>{t('applications.registered')}: {registered.application.name}</SuccessNote>
          {registered.webhookToken ? <OneTimeSecret label={t('applications.webhookToken')} value={registered.webhookToken} /> : null}
          {registered.signingSecret ? <OneTimeSecret label={t('applications.signingSecret')} value={registered.signingSecret} /> : null}
          <DialogActions>
            <Link className="btn btn-primary" to={`/applications/${registered.application.applicationId}`} onClick={close}>
              {t('common.details')}
            </Link>
          </DialogActions>
        </div>
      ) : list.length === 0 && !projects.isPending ? (
        <>
          <p>{t('applications.noProjects')}</p>
          <DialogActions>
            <Link className="btn btn-primary" to="/projects" onClick={close}>
              {t('projects.create')}
            </Link>
          </DialogActions>
        </>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <div className="form-row">
            <SelectField label={t('applications.project')} value={project?.projectId ?? ''} onChange={set('projectId')} required>
              {list.map((p) => (
                <option key={p.projectId} value={p.projectId}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('applications.environment')} value={environment} onChange={set('environment')} required>
              {project?.environments.map((e) => (
                <option key={e.environment} value={e.environment}>
                  {e.environment}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField label={t('common.name')} value={form.name} onChange={set('name')} placeholder="web-shop" required autoFocus spellCheck={false} />
          <TextField label={t('applications.image')} value={form.image} onChange={set('image')} placeholder="registry.example.com/acme/web-shop" required spellCheck={false} />
          <div className="form-row">
            <TextField label={t('applications.ports')} value={form.ports} onChange={set('ports')} hint={t('applications.portsHint')} />
            <TextField label={t('applications.replicas')} type="number" min={1} max={50} value={form.replicas} onChange={set('replicas')} />
          </div>
          <CheckboxField label={t('applications.signatureRequired')} checked={form.signatureRequired} onChange={(e) => setForm((f) => ({ ...f, signatureRequired: e.target.checked }))} />
          <ErrorNote error={error} />
          <DialogActions>
            <CancelButton onClick={close} />
            <Button type="submit" variant="primary" busy={busy} disabled={!project}>
              {t('applications.register')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Modal>
  );
}
