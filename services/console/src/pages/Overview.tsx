// Credential health at a glance: accounts by state with the time left,
// projects whose Git credentials are not written or refused by Flux,
// applications whose last deployment failed, provider syncs that failed,
// each with the action that fixes it.
import { useQueryClient } from '@tanstack/react-query';
import { AlertTriangle, Building2, CheckCircle2, Link2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, api, call } from '../api/client';
import { useOrganization } from '../auth/organization';
import { CreateOrganizationDialog } from '../layout/CreateOrganization';
import { HEALTH_ORDER, environmentHealth, grantEnd, groupByHealth, needsAttention, type AccountHealth } from '../lib/health';
import { timeLeft, useNow } from '../lib/format';
import { Button } from '../ui/Button';
import { Badge, EmptyState, ErrorNote, Loading, PageHeader, Section, type Tone } from '../ui/bits';
import { ShowAll, useShowAll } from '../ui/ShowAll';
import { reconnectHref } from './connections/connect';
import { ProviderSyncFailures } from './secrets/ProviderSyncFailures';
import { VerificationBadge } from './projects/EnvironmentBadge';
import { ErrorClassText } from './connections/words';

export const HEALTH_TONE: Record<AccountHealth, Tone> = { active: 'green', expiring7: 'amber', expiring3: 'amber', expired: 'red', reauth: 'red', failing: 'red' };

function AccountHealthSection() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const accounts = $api.useQuery('get', '/api/v1/oauth/accounts', {}, { refetchInterval: 30_000 });
  const [refreshing, setRefreshing] = useState<string | null>(null);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const groups = groupByHealth(accounts.data?.accounts ?? [], now);
  const attention = HEALTH_ORDER.filter((h) => h !== 'active').flatMap((h) => groups[h].map((a) => ({ account: a, health: h })));
  const shown = useShowAll(attention);
  if (accounts.isPending) return <Loading />;
  if (accounts.error) return <ErrorNote error={accounts.error} />;
  const total = HEALTH_ORDER.reduce((n, h) => n + groups[h].length, 0);

  const refresh = async (accountId: string) => {
    setRefreshing(accountId);
    setRefreshError(null);
    try {
      await call(api.POST('/api/v1/oauth/accounts/{id}/refresh', { params: { path: { id: accountId } } }));
    } catch (e) {
      setRefreshError(e);
    } finally {
      setRefreshing(null);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/oauth/accounts'] });
    }
  };

  return (
    <Section title={t('overview.accounts')} id="overview-accounts" actions={<Link to="/connections">{t('nav.connections')}</Link>}>
      <ul className="tiles" aria-label={t('overview.accounts')}>
        {HEALTH_ORDER.map((h) => (
          <li key={h} className={`tile tile-${HEALTH_TONE[h]} ${groups[h].length === 0 ? 'tile-zero' : ''}`}>
            <span className="tile-count">{groups[h].length}</span>
            <span className="tile-label">{t(`health.${h}`)}</span>
          </li>
        ))}
      </ul>
      {total === 0 ? (
        <EmptyState icon={<Link2 />} title={t('overview.accountsEmpty')} action={<Link className="btn btn-primary" to="/connections">{t('overview.connectFirst')}</Link>} />
      ) : attention.length === 0 ? (
        <p className="all-good">
          <CheckCircle2 size={16} aria-hidden="true" /> {t('overview.allGood', { count: total })}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('overview.account')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('overview.timeLeft')}</th>
                <th scope="col">{t('connections.lastError')}</th>
                <th scope="col" className="col-actions">{t('overview.fix')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.visible.map(({ account, health }) => (
                <tr key={account.accountId}>
                  <td>
                    <span className="strong">{account.username || account.accountId.slice(0, 8)}</span>
                    <span className="muted"> · {account.provider}</span>
                  </td>
                  <td>
                    <Badge tone={HEALTH_TONE[health]}>{t(`health.${health}`)}</Badge>
                  </td>
                  <td className="mono">{grantEnd(account) !== undefined ? timeLeft(grantEnd(account), now) : '—'}</td>
                  <td className="muted">
                    <ErrorClassText errorClass={account.lastErrorClass} />
                  </td>
                  <td className="col-actions">
                    {health === 'reauth' || health === 'expired' || health === 'expiring3' || health === 'expiring7' ? (
                      <a className="btn btn-sm btn-primary" href={reconnectHref(account.accountId)}>
                        {t('overview.fixReconnect')}
                      </a>
                    ) : (
                      <Button size="sm" busy={refreshing === account.accountId} onClick={() => void refresh(account.accountId)}>
                        {t('overview.fixRefresh')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowAll hidden={shown.hidden} total={shown.total} onShowAll={shown.showAll} />
        </div>
      )}
      <ErrorNote error={refreshError} />
    </Section>
  );
}

function ProjectsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const projects = $api.useQuery('get', '/api/v1/projects', { params: { query: { organizationId } } }, { refetchInterval: (q) => (q.state.data?.projects.some((p) => p.environments.some((e) => e.status === 'pending')) ? 3000 : 30_000) });
  const [refreshing, setRefreshing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rows = (projects.data?.projects ?? []).flatMap((p) => p.environments.filter(needsAttention).map((e) => ({ project: p, env: e })));
  const shown = useShowAll(rows);
  if (projects.isPending) return <Loading />;
  if (projects.error) return <ErrorNote error={projects.error} />;
  const refresh = async (projectId: string) => {
    setRefreshing(projectId);
    setError(null);
    try {
      await call(api.POST('/api/v1/projects/{projectId}/refresh', { params: { path: { projectId }, query: { organizationId } }, body: {} }));
    } catch (e) {
      setError(e);
    } finally {
      setRefreshing(null);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/projects'] });
    }
  };
  return (
    <Section title={t('overview.projects')} id="overview-projects" actions={<Link to="/projects">{t('nav.projects')}</Link>}>
      {rows.length === 0 ? (
        <p className="all-good">
          <CheckCircle2 size={16} aria-hidden="true" /> {t('overview.projectsEmpty')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('nav.projects')}</th>
                <th scope="col">{t('projects.environment')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('projects.reason')}</th>
                <th scope="col" className="col-actions">{t('overview.fix')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.visible.map(({ project, env }) => (
                <tr key={`${project.projectId}/${env.environment}`}>
                  <td>
                    <Link to={`/projects/${project.projectId}`} className="strong">
                      {project.name}
                    </Link>
                  </td>
                  <td className="mono">{env.environment}</td>
                  <td>
                    {environmentHealth(env) === 'synced' ? (
                      <VerificationBadge env={env} now={now} />
                    ) : environmentHealth(env) === 'failing' ? (
                      <Badge tone="red">{t('overview.failingEnv')}</Badge>
                    ) : (
                      <Badge tone="gray">{t('overview.unverified')}</Badge>
                    )}
                  </td>
                  <td className="muted">{env.reason ? t(`envReason.${env.reason}`, { defaultValue: env.reason }) : env.verificationMessage || '—'}</td>
                  <td className="col-actions">
                    <Button size="sm" busy={refreshing === project.projectId} onClick={() => void refresh(project.projectId)}>
                      {t('projects.refreshCredentials')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowAll hidden={shown.hidden} total={shown.total} onShowAll={shown.showAll} />
        </div>
      )}
      <ErrorNote error={error} />
    </Section>
  );
}

function DeploymentsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const applications = $api.useQuery('get', '/api/v1/applications', { params: { query: { organizationId } } }, { refetchInterval: 15_000 });
  const failed = (applications.data?.applications ?? []).filter((a) => a.status === 'failed');
  const shown = useShowAll(failed);
  if (applications.isPending) return <Loading />;
  if (applications.error) return <ErrorNote error={applications.error} />;
  return (
    <Section title={t('overview.deployments')} id="overview-deployments" actions={<Link to="/applications">{t('nav.applications')}</Link>}>
      {failed.length === 0 ? (
        <p className="all-good">
          <CheckCircle2 size={16} aria-hidden="true" /> {t('overview.deploymentsEmpty')}
        </p>
      ) : (
        <ul className="list">
          {shown.visible.map((a) => (
            <li key={a.applicationId} className="list-row">
              <AlertTriangle size={16} className="text-red" aria-hidden="true" />
              <Link to={`/applications/${a.applicationId}`} className="strong">
                {a.name}
              </Link>
              <span className="muted mono">{a.environment}</span>
              <span className="list-spacer" />
              <Link className="btn btn-sm btn-secondary" to={`/applications/${a.applicationId}`}>
                {t('overview.fixOpen')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ShowAll hidden={shown.hidden} total={shown.total} onShowAll={shown.showAll} />
    </Section>
  );
}

export default function Overview() {
  const { t } = useTranslation();
  const { current } = useOrganization();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <div className="stack">
        <AccountHealthSection />
        {current ? (
          <div className="grid-2">
            <ProjectsSection organizationId={current.organizationId} />
            <DeploymentsSection organizationId={current.organizationId} />
          </div>
        ) : (
          <Section title={t('overview.noOrgTitle')} id="overview-org">
            <EmptyState
              icon={<Building2 />}
              title={t('overview.noOrgTitle')}
              hint={t('overview.noOrgText')}
              action={
                <Button variant="primary" onClick={() => setCreating(true)}>
                  {t('admin.createOrganization')}
                </Button>
              }
            />
            <CreateOrganizationDialog open={creating} onOpenChange={setCreating} />
          </Section>
        )}
        <ProviderSyncFailures />
      </div>
    </>
  );
}
