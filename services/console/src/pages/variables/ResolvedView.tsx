// What a deploy of the application gets, key by key: the scope each value came
// from and the scopes it overrode; plain values as they are, secrets by name and
// version, never their value; unresolved references called out.
import { useTranslation } from 'react-i18next';
import { $api } from '../../api/client';
import { Badge, ErrorNote, Loading, Section } from '../../ui/bits';
import { KIND_TONE } from './VariablesEditor';

export function ResolvedView({ applicationId, organizationId }: { applicationId: string; organizationId: string }) {
  const { t } = useTranslation();
  const env = $api.useQuery('get', '/api/v1/secrets/applications/{applicationId}/environment', { params: { path: { applicationId }, query: { organizationId } } });
  return (
    <Section title={t('vars.resolved')} id="resolved">
      <p className="muted small">{t('vars.resolvedHint')}</p>
      {env.isPending ? (
        <Loading />
      ) : env.error ? (
        <ErrorNote error={env.error} />
      ) : env.data.variables.length === 0 && env.data.missing.length === 0 ? (
        <p className="muted">{t('vars.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('vars.key')}</th>
                <th scope="col">{t('vars.from')}</th>
                <th scope="col">{t('vars.value')}</th>
                <th scope="col">{t('vars.overrides')}</th>
              </tr>
            </thead>
            <tbody>
              {env.data.variables.map((v) => (
                <tr key={v.key}>
                  <td className="mono strong">{v.key}</td>
                  <td>
                    <Badge tone="blue">{t(`vars.${v.scope}`)}</Badge>
                  </td>
                  <td className="mono small wrap">
                    {v.kind === 'plain' ? (
                      v.value
                    ) : (
                      <>
                        <Badge tone={KIND_TONE[v.kind]}>{t(`vars.${v.kind}`)}</Badge> {t('vars.secretValue', { name: v.secretName, version: v.secretVersion })}
                        {v.groupName ? <span className="muted"> · {v.groupName}</span> : null}
                      </>
                    )}
                  </td>
                  <td className="muted small">{v.overrides.map((s) => t(`vars.${s}`, { defaultValue: s })).join(' → ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {env.data?.missing.length ? (
        <div className="note note-error" role="alert">
          {t('vars.missing')}
          <ul>
            {env.data.missing.map((m) => (
              <li key={`${m.scope}/${m.key}`} className="mono small">
                {m.key} ({t(`vars.${m.scope}`, { defaultValue: m.scope })}): {m.reference}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
