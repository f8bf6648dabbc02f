import { useQueryClient } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { CreateOrganizationDialog } from '../../layout/CreateOrganization';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { Badge, ErrorNote, Loading, Section } from '../../ui/bits';

function Members({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const org = $api.useQuery('get', '/api/v1/organizations/{id}', { params: { path: { id: organizationId } } });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'admin' | 'member'>('member');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/organizations/{id}'] });
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId } }, body: { email, role } }));
      setEmail('');
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async (userId: string) => {
    setError(null);
    try {
      await call(api.DELETE('/api/v1/organizations/{id}/members/{userId}', { params: { path: { id: organizationId, userId } } }));
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  if (org.isPending) return <Loading />;
  if (org.error) return <ErrorNote error={org.error} />;
  return (
    <Section title={`${org.data.organization.name} · ${t('admin.members')}`} id="members">
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('auth.email')}</th>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col" className="col-actions">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {org.data.members.map((m) => (
              <tr key={m.userId}>
                <td className="strong">{m.email}</td>
                <td>{m.displayName || '—'}</td>
                <td>
                  <Badge tone={m.role === 'owner' ? 'violet' : m.role === 'admin' ? 'blue' : 'gray'}>{m.role}</Badge>
                </td>
                <td className="col-actions">
                  {canManage && m.role !== 'owner' ? (
                    <Button size="sm" variant="ghost" onClick={() => void remove(m.userId)} aria-label={`${t('admin.remove')} ${m.email}`}>
                      {t('admin.remove')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage ? (
        <form className="inline-form" onSubmit={(e) => void add(e)}>
          <TextField label={t('admin.memberEmail')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <SelectField label={t('admin.role')} value={role} onChange={(e) => setRole(e.target.value as 'admin' | 'member')}>
            <option value="member">member</option>
            <option value="admin">admin</option>
          </SelectField>
          <Button type="submit" busy={busy} icon={<Plus size={14} aria-hidden="true" />}>
            {t('admin.addMember')}
          </Button>
        </form>
      ) : null}
      <ErrorNote error={error} />
    </Section>
  );
}

export function Organizations() {
  const { t } = useTranslation();
  const { organizations, current, choose } = useOrganization();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Section
        title={t('admin.organizations')}
        id="organizations"
        actions={
          <Button size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('admin.createOrganization')}
          </Button>
        }
      >
        <ul className="list">
          {organizations.map((m) => (
            <li key={m.organizationId} className="list-row">
              <span className="strong">{m.organizationName}</span>
              <span className="muted mono small">{m.organizationSlug}</span>
              <Badge tone={m.role === 'owner' ? 'violet' : 'gray'}>{m.role}</Badge>
              <span className="list-spacer" />
              {m.organizationId === current?.organizationId ? (
                <Badge tone="blue">{t('admin.current')}</Badge>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => choose(m.organizationId)}>
                  {t('admin.switchTo')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </Section>
      {current ? <Members key={current.organizationId} organizationId={current.organizationId} canManage={current.role === 'owner' || current.role === 'admin'} /> : null}
      <CreateOrganizationDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
