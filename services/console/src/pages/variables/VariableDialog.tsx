// Add or change one variable at a scope: a plain value, a secret reference
// (picked by name across groups) or a group reference (every secret of a group).
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/bits';
import { SecretPicker } from './SecretPicker';
import { setVar, valueOf, type EnvVar, type Target } from './scopes';

const KINDS = ['plain', 'secret_ref', 'group_ref'] as const;

export function VariableDialog({ target, existing, open, onOpenChange }: { target: Target; existing?: EnvVar; open: boolean; onOpenChange: (o: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [key, setKey] = useState(existing?.key ?? '');
  const [kind, setKind] = useState<EnvVar['kind']>(existing?.kind ?? 'plain');
  // A plain value is typed again to change it: the API answers it masked only.
  const [plain, setPlain] = useState('');
  const [secret, setSecret] = useState<Schemas['Secret'] | null>(null);
  const [groupName, setGroupName] = useState(existing?.kind === 'group_ref' ? existing.reference : '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const groups = $api.useQuery('get', '/api/v1/secrets/groups', {}, { enabled: kind === 'group_ref' });
  const secretId = secret?.secretId ?? (existing?.kind === 'secret_ref' ? existing.reference : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await setVar(target, key, { value: valueOf(kind, plain, secretId, groupName), description });
      await queryClient.invalidateQueries({ queryKey: ['env-vars'] });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/applications/{applicationId}/environment'] });
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const ready = kind === 'plain' ? plain !== '' : kind === 'secret_ref' ? secretId !== '' : groupName !== '';
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={existing ? t('vars.edit', { key: existing.key }) : t('vars.add')} description={t(`vars.${target.scope}`)} wide>
      <form className="form" onSubmit={(e) => void submit(e)} autoComplete="off">
        {existing ? null : <TextField label={t('vars.key')} value={key} onChange={(e) => setKey(e.target.value)} hint={t('vars.keyHint')} required autoFocus spellCheck={false} pattern="[A-Za-z_][A-Za-z0-9_]*" />}
        <SelectField label={t('vars.kind')} value={kind} onChange={(e) => setKind(e.target.value as EnvVar['kind'])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`vars.${k}`)}
            </option>
          ))}
        </SelectField>
        {kind === 'plain' ? <TextArea label={t('vars.value')} value={plain} onChange={(e) => setPlain(e.target.value)} rows={2} required spellCheck={false} className="input textarea mono" /> : null}
        {kind === 'secret_ref' ? <SecretPicker value={secret} onChange={setSecret} /> : null}
        {kind === 'group_ref' ? (
          <SelectField label={t('vars.group')} value={groupName} onChange={(e) => setGroupName(e.target.value)} required>
            <option value="">—</option>
            {(groups.data?.groups ?? []).map((g) => (
              <option key={g.groupId} value={g.name}>
                {g.name} ({g.secretCount})
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField label={`${t('secrets.description')} (${t('common.optional')})`} value={description} onChange={(e) => setDescription(e.target.value)} />
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={() => onOpenChange(false)} />
          <Button type="submit" variant="primary" busy={busy} disabled={!ready || !key}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}
