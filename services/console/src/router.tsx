// Routes. Each page is its own chunk (React.lazy), so the first load carries
// the frame and the page asked for, not the whole console.
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { AppShell } from './layout/AppShell';
import { Button } from './ui/Button';
import { Loading } from './ui/bits';
import { pages } from './page-chunks';

const SignIn = lazy(pages.signIn);
const SignUp = lazy(pages.signUp);
const Overview = lazy(pages.overview);
const Connections = lazy(pages.connections);
const ConnectionCallback = lazy(pages.connectionCallback);
const Projects = lazy(pages.projects);
const ProjectDetail = lazy(pages.projectDetail);
const Secrets = lazy(pages.secrets);
const Applications = lazy(pages.applications);
const ApplicationDetail = lazy(pages.applicationDetail);
const Notifications = lazy(pages.notifications);
const Admin = lazy(pages.admin);
const NotFound = lazy(pages.notFound);

function Unavailable() {
  const { t } = useTranslation();
  const { retry } = useAuth();
  return (
    <div className="center-screen">
      <p>{t('app.unavailable')}</p>
      <Button variant="primary" onClick={retry}>
        {t('app.retry')}
      </Button>
    </div>
  );
}

function RequireSession({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <Loading />;
  if (status === 'unavailable') return <Unavailable />;
  if (status === 'signed-out') return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return children;
}

function PublicOnly({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'unknown') return <Loading />;
  if (status === 'signed-in') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from.startsWith('/') && !from.startsWith('//') ? from : '/'} replace />;
  }
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <PublicOnly><SignIn /></PublicOnly> },
  { path: '/sign-up', element: <PublicOnly><SignUp /></PublicOnly> },
  {
    element: <RequireSession><AppShell /></RequireSession>,
    children: [
      { index: true, element: <Overview /> },
      { path: 'connections', element: <Connections /> },
      { path: 'connections/callback', element: <ConnectionCallback /> },
      { path: 'projects', element: <Projects /> },
      { path: 'projects/:projectId', element: <ProjectDetail /> },
      { path: 'secrets', element: <Secrets /> },
      { path: 'secrets/:groupId', element: <Secrets /> },
      { path: 'applications', element: <Applications /> },
      { path: 'applications/:applicationId', element: <ApplicationDetail /> },
      { path: 'notifications', element: <Notifications /> },
      { path: 'admin', element: <Admin /> },
      { path: 'admin/:tab', element: <Admin /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
