// The secret dialogs. Values typed or revealed live in component state only:
// not in the query cache, the URL or storage, and gone when the dialog closes.
import { useQueryClient } from '@tanstack/react-query';
import { Eye, EyeOff } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { invalidateImpact, useImpact } from '../impact/impact';
import { ImpactSummary, impactHolds } from '../impact/ImpactConfirm';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field';
import { CopyButton, ErrorNote, SuccessNote } from '../../ui/bits';

type Secret = Schemas['Secret'];
type Open = { open: boolean; onOpenChange: (open: boolean) => void };

export const invalidateSecrets = (queryClient: ReturnType<typeof useQueryClient>) =>
  Promise.all([
    invalidateImpact(queryClient),
    queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups/{groupId}/secrets'] }),
    queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups'] }),
    queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/{secretId}/versions'] }),
  ]);

/** Add a secret, or (with `secret`) give it a new value. */
export function PutSecretDialog({ groupId, secret, open, onOpenChange }: Open & { groupId: string; secret?: Secret }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(secret?.name ?? '');
  const [value, setValue] = useState('');
  const [description, setDescription] = useState(secret?.description ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A new value is a rotation: what uses the secret is listed before it is saved.
  const impact = useImpact('secret', secret?.secretId ?? '', open && Boolean(secret));
  const close = () => {
    setValue('');
    setError(null);
    if (!secret) setName('');
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/v1/secrets/groups/{groupId}/secrets', { params: { path: { groupId } }, body: { name, value, description, replace: Boolean(secret) } }));
      await invalidateSecrets(queryClient);
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={secret ? `${t('secrets.edit')}: ${secret.name}` : t('secrets.add')} wide={Boolean(secret)}>
      <form className="form" onSubmit={(e) => void submit(e)} autoComplete="off">
        {secret ? null : <TextField label={t('common.name')} value={name} onChange={(e) => setName(e.target.value)} hint={t('secrets.nameHint')} required autoFocus spellCheck={false} />}
        <TextArea label={t('secrets.value')} value={value} onChange={(e) => setValue(e.target.value)} required rows={3} spellCheck={false} autoComplete="off" className="input textarea mono" autoFocus={Boolean(secret)} />
        <TextField label={`${t('secrets.description')} (${t('common.optional')})`} value={description} onChange={(e) => setDescription(e.target.value)} />
        {secret ? (
          <>
            <p className="field-hint">{t('secrets.changeHint')}</p>
            <ImpactSummary kind="secret" impact={impact} />
          </>
        ) : null}
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={close} />
          <Button type="submit" variant="primary" busy={busy} disabled={Boolean(secret) && impactHolds(impact)}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

/** Reveal behind a reason (audited): the value stays in this dialog's state and is dropped when it closes. */
export function RevealDialog({ secret, open, onOpenChange }: Open & { secret: Secret }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [value, setValue] = useState<string | null>(null);
  const [shown, setShown] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setValue(null);
    setReason('');
    setError(null);
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const revealed = await call(api.POST('/api/v1/secrets/{secretId}/reveal', { params: { path: { secretId: secret.secretId } }, body: { reason } }));
      setValue(revealed.value);
      setShown(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('secrets.revealTitle', { name: secret.name })}>
      {value === null ? (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <TextField label={t('secrets.reason')} value={reason} onChange={(e) => setReason(e.target.value)} hint={t('secrets.reasonHint')} required autoFocus />
          <ErrorNote error={error} />
          <DialogActions>
            <CancelButton onClick={close} />
            <Button type="submit" variant="primary" busy={busy} icon={<Eye size={16} aria-hidden="true" />}>
              {t('secrets.reveal')}
            </Button>
          </DialogActions>
        </form>
      ) : (
        <div className="form">
          <p className="field-label">{t('secrets.revealed')}</p>
          <div className="one-time-row">
            <code className="one-time-value" data-testid="revealed-value">
              {shown ? value : '•'.repeat(Math.min(24, value.length))}
            </code>
            <Button size="sm" icon={shown ? <EyeOff size={14} aria-hidden="true" /> : <Eye size={14} aria-hidden="true" />} onClick={() => setShown((s) => !s)}>
              {shown ? t('secrets.hide') : t('secrets.reveal')}
            </Button>
            <CopyButton value={value} />
          </div>
          <DialogActions>
            <Button variant="primary" onClick={close}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </div>
      )}
    </Modal>
  );
}

export function ImportDialog({ group, open, onOpenChange }: Open & { group: Schemas['SecretGroup'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<'dotenv' | 'json'>('dotenv');
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setContent('');
    setResult(null);
    setError(null);
    onOpenChange(false);
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFormat(file.name.toLowerCase().endsWith('.json') ? 'json' : 'dotenv');
    setContent(await file.text());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await call(api.POST('/api/v1/secrets/groups/{groupId}/import', { params: { path: { groupId: group.groupId } }, body: { format, content, overwrite } }));
      setContent('');
      setResult(t('secrets.importResult', { created: r.created.length, updated: r.updated.length, unchanged: r.unchanged.length, skipped: r.skipped.length }));
      await invalidateSecrets(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('secrets.importTitle', { name: group.name })}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <TextField label={t('secrets.importFile')} type="file" accept=".env,.json,text/plain,application/json" onChange={(e) => void pick(e.target.files?.[0])} />
        <SelectField label={t('secrets.importFormat')} value={format} onChange={(e) => setFormat(e.target.value as 'dotenv' | 'json')}>
          <option value="dotenv">.env</option>
          <option value="json">JSON</option>
        </SelectField>
        <CheckboxField label={t('secrets.overwrite')} checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        <SuccessNote>{result}</SuccessNote>
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={close} />
          <Button type="submit" variant="primary" busy={busy} disabled={!content}>
            {t('secrets.import')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

export function CreateGroupDialog({ open, onOpenChange, onCreated }: Open & { onCreated: (groupId: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = $api.useMutation('post', '/api/v1/secrets/groups', {
    onSuccess: async ({ group }) => {
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups'] });
      setName('');
      setDescription('');
      onOpenChange(false);
      if (group) onCreated(group.groupId);
    },
  });
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('secrets.newGroup')} description={t('secrets.noGroupsHint')}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ body: { name, description } });
        }}
      >
        <TextField label={t('secrets.groupName')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        <TextField label={`${t('secrets.description')} (${t('common.optional')})`} value={description} onChange={(e) => setDescription(e.target.value)} />
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
