import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { $api } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/bits';

export function CreateProjectDialog({ organizationId, open, onOpenChange }: { organizationId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', repositoryUrl: '', branch: '', slug: '', environments: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const create = $api.useMutation('post', '/api/v1/projects', {
    onSuccess: async ({ project }) => {
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/projects'] });
      onOpenChange(false);
      navigate(`/projects/${project.projectId}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const environments = form.environments.split(',').map((e) => e.trim()).filter(Boolean);
    create.mutate({
      body: {
        organizationId,
        name: form.name,
        repositoryUrl: form.repositoryUrl,
        ...(form.branch ? { branch: form.branch } : {}),
        ...(form.slug ? { slug: form.slug } : {}),
        ...(environments.length ? { environments } : {}),
      },
    });
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('projects.create')} description={t('projects.emptyHint')}>
      <form className="form" onSubmit={submit}>
        <TextField label={t('common.name')} value={form.name} onChange={set('name')} required autoFocus />
        <TextField label={t('projects.repository')} type="url" placeholder="https://gitlab.com/acme/web" value={form.repositoryUrl} onChange={set('repositoryUrl')} required />
        <div className="form-row">
          <TextField label={`${t('projects.branch')} (${t('common.optional')})`} placeholder="main" value={form.branch} onChange={set('branch')} />
          <TextField label={`${t('projects.slug')} (${t('common.optional')})`} value={form.slug} onChange={set('slug')} />
        </div>
        <TextField label={`${t('projects.environments')} (${t('common.optional')})`} placeholder="development, staging, production" value={form.environments} onChange={set('environments')} hint={t('projects.environmentsHint')} />
        <ErrorNote error={create.error} />
        <DialogActions>
          <CancelButton onClick={() => onOpenChange(false)} />
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}
