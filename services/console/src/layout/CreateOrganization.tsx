import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '../api/client';
import { useOrganization } from '../auth/organization';
import { Button } from '../ui/Button';
import { CancelButton, DialogActions, Modal } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { ErrorNote } from '../ui/bits';

export const slugOf = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

export function CreateOrganizationDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { choose } = useOrganization();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const create = $api.useMutation('post', '/api/v1/organizations', {
    onSuccess: async ({ organization }) => {
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/users/me'] });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/organizations'] });
      choose(organization.organizationId);
      setName('');
      setSlug('');
      onOpenChange(false);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ body: { name, slug: slug || slugOf(name) } });
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('admin.createOrganization')}>
      <form onSubmit={submit} className="form">
        <TextField label={t('common.name')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        <TextField label={t('admin.slug')} value={slug} placeholder={slugOf(name)} onChange={(e) => setSlug(e.target.value)} hint={t('projects.slugHint')} />
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
