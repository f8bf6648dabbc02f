// One connected account: where the gateway sends the browser after a connect
// (`?connected=1`) or reconnect (`?reconnected=1`), with its countdowns, last
// failure in plain words, and reconnect / refresh now.
import { useQueryClient } from '@tanstack/react-query';
import { RefreshCw, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { $api, api, call } from '../../api/client';
import { accountHealth, grantEnd } from '../../lib/health';
import { dateTime, relativeTime, timeLeft, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, ErrorNote, Loading, PageHeader, Section, SuccessNote } from '../../ui/bits';
import { HEALTH_TONE } from '../Overview';
import { Timeline } from '../audit/Timeline';
import { ImpactPanel } from '../impact/ImpactConfirm';
import { reconnectHref } from './connect';
import { ErrorClassText } from './words';

export default function Account() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const [search] = useSearchParams();
  const now = useNow(1000);
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const account = $api.useQuery('get', '/api/v1/oauth/accounts/{id}', { params: { path: { id: accountId } } }, { refetchInterval: 15_000 });
  if (account.isPending) return <Loading />;
  const a = account.data?.account;
  if (account.error || !a) return <ErrorNote error={account.error ?? { title: t('account.notFound') }} />;

  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    setDone(null);
    try {
      await call(api.POST('/api/v1/oauth/accounts/{id}/refresh', { params: { path: { id: accountId } } }));
      setDone(t('connections.refreshed'));
    } catch (e) {
      setError(e);
    } finally {
      setRefreshing(false);
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/oauth/accounts/{id}'] });
    }
  };
  const health = accountHealth(a, now);
  const name = a.username || a.accountId.slice(0, 8);
  const notice = search.has('reconnected') ? t('account.reconnected', { generation: a.generation }) : search.has('connected') ? t('account.connected') : null;
  return (
    <>
      <PageHeader
        title={
          <span className="title-with-badge">
            {name} <Badge tone={HEALTH_TONE[health]}>{t(`health.${health}`)}</Badge>
          </span>
        }
        subtitle={`${a.provider} · ${t('account.title')}`}
        actions={
          <>
            {a.grantKind === 'user' || !a.grantKind ? (
              <a className="btn btn-secondary" href={reconnectHref(a.accountId)}>
                <RotateCw size={16} aria-hidden="true" />
                {t('account.reconnect')}
              </a>
            ) : null}
            <Button variant="primary" icon={<RefreshCw size={16} aria-hidden="true" />} busy={refreshing} onClick={() => void refresh()}>
              {t('connections.refreshNow')}
            </Button>
          </>
        }
      />
      <div className="stack">
        <SuccessNote>{notice}</SuccessNote>
        <SuccessNote>{done}</SuccessNote>
        <ErrorNote error={error} />
        <Section title={t('account.title')} id="account">
          <dl className="facts">
            <dt>{t('account.provider')}</dt>
            <dd>{a.provider}</dd>
            <dt>{t('account.status')}</dt>
            <dd className="mono">{a.status}</dd>
            <dt>{t('connections.expires')}</dt>
            <dd className="mono" title={a.expiresAt}>{a.expiresAt ? timeLeft(a.expiresAt, now) : '—'}</dd>
            <dt>{t('connections.refreshEnds')}</dt>
            <dd className="mono" title={a.refreshExpiresAt}>{grantEnd(a) !== undefined ? `${timeLeft(grantEnd(a), now)} (${dateTime(a.refreshExpiresAt)})` : '—'}</dd>
            <dt>{t('connections.lastRefresh')}</dt>
            <dd>{a.lastRefreshedAt ? relativeTime(a.lastRefreshedAt, now) : t('common.never')}</dd>
            <dt>{t('connections.nextRefresh')}</dt>
            <dd>{a.nextRefreshAt ? relativeTime(a.nextRefreshAt, now) : '—'}</dd>
            <dt>{t('connections.generation')}</dt>
            <dd className="mono">{a.generation}</dd>
            <dt>{t('account.scopes')}</dt>
            <dd className="mono small">{a.scopes.join(' ') || '—'}</dd>
            <dt>{t('connections.lastError')}</dt>
            <dd>
              <ErrorClassText errorClass={a.lastErrorClass} />
            </dd>
          </dl>
          <p>
            <Link to="/connections">{t('account.all')}</Link>
          </p>
        </Section>
        <ImpactPanel kind="account" id={a.accountId} />
        <Section title={t('audit.timeline')} id="account-timeline">
          <Timeline resourceKind="account" resourceId={a.accountId} name={name} />
        </Section>
      </div>
    </>
  );
}
