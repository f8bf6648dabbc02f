// A group's rename / describe, and its delete (refused by the API while a
// variable references the group, and the refusal says by what), confirmed
// with the list of what depends on the group.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/bits';
import { invalidateImpact } from '../impact/impact';
import { ImpactConfirm } from '../impact/ImpactConfirm';

type Group = Schemas['SecretGroup'];
type Open = { open: boolean; onOpenChange: (open: boolean) => void };

export function EditGroupDialog({ group, open, onOpenChange }: Open & { group: Group }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { ...(name !== group.name ? { name } : {}), ...(description !== group.description ? { description } : {}) };
      await call(api.PATCH('/api/v1/secrets/groups/{groupId}', { params: { path: { groupId: group.groupId } }, body }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups'] });
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('groups.renameTitle', { name: group.name })}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <TextField label={t('secrets.groupName')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus spellCheck={false} />
        <TextField label={`${t('secrets.description')} (${t('common.optional')})`} value={description} onChange={(e) => setDescription(e.target.value)} />
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={() => onOpenChange(false)} />
          <Button type="submit" variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

export function DeleteGroupDialog({ group, open, onOpenChange, onDeleted }: Open & { group: Group; onDeleted: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(api.DELETE('/api/v1/secrets/groups/{groupId}', { params: { path: { groupId: group.groupId } } }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups'] }), invalidateImpact(queryClient)]);
      onOpenChange(false);
      onDeleted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ImpactConfirm
      kind="group"
      id={group.groupId}
      open={open}
      onOpenChange={(o) => {
        if (!o) setError(null);
        onOpenChange(o);
      }}
      title={t('groups.deleteTitle', { name: group.name })}
      description={t('groups.deleteText', { count: group.secretCount })}
      confirmLabel={t('common.delete')}
      danger
      busy={busy}
      onConfirm={() => void remove()}
    >
      <ErrorNote error={error} />
    </ImpactConfirm>
  );
}
