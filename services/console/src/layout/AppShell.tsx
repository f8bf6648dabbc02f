// The signed-in frame: a sidebar whose links say where you are
// (aria-current), the header, and the page.
import { AppWindow, Bell, FolderGit2, KeyRound, LayoutDashboard, Link2, ScrollText, Shield } from 'lucide-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { OrganizationProvider, useMe } from '../auth/organization';
import { ErrorNote, Loading } from '../ui/bits';
import { Header } from './Header';

const LINKS = [
  { to: '/', key: 'overview', icon: LayoutDashboard, end: true },
  { to: '/connections', key: 'connections', icon: Link2 },
  { to: '/projects', key: 'projects', icon: FolderGit2 },
  { to: '/secrets', key: 'secrets', icon: KeyRound },
  { to: '/applications', key: 'applications', icon: AppWindow },
  { to: '/notifications', key: 'notifications', icon: Bell },
  { to: '/audit', key: 'audit', icon: ScrollText },
  { to: '/admin', key: 'admin', icon: Shield },
] as const;

function Sidebar() {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <span>{t('app.name')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav-list">
          {LINKS.map(({ to, key, icon: Icon, ...rest }) => (
            <li key={to}>
              <NavLink to={to} end={'end' in rest} className="nav-link">
                <Icon size={16} aria-hidden="true" />
                {t(`nav.${key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.error || !me.data) return <ErrorNote error={me.error} />;
  return (
    <OrganizationProvider me={me.data}>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <div className="shell">
        <Sidebar />
        <div className="shell-main">
          <Header />
          <main id="main" className="content" tabIndex={-1}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
    </OrganizationProvider>
  );
}
