import { AppWindow, Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { EmptyState, ErrorNote, Loading, PageHeader } from '../../ui/bits';
import { NeedOrganization } from '../projects/Projects';
import { RegisterDialog } from './Register';
import { StatusBadge } from './status';

function ApplicationList({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const [registering, setRegistering] = useState(false);
  const applications = $api.useQuery('get', '/api/v1/applications', { params: { query: { organizationId } } }, {
    refetchInterval: (q) => (q.state.data?.applications.some((a) => a.status === 'deploying' || a.status === 'in_progress') ? 2000 : 15_000),
  });
  const projects = $api.useQuery('get', '/api/v1/projects', { params: { query: { organizationId } } });
  const projectName = new Map(projects.data?.projects.map((p) => [p.projectId, p.name]));
  const register = (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setRegistering(true)}>
      {t('applications.register')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('applications.title')} subtitle={t('applications.subtitle')} actions={register} />
      {applications.isPending ? (
        <Loading />
      ) : applications.error ? (
        <ErrorNote error={applications.error} />
      ) : applications.data.applications.length === 0 ? (
        <div className="card">
          <EmptyState icon={<AppWindow />} title={t('applications.empty')} hint={t('applications.emptyHint')} action={register} />
        </div>
      ) : (
        <div className="card table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('applications.project')}</th>
                <th scope="col">{t('applications.environment')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('applications.currentVersion')}</th>
                <th scope="col">{t('applications.lastDeployed')}</th>
              </tr>
            </thead>
            <tbody>
              {applications.data.applications.map((a) => (
                <tr key={a.applicationId}>
                  <td>
                    <Link to={`/applications/${a.applicationId}`} className="strong">
                      {a.name}
                    </Link>
                    <div className="muted small mono truncate">{a.image}</div>
                  </td>
                  <td>{projectName.get(a.projectId) ?? '—'}</td>
                  <td className="mono">{a.environment}</td>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                  <td className="mono">{a.currentVersion || '—'}</td>
                  <td className="muted">{a.lastDeployedAt ? relativeTime(a.lastDeployedAt, now) : t('common.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RegisterDialog organizationId={organizationId} open={registering} onOpenChange={setRegistering} />
    </>
  );
}

export default function Applications() {
  const { current } = useOrganization();
  if (!current) return <NeedOrganization />;
  return <ApplicationList organizationId={current.organizationId} />;
}
