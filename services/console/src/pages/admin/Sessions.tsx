// Sessions (one per sign-in): the device parsed from its User-Agent, the
// address and time of last use, and "sign out this session". Your own, or (an
// administrator, with userId) anyone's.
import { useQueryClient } from '@tanstack/react-query';
import { LogOut, Monitor } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, api, call, type Schemas } from '../../api/client';
import { relativeTime, useNow } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { Badge, EmptyState, ErrorNote, Loading } from '../../ui/bits';

type Session = Schemas['SessionInfo'];

function deviceText(s: Session, unknown: string): string {
  const d = s.device;
  const browser = [d.browser, d.browserVersion.split('.')[0]].filter(Boolean).join(' ');
  const os = [d.os, d.osVersion].filter(Boolean).join(' ');
  return [browser, os].filter(Boolean).join(' · ') || s.userAgent.slice(0, 60) || unknown;
}

function useSessions(userId: string | undefined) {
  const own = $api.useQuery('get', '/api/v1/users/me/sessions', { params: { query: { limit: 100 } } }, { enabled: !userId, refetchInterval: 30_000 });
  const other = $api.useQuery('get', '/api/v1/users/{id}/sessions', { params: { path: { id: userId ?? '' }, query: { limit: 100 } } }, { enabled: Boolean(userId) });
  return userId ? other : own;
}

export function Sessions({ userId }: { userId?: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Session | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const sessions = useSessions(userId);
  const revoke = async (s: Session) => {
    setBusy(true);
    setError(null);
    try {
      if (userId) await call(api.DELETE('/api/v1/users/{id}/sessions/{sessionId}', { params: { path: { id: userId, sessionId: s.sessionId } } }));
      else await call(api.DELETE('/api/v1/users/me/sessions/{sessionId}', { params: { path: { sessionId: s.sessionId } } }));
      setTarget(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['get', userId ? '/api/v1/users/{id}/sessions' : '/api/v1/users/me/sessions'] });
    }
  };
  if (sessions.isPending) return <Loading />;
  if (sessions.error) return <ErrorNote error={sessions.error} />;
  const list = sessions.data.sessions.filter((s) => s.status === 'active');
  return (
    <>
      {list.length === 0 ? (
        <EmptyState icon={<Monitor />} title={t('sessions.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('sessions.device')}</th>
                <th scope="col">{t('sessions.address')}</th>
                <th scope="col">{t('sessions.lastUsed')}</th>
                <th scope="col">{t('sessions.method')}</th>
                <th scope="col" className="col-actions">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.sessionId}>
                  <td>
                    <span className="strong">{deviceText(s, t('sessions.unknownDevice'))}</span>
                    {s.current ? (
                      <>
                        {' '}
                        <Badge tone="blue">{t('sessions.current')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="mono small">{s.ipAddress || s.signInIpAddress || '—'}</td>
                  <td className="muted" title={s.lastUsedAt}>
                    {relativeTime(s.lastUsedAt ?? s.createdAt, now)}
                  </td>
                  <td className="muted">{s.method || '—'}</td>
                  <td className="col-actions">
                    {s.current ? null : (
                      <Button size="sm" variant="ghost" icon={<LogOut size={14} aria-hidden="true" />} onClick={() => setTarget(s)} aria-label={`${t('sessions.signOut')}: ${deviceText(s, t('sessions.unknownDevice'))}`}>
                        {t('sessions.signOut')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorNote error={error} />
      <ConfirmDialog
        open={target !== null}
        onOpenChange={(o) => !o && setTarget(null)}
        title={t('sessions.signOutTitle')}
        description={t('sessions.signOutText')}
        confirmLabel={t('sessions.signOut')}
        danger
        busy={busy}
        onConfirm={() => target && void revoke(target)}
      />
    </>
  );
}
