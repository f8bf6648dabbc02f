import { FolderGit2, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { EmptyState, ErrorNote, Loading, PageHeader } from '../../ui/bits';
import { CreateProjectDialog } from './CreateProject';
import { EnvironmentBadge } from './EnvironmentBadge';

export function NeedOrganization() {
  const { t } = useTranslation();
  return <EmptyState title={t('overview.noOrgTitle')} hint={t('overview.noOrgText')} action={<Link to="/">{t('nav.overview')}</Link>} />;
}

function ProjectList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const [creating, setCreating] = useState(false);
  const projects = $api.useQuery('get', '/api/v1/projects', { params: { query: { organizationId } } }, {
    refetchInterval: (q) => (q.state.data?.projects.some((p) => p.environments.some((e) => e.status === 'pending')) ? 2000 : 30_000),
  });
  const create = (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
      {t('projects.create')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('projects.title')} subtitle={t('projects.subtitle')} actions={create} />
      {projects.isPending ? (
        <Loading />
      ) : projects.error ? (
        <ErrorNote error={projects.error} />
      ) : projects.data.projects.length === 0 ? (
        <div className="card">
          <EmptyState icon={<FolderGit2 />} title={t('projects.empty')} hint={t('projects.emptyHint')} action={create} />
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('projects.repository')}</th>
                <th scope="col">{t('projects.environments')}</th>
                <th scope="col">{t('common.created')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.data.projects.map((p) => (
                <tr key={p.projectId}>
                  <td>
                    <Link to={`/projects/${p.projectId}`} className="strong">
                      {p.name}
                    </Link>
                    <div className="muted small mono">{p.slug}</div>
                  </td>
                  <td className="mono small truncate" title={p.repositoryUrl}>
                    {p.repositoryUrl.replace(/^https?:\/\//, '')}
                  </td>
                  <td>
                    <div className="badges">
                      {p.environments.map((e) => (
                        <EnvironmentBadge key={e.environment} env={e} withName />
                      ))}
                    </div>
                  </td>
                  <td className="muted">{relativeTime(p.createdAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateProjectDialog organizationId={organizationId} open={creating} onOpenChange={setCreating} />
    </>
  );
}

export default function Projects() {
  const { current } = useOrganization();
  if (!current) return <NeedOrganization />;
  return <ProjectList organizationId={current.organizationId} />;
}
