// The environment-variable editor: one scope at a time (global, project, an
// environment, the application), its variables with their kind and masked
// value or reference, add / change / delete. What wins where is the resolved
// view's business (ResolvedView.tsx).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Pencil, Plus, Trash2, Variable } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '../../api/client';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { Badge, EmptyState, ErrorNote, Loading, Section, type Tone } from '../../ui/bits';
import { VariableDialog } from './VariableDialog';
import { deleteVar, listVars, varsKey, type EnvVar, type Target } from './scopes';

export const KIND_TONE: Record<EnvVar['kind'], Tone> = { plain: 'gray', secret_ref: 'violet', group_ref: 'blue' };

const label = (target: Target, t: (k: string) => string) => (target.scope === 'environment' ? `${t('vars.environment')}: ${target.environment}` : t(`vars.${target.scope}`));

function ScopeVariables({ target, canEdit }: { target: Target; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<EnvVar | 'new' | null>(null);
  const [removing, setRemoving] = useState<EnvVar | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const vars = useQuery({ queryKey: varsKey(target), queryFn: () => listVars(target) });
  // A secret reference holds the secret's id: one search call names them (the first 100 secrets).
  const hasRefs = vars.data?.some((v) => v.kind === 'secret_ref') ?? false;
  const named = $api.useQuery('get', '/api/v1/secrets/search', { params: { query: { pageSize: 100 } } }, { enabled: hasRefs, staleTime: 30_000 });
  const nameOf = (id: string) => named.data?.secrets.find((s) => s.secretId === id);
  const remove = async (v: EnvVar) => {
    setBusy(true);
    setError(null);
    try {
      await deleteVar(target, v.key);
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: ['env-vars'] });
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/secrets/applications/{applicationId}/environment'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {vars.isPending ? (
        <Loading />
      ) : vars.error ? (
        <ErrorNote error={vars.error} />
      ) : vars.data.length === 0 ? (
        <EmptyState icon={<Variable />} title={t('vars.empty')} hint={canEdit ? undefined : t('vars.adminOnly')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('vars.key')}</th>
                <th scope="col">{t('vars.kind')}</th>
                <th scope="col">{t('vars.value')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {vars.data.map((v) => (
                <tr key={v.envVarId || v.key}>
                  <td>
                    <span className="mono strong">{v.key}</span>
                    {v.description ? <div className="muted small">{v.description}</div> : null}
                  </td>
                  <td>
                    <Badge tone={KIND_TONE[v.kind]}>{t(`vars.${v.kind}`)}</Badge>
                  </td>
                  <td className="mono small muted wrap" title={v.reference || undefined}>
                    {v.kind === 'plain' ? v.preview : v.kind === 'group_ref' ? `@group:${v.reference}` : nameOf(v.reference) ? `${nameOf(v.reference)!.name} (${nameOf(v.reference)!.groupName})` : `@secret:${v.reference.slice(0, 8)}…`}
                  </td>
                  <td className="col-actions">
                    {canEdit ? (
                      <div className="row-actions">
                        <Button size="sm" variant="ghost" icon={<Pencil size={14} aria-hidden="true" />} onClick={() => setEditing(v)} aria-label={t('vars.edit', { key: v.key })} />
                        <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => setRemoving(v)} aria-label={`${t('common.delete')} ${v.key}`} />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <div className="card-footer">
          <Button size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setEditing('new')}>
            {t('vars.add')}
          </Button>
        </div>
      ) : null}
      <ErrorNote error={error} />
      {editing ? <VariableDialog target={target} existing={editing === 'new' ? undefined : editing} open onOpenChange={(o) => !o && setEditing(null)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={t('vars.deleteTitle', { key: removing?.key ?? '' })}
        description={t('vars.deleteText')}
        confirmLabel={t('common.delete')}
        danger
        busy={busy}
        onConfirm={() => removing && void remove(removing)}
      />
    </>
  );
}

/** Scope buttons over one scope's variables; `initial` picks the scope shown first. */
export function VariablesEditor({ targets, initial = 0, isAdmin, id = 'variables' }: { targets: Target[]; initial?: number; isAdmin: boolean; id?: string }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(initial);
  const target = targets[index] ?? targets[0]!;
  return (
    <Section title={t('vars.title')} id={id}>
      <div className="scope-tabs" role="group" aria-label={t('vars.scope')}>
        {targets.map((x, i) => (
          <Button key={label(x, t)} size="sm" variant={i === index ? 'primary' : 'secondary'} aria-pressed={i === index} onClick={() => setIndex(i)}>
            {label(x, t)}
          </Button>
        ))}
      </div>
      <ScopeVariables key={JSON.stringify(target)} target={target} canEdit={target.scope !== 'global' || isAdmin} />
    </Section>
  );
}
