// Secret groups (with counts and sync source) and the chosen group's secrets:
// masked previews, source, version, last sync; add, new value, delete,
// reveal (with a reason), history and rollback, import from .env or JSON;
// group rename/delete, search across groups, and the providers that sync groups;
// what depends on the group, and on a secret before it is deleted (impact).
import { useQueryClient } from '@tanstack/react-query';
import { Eye, FileUp, FolderPen, History, KeyRound, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate, useParams } from 'react-router';
import { $api, api, call, type Schemas } from '../../api/client';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, ErrorNote, Loading, PageHeader } from '../../ui/bits';
import { invalidateImpact, useImpact } from '../impact/impact';
import { ImpactConfirm } from '../impact/ImpactConfirm';
import { ImpactList } from '../impact/ImpactList';
import { CreateGroupDialog, ImportDialog, PutSecretDialog, RevealDialog } from './dialogs';
import { HistoryDialog } from './history-dialog';
import { DeleteGroupDialog, EditGroupDialog } from './group-dialogs';
import { Providers } from './Providers';
import { SearchAll } from './SearchAll';

type Secret = Schemas['Secret'];
type Group = Schemas['SecretGroup'];
type Dialog = { kind: 'reveal' | 'edit' | 'history' | 'delete'; secret: Secret } | { kind: 'add' | 'import' | 'group' | 'delete-group' } | null;

function SecretRow({ secret, now, onOpen }: { secret: Secret; now: number; onOpen: (kind: 'reveal' | 'edit' | 'history' | 'delete') => void }) {
  const { t } = useTranslation();
  const synced = secret.source !== 'manual' && secret.source !== '';
  return (
    <tr>
      <td>
        <span className="strong mono">{secret.name}</span>
        {secret.description ? <div className="muted small">{secret.description}</div> : null}
      </td>
      <td className="mono muted" aria-label={`${t('secrets.preview')}: ${secret.preview}`}>
        {secret.preview}
      </td>
      <td className="mono">v{secret.version}</td>
      <td>{synced ? <Badge tone="violet">{t('secrets.synced')}</Badge> : <Badge tone="gray">{t('secrets.manual')}</Badge>}</td>
      <td className="muted">{relativeTime(secret.lastSyncedAt ?? secret.updatedAt, now)}</td>
      <td className="col-actions">
        <div className="row-actions">
          <Button size="sm" icon={<Eye size={14} aria-hidden="true" />} onClick={() => onOpen('reveal')} aria-label={`${t('secrets.reveal')} ${secret.name}`}>
            {t('secrets.reveal')}
          </Button>
          <Button size="sm" variant="ghost" icon={<Pencil size={14} aria-hidden="true" />} onClick={() => onOpen('edit')} aria-label={`${t('secrets.edit')}: ${secret.name}`} />
          <Button size="sm" variant="ghost" icon={<History size={14} aria-hidden="true" />} onClick={() => onOpen('history')} aria-label={`${t('secrets.history')}: ${secret.name}`} />
          <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => onOpen('delete')} aria-label={`${t('common.delete')} ${secret.name}`} />
        </div>
      </td>
    </tr>
  );
}

/** The group's impact panel, inside its card: its secrets and what uses them. */
function GroupImpact({ group }: { group: Group }) {
  const { t } = useTranslation();
  const impact = useImpact('group', group.groupId);
  return (
    <div className="group-impact" role="region" aria-labelledby="group-impact-title">
      <h3 className="dialog-subtitle" id="group-impact-title">
        {t('impact.title')}
      </h3>
      <p className="field-hint">{t('impact.hint', { kind: t('impact.kind.group') })}</p>
      <ImpactList kind="group" impact={impact} />
    </div>
  );
}

function GroupSecrets({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow(60_000);
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const secrets = $api.useQuery('get', '/api/v1/secrets/groups/{groupId}/secrets', { params: { path: { groupId: group.groupId } } });
  const close = () => setDialog(null);
  const remove = async (secret: Secret) => {
    setDeleting(true);
    try {
      await call(api.DELETE('/api/v1/secrets/{secretId}', { params: { path: { secretId: secret.secretId } } }));
      close();
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups'] });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/groups/{groupId}/secrets'] });
      await invalidateImpact(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setDeleting(false);
    }
  };
  const visible = (secrets.data?.secrets ?? []).filter((s) => s.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <section className="card" aria-labelledby="group-title">
      <div className="card-header">
        <div>
          <h2 className="card-title" id="group-title">
            {group.name}
          </h2>
          {group.description ? <p className="muted small">{group.description}</p> : null}
        </div>
        <div className="card-actions">
          <input className="input input-sm" type="search" placeholder={t('secrets.search')} aria-label={t('secrets.search')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <Button size="sm" variant="ghost" icon={<FolderPen size={14} aria-hidden="true" />} onClick={() => setDialog({ kind: 'group' })} aria-label={`${t('groups.rename')}: ${group.name}`} />
          <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => setDialog({ kind: 'delete-group' })} aria-label={`${t('common.delete')}: ${group.name}`} />
          <Button size="sm" icon={<FileUp size={14} aria-hidden="true" />} onClick={() => setDialog({ kind: 'import' })}>
            {t('secrets.import')}
          </Button>
          <Button size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setDialog({ kind: 'add' })}>
            {t('secrets.add')}
          </Button>
        </div>
      </div>
      {secrets.isPending ? (
        <Loading />
      ) : secrets.error ? (
        <ErrorNote error={secrets.error} />
      ) : secrets.data.secrets.length === 0 ? (
        <EmptyState icon={<KeyRound />} title={t('secrets.empty')} hint={t('secrets.emptyHint')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('secrets.preview')}</th>
                <th scope="col">{t('secrets.version')}</th>
                <th scope="col">{t('secrets.source')}</th>
                <th scope="col">{t('common.updated')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((s) => (
                <SecretRow key={s.secretId} secret={s} now={now} onOpen={(kind) => setDialog({ kind, secret: s })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={error} />
      <GroupImpact group={group} />
      {dialog?.kind === 'group' ? <EditGroupDialog group={group} open onOpenChange={(o) => !o && close()} /> : null}
      <DeleteGroupDialog group={group} open={dialog?.kind === 'delete-group'} onOpenChange={(o) => !o && close()} onDeleted={() => navigate('/secrets')} />
      <PutSecretDialog key={`add-${group.groupId}`} groupId={group.groupId} open={dialog?.kind === 'add'} onOpenChange={(o) => !o && close()} />
      <ImportDialog group={group} open={dialog?.kind === 'import'} onOpenChange={(o) => !o && close()} />
      {dialog && 'secret' in dialog ? (
        <>
          {dialog.kind === 'reveal' ? <RevealDialog secret={dialog.secret} open onOpenChange={(o) => !o && close()} /> : null}
          {dialog.kind === 'edit' ? <PutSecretDialog groupId={group.groupId} secret={dialog.secret} open onOpenChange={(o) => !o && close()} /> : null}
          {dialog.kind === 'history' ? <HistoryDialog secret={dialog.secret} open onOpenChange={(o) => !o && close()} /> : null}
          <ImpactConfirm
            kind="secret"
            id={dialog.secret.secretId}
            open={dialog.kind === 'delete'}
            onOpenChange={(o) => !o && close()}
            title={t('secrets.deleteTitle', { name: dialog.secret.name })}
            description={t('secrets.deleteText')}
            confirmLabel={t('common.delete')}
            danger
            busy={deleting}
            onConfirm={() => void remove(dialog.secret)}
          />
        </>
      ) : null}
    </section>
  );
}

export default function Secrets() {
  const { t } = useTranslation();
  const { groupId } = useParams();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const groups = $api.useQuery('get', '/api/v1/secrets/groups', {});
  const list = groups.data?.groups ?? [];
  const selected = list.find((g) => g.groupId === groupId) ?? (groupId ? undefined : list[0]);
  const newGroup = (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('secrets.newGroup')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('secrets.title')} subtitle={t('secrets.subtitle')} actions={newGroup} />
      {groups.isPending ? (
        <Loading />
      ) : groups.error ? (
        <ErrorNote error={groups.error} />
      ) : list.length === 0 ? (
        <div className="card">
          <EmptyState icon={<KeyRound />} title={t('secrets.noGroups')} hint={t('secrets.noGroupsHint')} action={newGroup} />
        </div>
      ) : (
        <div className="split">
          <nav className="card group-list" aria-label={t('secrets.groups')}>
            <p className="card-title group-list-title">{t('secrets.groups')}</p>
            <ul>
              {list.map((g) => (
                <li key={g.groupId}>
                  <NavLink to={`/secrets/${g.groupId}`} className={({ isActive }) => `group-link ${isActive || g === selected ? 'active' : ''}`} aria-current={g === selected ? 'page' : undefined}>
                    <span className="group-name">{g.name}</span>
                    <span className="group-meta">
                      {g.providerId ? <Badge tone="violet">{t('secrets.synced')}</Badge> : null}
                      <span className="count">{g.secretCount}</span>
                    </span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {selected ? <GroupSecrets key={selected.groupId} group={selected} /> : <EmptyState title={t('secrets.selectGroup')} />}
        </div>
      )}
      <div className="stack stack-top">
        <SearchAll />
        <Providers />
      </div>
      <CreateGroupDialog open={creating} onOpenChange={setCreating} onCreated={(id) => navigate(`/secrets/${id}`)} />
    </>
  );
}
