// Connected accounts with their countdowns and last error, reconnect, refresh
// now, disconnect (confirmed, with what depends on the account); provider apps to connect a new account with
// (a link to the gateway's authorize start: connect.ts).
import { useQueryClient } from '@tanstack/react-query';
import { Link2, Plug, RefreshCw, RotateCw, Unplug } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api, api, call, type Schemas } from '../../api/client';
import { accountHealth, grantEnd } from '../../lib/health';
import { relativeTime, timeLeft, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, ErrorNote, Loading, PageHeader, Section, SuccessNote } from '../../ui/bits';
import { HEALTH_TONE } from '../Overview';
import { ImpactConfirm } from '../impact/ImpactConfirm';
import { authorizeHref, reconnectHref } from './connect';
import { ErrorClassText } from './words';

type Account = Schemas['AccountStatus'];

function ProviderApps() {
  const { t } = useTranslation();
  const apps = $api.useQuery('get', '/api/v1/oauth/provider-apps', {}, { staleTime: 60_000 });
  if (apps.isPending) return <Loading />;
  if (apps.error) return <ErrorNote error={apps.error} />;
  const usable = apps.data.providerApps.filter((a) => a.status !== 'disabled');
  return (
    <Section title={t('connections.providerApps')} id="provider-apps">
      {usable.length === 0 ? (
        <EmptyState icon={<Plug />} title={t('connections.noProviderApps')} />
      ) : (
        <ul className="provider-grid">
          {usable.map((app) => (
            <li key={app.providerAppId} className="provider-card">
              <div>
                <p className="strong">{app.name}</p>
                <p className="muted small">
                  {app.provider} · {app.baseUrl || '—'}
                </p>
              </div>
              <a className="btn btn-sm btn-primary" href={authorizeHref(app.providerAppId)} aria-label={t('connections.connectWith', { name: app.name })}>
                {t('connections.connect')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function AccountRow({ account, now, onDone }: { account: Account; now: number; onDone: (message: string | null, error: unknown) => void }) {
  const { t } = useTranslation();
  const health = accountHealth(account, now);
  const [refreshing, setRefreshing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [disconnecting, setDisconnecting] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    try {
      await call(api.POST('/api/v1/oauth/accounts/{id}/refresh', { params: { path: { id: account.accountId } } }));
      onDone(t('connections.refreshed'), null);
    } catch (e) {
      onDone(null, e);
    } finally {
      setRefreshing(false);
    }
  };
  const disconnect = async () => {
    setDisconnecting(true);
    try {
      await call(api.DELETE('/api/v1/oauth/accounts/{id}', { params: { path: { id: account.accountId } } }));
      setConfirming(false);
      onDone(null, null);
    } catch (e) {
      onDone(null, e);
    } finally {
      setDisconnecting(false);
    }
  };
  const name = account.username || account.accountId.slice(0, 8);
  return (
    <tr>
      <td>
        <Link to={`/connections/${account.accountId}`} className="strong">
          {name}
        </Link>
        <span className="muted"> · {account.provider}</span>
        {account.grantKind && account.grantKind !== 'user' ? <span className="muted small"> ({account.grantKind})</span> : null}
      </td>
      <td>
        <Badge tone={HEALTH_TONE[health]}>{t(`health.${health}`)}</Badge>
      </td>
      <td className="mono" title={account.expiresAt}>
        {account.expiresAt ? timeLeft(account.expiresAt, now) : '—'}
      </td>
      <td className="mono" title={account.refreshExpiresAt}>
        {grantEnd(account) !== undefined ? timeLeft(grantEnd(account), now) : '—'}
      </td>
      <td className="muted" title={account.lastRefreshedAt}>
        {account.lastRefreshedAt ? relativeTime(account.lastRefreshedAt, now) : t('common.never')}
      </td>
      <td className="mono">{account.generation}</td>
      <td className="muted wrap">
        <ErrorClassText errorClass={account.lastErrorClass} />
      </td>
      <td className="col-actions">
        <div className="row-actions">
          {account.grantKind === 'user' || !account.grantKind ? (
            <a className="btn btn-sm btn-secondary" href={reconnectHref(account.accountId)} aria-label={`${t('account.reconnect')}: ${name}`}>
              <RotateCw size={14} aria-hidden="true" />
              {t('account.reconnect')}
            </a>
          ) : null}
          <Button size="sm" icon={<RefreshCw size={14} aria-hidden="true" />} busy={refreshing} onClick={() => void refresh()} aria-label={`${t('connections.refreshNow')}: ${name}`}>
            {t('connections.refreshNow')}
          </Button>
          <Button size="sm" variant="ghost" icon={<Unplug size={14} aria-hidden="true" />} onClick={() => setConfirming(true)} aria-label={`${t('connections.disconnect')}: ${name}`}>
            {t('connections.disconnect')}
          </Button>
        </div>
        <ImpactConfirm
          kind="account"
          id={account.accountId}
          open={confirming}
          onOpenChange={setConfirming}
          title={t('connections.disconnectTitle', { name })}
          description={t('connections.disconnectText')}
          confirmLabel={t('connections.disconnect')}
          danger
          busy={disconnecting}
          onConfirm={() => void disconnect()}
        />
      </td>
    </tr>
  );
}

export default function Connections() {
  const { t } = useTranslation();
  const now = useNow(1000);
  const queryClient = useQueryClient();
  const accounts = $api.useQuery('get', '/api/v1/oauth/accounts', {}, { refetchInterval: 15_000 });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const done = (m: string | null, e: unknown) => {
    setMessage(m);
    setError(e);
    void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/oauth/accounts'] });
  };
  const list = accounts.data?.accounts.filter((a) => a.status !== 'disconnected') ?? [];
  return (
    <>
      <PageHeader title={t('connections.title')} subtitle={t('connections.subtitle')} />
      <div className="stack">
        <Section title={t('overview.accounts')} id="accounts">
          {accounts.isPending ? (
            <Loading />
          ) : accounts.error ? (
            <ErrorNote error={accounts.error} />
          ) : list.length === 0 ? (
            <EmptyState icon={<Link2 />} title={t('connections.empty')} hint={t('connections.emptyHint')} />
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('overview.account')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col">{t('connections.expires')}</th>
                    <th scope="col">{t('connections.refreshEnds')}</th>
                    <th scope="col">{t('connections.lastRefresh')}</th>
                    <th scope="col">{t('connections.generation')}</th>
                    <th scope="col">{t('connections.lastError')}</th>
                    <th scope="col" className="col-actions">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((account) => (
                    <AccountRow key={account.accountId} account={account} now={now} onDone={done} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <SuccessNote>{message}</SuccessNote>
          <ErrorNote error={error} />
        </Section>
        <ProviderApps />
      </div>
    </>
  );
}
