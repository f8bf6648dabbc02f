// The signed-in user (GET /users/me, with their memberships) and the
// organization the pages work in. The choice is remembered in localStorage
// (an id, no secret) and falls back to the first membership.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { $api, type Schemas } from '../api/client';

type Membership = Schemas['Membership'];
type Me = { user: Schemas['User']; memberships: Membership[] };

type OrgContext = {
  me: Me;
  isAdmin: boolean;
  organizations: Membership[];
  current: Membership | undefined;
  choose: (organizationId: string) => void;
};

import { ORGANIZATION_KEY } from './remembered';

export { ORGANIZATION_KEY };
const KEY = ORGANIZATION_KEY;
const Context = createContext<OrgContext | null>(null);

export function useMe() {
  return $api.useQuery('get', '/api/v1/users/me', {}, { staleTime: 30_000 });
}

export function OrganizationProvider({ me, children }: { me: Me; children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(KEY));
  const choose = useCallback((organizationId: string) => {
    localStorage.setItem(KEY, organizationId);
    setChosen(organizationId);
  }, []);
  const value = useMemo<OrgContext>(() => {
    const organizations = [...me.memberships].sort((a, b) => a.organizationName.localeCompare(b.organizationName));
    const current = organizations.find((m) => m.organizationId === chosen) ?? organizations[0];
    return { me, isAdmin: me.user.roles.includes('admin'), organizations, current, choose };
  }, [me, chosen, choose]);
  // Remembered even when it was the default: the next load asks for its projects before /users/me answers.
  const currentId = value.current?.organizationId;
  useEffect(() => {
    if (currentId) localStorage.setItem(KEY, currentId);
  }, [currentId]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useOrganization(): OrgContext {
  const value = useContext(Context);
  if (!value) throw new Error('useOrganization outside OrganizationProvider');
  return value;
}
