// The header: organization switcher (when there is anything to switch),
// language switch and the user menu, all Radix menus (arrow keys, Escape,
// typeahead, focus return).
import { Building2, Check, ChevronsUpDown, Globe, LogOut, BookOpen, Plus, User } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { useOrganization } from '../auth/organization';
import { LANGUAGES } from '../i18n';
import { CreateOrganizationDialog } from './CreateOrganization';

function OrganizationSwitcher() {
  const { t } = useTranslation();
  const { organizations, current, choose } = useOrganization();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="header-button org-switcher" aria-label={`${t('header.organization')}: ${current?.organizationName ?? t('header.noOrganization')}`}>
          <Building2 size={16} aria-hidden="true" />
          <span className="org-name">{current?.organizationName ?? t('header.noOrganization')}</span>
          <ChevronsUpDown size={14} aria-hidden="true" className="muted" />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={6}>
            <DropdownMenu.Label className="menu-label">{t('header.organization')}</DropdownMenu.Label>
            <DropdownMenu.RadioGroup value={current?.organizationId ?? ''} onValueChange={choose}>
              {organizations.map((m) => (
                <DropdownMenu.RadioItem key={m.organizationId} value={m.organizationId} className="menu-item">
                  <span className="menu-check">
                    <DropdownMenu.ItemIndicator>
                      <Check size={14} aria-hidden="true" />
                    </DropdownMenu.ItemIndicator>
                  </span>
                  {m.organizationName}
                  <span className="menu-meta">{m.role}</span>
                </DropdownMenu.RadioItem>
              ))}
            </DropdownMenu.RadioGroup>
            {organizations.length > 0 ? <DropdownMenu.Separator className="menu-separator" /> : null}
            <DropdownMenu.Item className="menu-item" onSelect={() => setCreating(true)}>
              <span className="menu-check">
                <Plus size={14} aria-hidden="true" />
              </span>
              {t('header.createOrganization')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <CreateOrganizationDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((l) => l.code === i18n.resolvedLanguage) ?? LANGUAGES[0];
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="header-button" aria-label={`${t('header.language')}: ${current.label}`}>
        <Globe size={16} aria-hidden="true" />
        <span>{current.label}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.RadioGroup value={current.code} onValueChange={(code) => void i18n.changeLanguage(code)}>
            {LANGUAGES.map((l) => (
              <DropdownMenu.RadioItem key={l.code} value={l.code} className="menu-item" lang={l.code === 'zh' ? 'zh-CN' : 'en'}>
                <span className="menu-check">
                  <DropdownMenu.ItemIndicator>
                    <Check size={14} aria-hidden="true" />
                  </DropdownMenu.ItemIndicator>
                </span>
                {l.label}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function UserMenu() {
  const { t } = useTranslation();
  const { me } = useOrganization();
  const { signOut } = useAuth();
  const initials = (me.user.displayName || me.user.email).slice(0, 1).toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="header-button avatar-button" aria-label={t('header.userMenu')}>
        <span className="avatar" aria-hidden="true">
          {initials}
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu-label menu-user">
            <User size={14} aria-hidden="true" /> {t('header.signedInAs', { email: me.user.email })}
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="menu-separator" />
          <DropdownMenu.Item className="menu-item" asChild>
            <a href="/api/v1/docs" target="_blank" rel="noreferrer">
              <span className="menu-check">
                <BookOpen size={14} aria-hidden="true" />
              </span>
              {t('nav.apiDocs')}
            </a>
          </DropdownMenu.Item>
          <DropdownMenu.Item className="menu-item" onSelect={() => void signOut()}>
            <span className="menu-check">
              <LogOut size={14} aria-hidden="true" />
            </span>
            {t('header.signOut')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

export function Header() {
  return (
    <header className="header">
      <OrganizationSwitcher />
      <div className="header-spacer" />
      <LanguageSwitch />
      <UserMenu />
    </header>
  );
}
