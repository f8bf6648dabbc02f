// The instance setting that turns password sign-in off (SSO only), and whether
// the break-glass variable forces it on regardless.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { $api } from '../../api/client';
import { CheckboxField } from '../../ui/Field';
import { ErrorNote, Loading, Section } from '../../ui/bits';

export function PasswordSignIn() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = $api.useQuery('get', '/api/v1/admin/settings', {});
  const save = $api.useMutation('put', '/api/v1/admin/settings', {
    onSuccess: (data) => {
      queryClient.setQueryData(['get', '/api/v1/admin/settings', {}], data);
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/auth/sso/providers'] });
    },
  });
  return (
    <Section title={t('settings.passwordTitle')} id="password-sign-in">
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <ErrorNote error={settings.error} />
      ) : (
        <>
          <CheckboxField
            label={t('settings.passwordOn')}
            hint={t('settings.passwordHint')}
            checked={settings.data.settings.passwordSignIn === 'enabled'}
            disabled={save.isPending}
            onChange={(e) => save.mutate({ body: { passwordSignIn: e.target.checked ? 'enabled' : 'disabled' } })}
          />
          {settings.data.settings.passwordSignInForced ? <p className="note note-success">{t('settings.forced')}</p> : null}
        </>
      )}
      <ErrorNote error={save.error} />
    </Section>
  );
}
