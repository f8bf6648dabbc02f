// The pages, each its own chunk: the router renders them lazily, and boot.ts
// starts loading the one of the address at once.
export const pages = {
  signIn: () => import('./pages/auth/SignIn'),
  signUp: () => import('./pages/auth/SignUp'),
  overview: () => import('./pages/Overview'),
  connections: () => import('./pages/connections/Connections'),
  account: () => import('./pages/connections/Account'),
  connectFailed: () => import('./pages/connections/ConnectFailed'),
  projects: () => import('./pages/projects/Projects'),
  projectDetail: () => import('./pages/projects/ProjectDetail'),
  secrets: () => import('./pages/secrets/Secrets'),
  applications: () => import('./pages/applications/Applications'),
  applicationDetail: () => import('./pages/applications/ApplicationDetail'),
  notifications: () => import('./pages/notifications/Notifications'),
  audit: () => import('./pages/audit/Audit'),
  admin: () => import('./pages/admin/Admin'),
  cliAuthorize: () => import('./pages/cli/CliAuthorize'),
  notFound: () => import('./pages/NotFound'),
};

/**
 * Starts loading the page of this address at once, in parallel with the session refresh,
 * instead of when the frame first renders it (one round trip less on every first load).
 */
export function preloadPage(pathname: string): void {
  const [, first = '', second] = pathname.split('/');
  const load =
    first === '' ? pages.overview
    : first === 'sign-in' ? pages.signIn
    : first === 'sign-up' ? pages.signUp
    : first === 'connections' ? (second === 'connect-failed' ? pages.connectFailed : second ? pages.account : pages.connections)
    : first === 'projects' ? (second ? pages.projectDetail : pages.projects)
    : first === 'secrets' ? pages.secrets
    : first === 'applications' ? (second ? pages.applicationDetail : pages.applications)
    : first === 'notifications' ? pages.notifications
    : first === 'audit' ? pages.audit
    : first === 'admin' ? pages.admin
    : first === 'cli' ? pages.cliAuthorize
    : undefined;
  void load?.();
}
