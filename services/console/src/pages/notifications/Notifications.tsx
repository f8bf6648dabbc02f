// Channels of the current organization, their subscriptions and the recent
// deliveries; a test message shows its outcome in place.
import { useQueryClient } from '@tanstack/react-query';
import { Bell, Plus, Send, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call, type Schemas } from '../../api/client';
import { useOrganization } from '../../auth/organization';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, ErrorNote, Loading, PageHeader, Section, SuccessNote } from '../../ui/bits';
import { NeedOrganization } from '../projects/Projects';
import { StatusBadge } from '../applications/status';
import { AddChannelDialog, SubscribeDialog } from './dialogs';

type Channel = Schemas['Channel'];

function ChannelRow({ channel, organizationId, onOutcome }: { channel: Channel; organizationId: string; onOutcome: (ok: string | null, error: unknown) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<'test' | 'disable' | null>(null);
  const params = { path: { channelId: channel.channelId }, query: { organizationId } };
  const test = async () => {
    setBusy('test');
    try {
      const r = await call(api.POST('/api/v1/notifications/channels/{channelId}/test', { params, body: {} }));
      onOutcome(r.sent ? `${channel.name}: ${t('notifications.testSent')}` : null, r.sent ? null : { title: `${channel.name}: ${t('notifications.testFailed', { reason: `${r.errorClass}${r.statusCode ? ` (HTTP ${r.statusCode})` : ''}` })}` });
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/notifications/deliveries'] });
    } catch (e) {
      onOutcome(null, e);
    } finally {
      setBusy(null);
    }
  };
  const disable = async () => {
    setBusy('disable');
    try {
      await call(api.POST('/api/v1/notifications/channels/{channelId}/disable', { params }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/notifications/channels'] });
    } catch (e) {
      onOutcome(null, e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <tr>
      <td className="strong">{channel.name}</td>
      <td>{channel.kind}</td>
      <td className="mono small">{channel.endpointHost || '—'}</td>
      <td>{channel.locale}</td>
      <td>{channel.enabled ? <Badge tone="green">{t('status.active')}</Badge> : <Badge tone="gray">{t('status.disabled')}</Badge>}</td>
      <td className="col-actions">
        <div className="row-actions">
          <Button size="sm" icon={<Send size={14} aria-hidden="true" />} busy={busy === 'test'} disabled={!channel.enabled} onClick={() => void test()} aria-label={`${t('notifications.test')}: ${channel.name}`}>
            {t('notifications.test')}
          </Button>
          {channel.enabled ? (
            <Button size="sm" variant="ghost" busy={busy === 'disable'} onClick={() => void disable()} aria-label={`${t('notifications.disable')}: ${channel.name}`}>
              {t('notifications.disable')}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

function Page({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const query = { params: { query: { organizationId } } };
  const channels = $api.useQuery('get', '/api/v1/notifications/channels', query);
  const subscriptions = $api.useQuery('get', '/api/v1/notifications/subscriptions', query);
  const deliveries = $api.useQuery('get', '/api/v1/notifications/deliveries', { params: { query: { organizationId, limit: 20 } } }, { refetchInterval: 10_000 });
  const [adding, setAdding] = useState(false);
  const [subscribing, setSubscribing] = useState(false);
  const [ok, setOk] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const outcome = (m: string | null, e: unknown) => {
    setOk(m);
    setError(e);
  };
  const channelName = new Map(channels.data?.channels.map((c) => [c.channelId, c.name]));
  const removeSubscription = async (subscriptionId: string) => {
    try {
      await call(api.DELETE('/api/v1/notifications/subscriptions/{subscriptionId}', { params: { path: { subscriptionId }, query: { organizationId } } }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/notifications/subscriptions'] });
    } catch (e) {
      setError(e);
    }
  };
  const add = (
    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setAdding(true)}>
      {t('notifications.addChannel')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('notifications.title')} subtitle={t('notifications.subtitle')} actions={add} />
      <div className="stack">
        <SuccessNote>{ok}</SuccessNote>
        <ErrorNote error={error} />
        <Section title={t('notifications.channels')} id="channels">
          {channels.isPending ? (
            <Loading />
          ) : channels.error ? (
            <ErrorNote error={channels.error} />
          ) : channels.data.channels.length === 0 ? (
            <EmptyState icon={<Bell />} title={t('notifications.noChannels')} hint={t('notifications.noChannelsHint')} action={add} />
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.name')}</th>
                    <th scope="col">{t('notifications.kind')}</th>
                    <th scope="col">{t('notifications.endpoint')}</th>
                    <th scope="col">{t('notifications.locale')}</th>
                    <th scope="col">{t('common.status')}</th>
                    <th scope="col" className="col-actions">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {channels.data.channels.map((c) => (
                    <ChannelRow key={c.channelId} channel={c} organizationId={organizationId} onOutcome={outcome} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
        <div className="grid-2">
          <Section
            title={t('notifications.subscriptions')}
            id="subscriptions"
            actions={
              <Button size="sm" icon={<Plus size={14} aria-hidden="true" />} disabled={!channels.data?.channels.length} onClick={() => setSubscribing(true)}>
                {t('notifications.addSubscription')}
              </Button>
            }
          >
            {subscriptions.data?.subscriptions.length ? (
              <ul className="list">
                {subscriptions.data.subscriptions.map((s) => (
                  <li key={s.subscriptionId} className="list-row list-row-top">
                    <div>
                      <p className="strong">{channelName.get(s.channelId) ?? s.channelId}</p>
                      <div className="badges">
                        {(s.kinds.length ? s.kinds : ['*']).map((k) => (
                          <span key={k} className="chip mono">
                            {k}
                          </span>
                        ))}
                      </div>
                    </div>
                    <span className="list-spacer" />
                    <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => void removeSubscription(s.subscriptionId)} aria-label={`${t('common.delete')}: ${channelName.get(s.channelId) ?? s.channelId}`} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('notifications.noSubscriptions')}</p>
            )}
          </Section>
          <Section title={t('notifications.deliveries')} id="deliveries">
            {deliveries.data?.deliveries.length ? (
              <ul className="list">
                {deliveries.data.deliveries.map((d) => (
                  <li key={d.deliveryId} className="list-row">
                    <StatusBadge status={d.status} />
                    <span className="mono small">{d.kind}</span>
                    <span className="muted small">→ {channelName.get(d.channelId) ?? '—'}</span>
                    <span className="list-spacer" />
                    <span className="muted small">{relativeTime(d.sentAt ?? d.createdAt, now)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('notifications.noDeliveries')}</p>
            )}
          </Section>
        </div>
      </div>
      <AddChannelDialog organizationId={organizationId} open={adding} onOpenChange={setAdding} />
      {subscribing ? <SubscribeDialog organizationId={organizationId} channels={channels.data?.channels.filter((c) => c.enabled) ?? []} open onOpenChange={setSubscribing} /> : null}
    </>
  );
}

export default function Notifications() {
  const { current } = useOrganization();
  if (!current) return <NeedOrganization />;
  return <Page organizationId={current.organizationId} />;
}
