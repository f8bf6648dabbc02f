// Routes. Each page is its own chunk (React.lazy), so the first load carries
// the frame and the page asked for, not the whole console.
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { AppShell } from './layout/AppShell';
import { Button } from './ui/Button';
import { Loading } from './ui/bits';
import { isGatewayPath, safeReturnTo } from './lib/return-to';
import { pages } from './page-chunks';

const SignIn = lazy(pages.signIn);
const SignUp = lazy(pages.signUp);
const Overview = lazy(pages.overview);
const Connections = lazy(pages.connections);
const Account = lazy(pages.account);
const ConnectFailed = lazy(pages.connectFailed);
const Projects = lazy(pages.projects);
const ProjectDetail = lazy(pages.projectDetail);
const Secrets = lazy(pages.secrets);
const Applications = lazy(pages.applications);
const ApplicationDetail = lazy(pages.applicationDetail);
const Notifications = lazy(pages.notifications);
const Audit = lazy(pages.audit);
const Admin = lazy(pages.admin);
const CliAuthorize = lazy(pages.cliAuthorize);
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
  // The page asked for (with its query: a connect-failed code) comes back after signing in.
  if (status === 'signed-out') return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Where a signed-in visitor of sign-in/sign-up goes: `?returnTo=` (from the gateway), the page left, or home. */
function useReturnTarget(): string {
  const location = useLocation();
  const query = safeReturnTo(new URLSearchParams(location.search).get('returnTo'));
  const from = safeReturnTo((location.state as { from?: string } | null)?.from);
  return query ?? from ?? '/';
}

function GatewayNavigation({ to }: { to: string }) {
  // An authorize or reconnect start is the gateway's: the browser loads it.
  useEffect(() => window.location.assign(to), [to]);
  return <Loading />;
}

function PublicOnly({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const target = useReturnTarget();
  if (status === 'unknown') return <Loading />;
  if (status === 'signed-in') return isGatewayPath(target) ? <GatewayNavigation to={target} /> : <Navigate to={target} replace />;
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
      { path: 'connections/connect-failed', element: <ConnectFailed /> },
      { path: 'connections/:accountId', element: <Account /> },
      { path: 'projects', element: <Projects /> },
      { path: 'projects/:projectId', element: <ProjectDetail /> },
      { path: 'secrets', element: <Secrets /> },
      { path: 'secrets/:groupId', element: <Secrets /> },
      { path: 'applications', element: <Applications /> },
      { path: 'applications/:applicationId', element: <ApplicationDetail /> },
      { path: 'notifications', element: <Notifications /> },
      { path: 'audit', element: <Audit /> },
      { path: 'admin', element: <Admin /> },
      { path: 'admin/:tab', element: <Admin /> },
      { path: 'cli/authorize', element: <CliAuthorize /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
