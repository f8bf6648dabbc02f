// One project: its environments with the Secret and GitRepository written
// into each, the token generation, status and Flux's verification, the
// refresh-credentials button (a fresh token into every environment, drift
// repaired; each environment's outcome shown, failed or not) and its variables.
import { useQueryClient } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { $api, api, call, type Schemas } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ErrorNote, Loading, PageHeader, Section, SuccessNote } from '../../ui/bits';
import { VariablesEditor } from '../variables/VariablesEditor';
import type { Target } from '../variables/scopes';
import { EnvironmentBadge, VerificationBadge } from './EnvironmentBadge';
import { RefreshOutcomes } from './RefreshOutcomes';
import { NeedOrganization } from './Projects';

type Outcome = Schemas['RefreshOutcome'];

function Detail({ organizationId, projectId, isAdmin }: { organizationId: string; projectId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const now = useNow(5_000);
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const project = $api.useQuery('get', '/api/v1/projects/{projectId}', { params: { path: { projectId }, query: { organizationId } } }, {
    // While an environment is being written, watch it happen.
    refetchInterval: (q) => (q.state.data?.project.environments.some((e) => e.status === 'pending' || e.verification === 'pending') || refreshing ? 1500 : 15_000),
  });
  const applications = $api.useQuery('get', '/api/v1/applications', { params: { query: { organizationId, projectId } } });
  if (project.isPending) return <Loading />;
  if (project.error) return <ErrorNote error={project.error} />;
  const p = project.data.project;
  const targets: Target[] = [
    { scope: 'global' },
    { scope: 'project', organizationId, projectId },
    ...p.environments.map((e) => ({ scope: 'environment' as const, organizationId, projectId, environment: e.environment })),
  ];

  const refresh = async () => {
    setRefreshing(true);
    setResult(null);
    setError(null);
    setOutcomes([]);
    try {
      const r = await call(api.POST('/api/v1/projects/{projectId}/refresh', { params: { path: { projectId }, query: { organizationId } }, body: {} }));
      setResult(t('projects.refreshed', { refreshed: r.refreshed, failed: r.failed, drift: r.driftFixed }));
      setOutcomes(r.environments);
      queryClient.setQueryData(['get', '/api/v1/projects/{projectId}', { params: { path: { projectId }, query: { organizationId } } }], { project: r.project });
    } catch (e) {
      // ERR_REFRESH_FAILED carries each environment's outcome: show them, not just the title.
      setError(e);
      setOutcomes((e as { environments?: Outcome[] } | null)?.environments ?? []);
    } finally {
      setRefreshing(false);
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/projects'] });
    }
  };

  return (
    <>
      <PageHeader
        title={p.name}
        subtitle={
          <span className="mono">
            {p.repositoryUrl} · {p.branch}
          </span>
        }
        actions={
          <Button variant="primary" icon={<RefreshCw size={16} aria-hidden="true" />} busy={refreshing} onClick={() => void refresh()}>
            {t('projects.refreshCredentials')}
          </Button>
        }
      />
      <div className="stack">
        <SuccessNote>{result}</SuccessNote>
        <ErrorNote error={error} />
        <RefreshOutcomes outcomes={outcomes} />
        <Section title={t('projects.environments')} id="environments">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('projects.environment')}</th>
                  <th scope="col">{t('projects.namespace')}</th>
                  <th scope="col">{t('projects.secret')}</th>
                  <th scope="col">{t('projects.gitRepository')}</th>
                  <th scope="col">{t('projects.generation')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('projects.fluxVerified')}</th>
                  <th scope="col">{t('projects.lastSync')}</th>
                </tr>
              </thead>
              <tbody>
                {p.environments.map((e) => (
                  <tr key={e.environment}>
                    <td className="strong">{e.environment}</td>
                    <td className="mono small">{e.namespace}</td>
                    <td className="mono small">{e.secretName}</td>
                    <td className="mono small">{p.slug}</td>
                    <td className="mono">{e.tokenGeneration}</td>
                    <td>
                      <EnvironmentBadge env={e} />
                      {e.reason ? <div className="muted small">{t(`envReason.${e.reason}`, { defaultValue: e.reason })}</div> : null}
                    </td>
                    <td>
                      <VerificationBadge env={e} now={now} />
                    </td>
                    <td className="muted">{e.lastSyncedAt ? relativeTime(e.lastSyncedAt, now) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
        <div>
          <Section title={t('projects.applications')} id="project-applications">
            {applications.data?.applications.length ? (
              <ul className="list">
                {applications.data.applications.map((a) => (
                  <li key={a.applicationId} className="list-row">
                    <Link to={`/applications/${a.applicationId}`} className="strong">
                      {a.name}
                    </Link>
                    <span className="muted mono">{a.environment}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('applications.empty')}</p>
            )}
          </Section>
        </div>
        <VariablesEditor targets={targets} initial={1} isAdmin={isAdmin} id="project-variables" />
      </div>
    </>
  );
}

export default function ProjectDetail() {
  const { projectId = '' } = useParams();
  const { current, isAdmin } = useOrganization();
  if (!current) return <NeedOrganization />;
  return <Detail organizationId={current.organizationId} projectId={projectId} isAdmin={isAdmin} />;
}
