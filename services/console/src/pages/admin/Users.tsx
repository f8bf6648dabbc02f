import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call, type Schemas } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog, Modal } from '../../ui/Dialog';
import { Sessions } from './Sessions';
import { Badge, ErrorNote, Loading, Section } from '../../ui/bits';

export function Users() {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const { me } = useOrganization();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [target, setTarget] = useState<Schemas['User'] | null>(null);
  const [viewing, setViewing] = useState<Schemas['User'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const users = $api.useQuery('get', '/api/v1/users', { params: { query: { limit: 100, ...(search ? { emailPrefix: search } : {}) } } });
  const setEnabled = async (user: Schemas['User'], enabled: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (enabled) await call(api.POST('/api/v1/users/{id}/enable', { params: { path: { id: user.userId } } }));
      else await call(api.POST('/api/v1/users/{id}/disable', { params: { path: { id: user.userId } }, body: {} }));
      setTarget(null);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/users'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section
      title={t('admin.users')}
      id="users"
      actions={<input className="input input-sm" type="search" placeholder={t('auth.email')} aria-label={t('auth.email')} value={search} onChange={(e) => setSearch(e.target.value)} />}
    >
      {users.isPending ? (
        <Loading />
      ) : users.error ? (
        <ErrorNote error={users.error} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('admin.roles')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.created')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((u) => (
                <tr key={u.userId}>
                  <td className="strong">{u.email}</td>
                  <td>{u.displayName || '—'}</td>
                  <td>{u.roles.includes('admin') ? <Badge tone="violet">{t('admin.admin')}</Badge> : '—'}</td>
                  <td>{u.status === 'active' ? <Badge tone="green">{t('status.active')}</Badge> : <Badge tone="gray">{t('status.disabled')}</Badge>}</td>
                  <td className="muted">{relativeTime(u.createdAt, now)}</td>
                  <td className="col-actions">
                    <Button size="sm" variant="ghost" onClick={() => setViewing(u)} aria-label={`${t('admin.sessions')}: ${u.email}`}>
                      {t('admin.sessions')}
                    </Button>
                    {u.userId === me.user.userId ? null : u.status === 'active' ? (
                      <Button size="sm" variant="ghost" onClick={() => setTarget(u)}>
                        {t('admin.disable')}
                      </Button>
                    ) : (
                      <Button size="sm" busy={busy} onClick={() => void setEnabled(u, true)}>
                        {t('admin.enable')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={error} />
      <Modal open={viewing !== null} onOpenChange={(o) => !o && setViewing(null)} title={`${t('admin.sessions')}: ${viewing?.email ?? ''}`} wide>
        {viewing ? <Sessions userId={viewing.userId} /> : null}
      </Modal>
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(o) => !o && setTarget(null)}
        title={t('admin.disableTitle', { email: target?.email ?? '' })}
        description={t('admin.disableText')}
        confirmLabel={t('admin.disable')}
        danger
        busy={busy}
        onConfirm={() => target && void setEnabled(target, false)}
      />
    </Section>
  );
}
