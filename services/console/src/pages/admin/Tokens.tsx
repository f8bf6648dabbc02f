// Personal access tokens: created here and shown once (component state only),
// listed afterwards by name, scopes and fingerprint; revoked at once.
import { useQueryClient } from '@tanstack/react-query';
import { KeySquare, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call } from '../../api/client';
import { dateTime, relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { CheckboxField, TextField } from '../../ui/Field';
import { Badge, EmptyState, ErrorNote, Loading, OneTimeSecret, Section } from '../../ui/bits';

// The scopes identity accepts (contracts/src/scopes.ts); the API document lists them as plain strings.
const SCOPES = [
  'identity:read', 'identity:write', 'oauth:read', 'oauth:write', 'secrets:read', 'secrets:write', 'secrets:reveal', 'secrets:admin',
  'gitops:read', 'gitops:write', 'deploy:read', 'deploy:write', 'notify:read', 'notify:write',
] as const;

function CreateTokenDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['deploy:read']);
  const [days, setDays] = useState('90');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [token, setToken] = useState<string | null>(null);
  const close = () => {
    setToken(null);
    setError(null);
    setName('');
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const expiresAt = Number(days) > 0 ? new Date(Date.now() + Number(days) * 86_400_000).toISOString() : undefined;
      const r = await call(api.POST('/api/v1/users/me/tokens', { body: { name, scopes, ...(expiresAt ? { expiresAt } : {}) } }));
      // Withheld only on an Idempotency-Key replay, which the console never sends.
      setToken(r.token ?? null);
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/users/me/tokens'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('admin.createToken')} description={t('admin.noTokensHint')}>
      {token ? (
        <div className="form">
          <OneTimeSecret label={t('admin.tokenCreated')} value={token} />
          <DialogActions>
            <Button variant="primary" onClick={close}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <TextField label={t('admin.tokenName')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          <TextField label={`${t('admin.expiresAt')} (days)`} type="number" min={0} max={366} value={days} onChange={(e) => setDays(e.target.value)} />
          <fieldset className="fieldset">
            <legend className="field-label">{t('admin.scopes')}</legend>
            <div className="check-grid">
              {SCOPES.map((s) => (
                <CheckboxField key={s} label={<span className="mono small">{s}</span>} checked={scopes.includes(s)} onChange={(e) => setScopes((x) => (e.target.checked ? [...x, s] : x.filter((y) => y !== s)))} />
              ))}
            </div>
          </fieldset>
          <ErrorNote error={error} />
          <DialogActions>
            <CancelButton onClick={close} />
            <Button type="submit" variant="primary" busy={busy} disabled={scopes.length === 0}>
              {t('common.create')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Modal>
  );
}

export function Tokens() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tokens = $api.useQuery('get', '/api/v1/users/me/tokens', {});
  const revoke = async (id: string) => {
    setError(null);
    try {
      await call(api.DELETE('/api/v1/users/me/tokens/{id}', { params: { path: { id } } }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/users/me/tokens'] });
    } catch (e) {
      setError(e);
    }
  };
  const create = (
    <Button size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('admin.createToken')}
    </Button>
  );
  const list = tokens.data?.personalAccessTokens ?? [];
  return (
    <Section title={t('admin.tokens')} id="tokens" actions={create}>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.error ? (
        <ErrorNote error={tokens.error} />
      ) : list.length === 0 ? (
        <EmptyState icon={<KeySquare />} title={t('admin.noTokens')} hint={t('admin.noTokensHint')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('admin.scopes')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('admin.expiresAt')}</th>
                <th scope="col">{t('admin.lastUsed')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.tokenId}>
                  <td>
                    <span className="strong">{p.name}</span>
                    <div className="muted small mono">{p.tokenFingerprint.slice(0, 16)}</div>
                  </td>
                  <td>
                    <div className="badges">
                      {p.scopes.map((s) => (
                        <span key={s} className="chip mono">
                          {s}
                        </span>
                      ))}
                    </div>
                  </td>
                  <td>
                    <Badge tone={p.status === 'active' ? 'green' : 'gray'}>{t(`status.${p.status}`, { defaultValue: p.status })}</Badge>
                  </td>
                  <td className="muted">{p.expiresAt ? dateTime(p.expiresAt) : t('common.never')}</td>
                  <td className="muted">{p.lastUsedAt ? relativeTime(p.lastUsedAt, now) : t('common.never')}</td>
                  <td className="col-actions">
                    {p.status === 'active' ? (
                      <Button size="sm" variant="ghost" onClick={() => void revoke(p.tokenId)} aria-label={`${t('admin.revoke')} ${p.name}`}>
                        {t('admin.revoke')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={error} />
      <CreateTokenDialog open={creating} onOpenChange={setCreating} />
    </Section>
  );
}
