import { useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { CheckboxField, TextField } from '../../ui/Field';
import { Badge, EmptyState, ErrorNote, Loading, Section } from '../../ui/bits';

function AddProviderDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', issuer: '', clientId: '', scopes: 'openid email profile', enabled: true });
  // Typed, sent once, dropped: the API answers a fingerprint only.
  const [clientSecret, setClientSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setClientSecret('');
    setError(null);
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/v1/admin/identity-providers', { body: { name: form.name, issuer: form.issuer, clientId: form.clientId, clientSecret, scopes: form.scopes.split(/\s+/).filter(Boolean), enabled: form.enabled } }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/identity-providers'] });
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const set = (key: 'name' | 'issuer' | 'clientId' | 'scopes') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('admin.addProvider')}>
      <form className="form" onSubmit={(e) => void submit(e)} autoComplete="off">
        <TextField label={t('common.name')} value={form.name} onChange={set('name')} required autoFocus />
        <TextField label={t('admin.issuer')} type="url" value={form.issuer} onChange={set('issuer')} required />
        <div className="form-row">
          <TextField label={t('admin.clientId')} value={form.clientId} onChange={set('clientId')} required />
          <TextField label={t('admin.clientSecret')} type="password" autoComplete="new-password" value={clientSecret} onChange={(e) => setClientSecret(e.target.value)} />
        </div>
        <TextField label={t('admin.scopes')} value={form.scopes} onChange={set('scopes')} />
        <CheckboxField label={t('admin.enabled')} checked={form.enabled} onChange={(e) => setForm((f) => ({ ...f, enabled: e.target.checked }))} />
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={close} />
          <Button type="submit" variant="primary" busy={busy}>
            {t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

export function Sso() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const providers = $api.useQuery('get', '/api/v1/admin/identity-providers', {});
  return (
    <Section
      title={t('admin.providers')}
      id="sso"
      actions={
        <Button size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
          {t('admin.addProvider')}
        </Button>
      }
    >
      {providers.isPending ? (
        <Loading />
      ) : providers.error ? (
        <ErrorNote error={providers.error} />
      ) : providers.data.identityProviders.length === 0 ? (
        <EmptyState title={t('admin.noProviders')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('admin.issuer')}</th>
                <th scope="col">{t('admin.clientId')}</th>
                <th scope="col">{t('common.status')}</th>
              </tr>
            </thead>
            <tbody>
              {providers.data.identityProviders.map((p) => (
                <tr key={p.identityProviderId}>
                  <td className="strong">{p.name}</td>
                  <td className="mono small">{p.issuer}</td>
                  <td className="mono small">{p.clientId}</td>
                  <td>{p.enabled ? <Badge tone="green">{t('status.active')}</Badge> : <Badge tone="gray">{t('status.disabled')}</Badge>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddProviderDialog open={adding} onOpenChange={setAdding} />
    </Section>
  );
}
