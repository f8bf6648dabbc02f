// Administration, one tab per area (links, so each has its address). Users,
// SSO (with the password sign-in setting) and maintenance are for platform
// administrators; everyone manages their organizations, personal access tokens
// and sessions.
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { useOrganization } from '../../auth/organization';
import { EmptyState, PageHeader, Section } from '../../ui/bits';
import { Maintenance } from './Maintenance';
import { Organizations } from './Organizations';
import { PasswordSignIn } from './PasswordSignIn';
import { Sessions } from './Sessions';
import { Sso } from './Sso';
import { Tokens } from './Tokens';
import { Users } from './Users';

const TABS = [
  { key: 'users', admin: true },
  { key: 'organizations', admin: false },
  { key: 'tokens', admin: false },
  { key: 'sessions', admin: false },
  { key: 'sso', admin: true },
  { key: 'maintenance', admin: true },
] as const;

export default function Admin() {
  const { t } = useTranslation();
  const { isAdmin } = useOrganization();
  const { tab } = useParams();
  const visible = TABS.filter((x) => isAdmin || !x.admin);
  const current = visible.find((x) => x.key === tab) ?? visible[0]!;
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <nav className="tabs" aria-label={t('admin.title')}>
        {visible.map((x) => (
          <NavLink key={x.key} to={`/admin/${x.key}`} className={`tab ${x.key === current.key ? 'active' : ''}`} aria-current={x.key === current.key ? 'page' : undefined}>
            {t(`admin.${x.key}`)}
          </NavLink>
        ))}
      </nav>
      <div className="stack">
        {current.key === 'users' ? <Users /> : null}
        {current.key === 'organizations' ? <Organizations /> : null}
        {current.key === 'tokens' ? <Tokens /> : null}
        {current.key === 'sessions' ? (
          <Section title={t('sessions.title')} id="sessions">
            <Sessions />
          </Section>
        ) : null}
        {current.key === 'sso' ? (
          <>
            <Sso />
            <PasswordSignIn />
          </>
        ) : null}
        {current.key === 'maintenance' ? <Maintenance /> : null}
        {tab && !visible.some((x) => x.key === tab) ? <EmptyState title={t('admin.onlyAdmins')} /> : null}
      </div>
    </>
  );
}
