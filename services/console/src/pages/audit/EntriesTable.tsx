// The trail's entries as a table: time, actor, the action in plain words, the
// resource (linked where the console has its page), the outcome and the trace
// id: a link to its trace in Jaeger (new tab) when the gateway names a Jaeger
// UI (KW_JAEGER_UI_URL), copyable either way.
import { Check, Copy, ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConsoleSettings } from '../../api/settings';
import { useOrganization } from '../../auth/organization';
import { preciseTime } from '../../lib/format';
import { traceHref } from '../../lib/trace';
import { Badge } from '../../ui/bits';
import { Button } from '../../ui/Button';
import { resourceHref, type AuditEntry } from './trail';

export function ActionText({ action }: { action: string }) {
  const { t } = useTranslation();
  // An event type this console does not know yet reads as its own name.
  return <>{t(`auditAction.${action}`, { defaultValue: action })}</>;
}

export function KindText({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <>{t(`auditKind.${kind}`, { defaultValue: kind })}</>;
}

function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { me } = useOrganization();
  const self = entry.actorKind === 'user' && entry.actorId === me.user.userId;
  return (
    <span className="audit-actor">
      <span className="chip">{t(`audit.actorKind.${entry.actorKind}`, { defaultValue: entry.actorKind })}</span>{' '}
      {self ? <span className="strong">{t('audit.you')}</span> : <span className="mono small" title={entry.actorId}>{short(entry.actorId)}</span>}
    </span>
  );
}

function Resource({ entry }: { entry: AuditEntry }) {
  const href = resourceHref(entry);
  const label = entry.resourceName || short(entry.resourceId);
  return (
    <span className="audit-resource">
      <span className="muted small">
        <KindText kind={entry.resourceKind} />
      </span>{' '}
      {href ? <Link to={href} title={entry.resourceId}>{label}</Link> : <span className={entry.resourceName ? '' : 'mono small'} title={entry.resourceId}>{label}</span>}
    </span>
  );
}

export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  return outcome === 'failure' ? <Badge tone="red">{t('audit.failure')}</Badge> : <Badge tone="green">{t('audit.success')}</Badge>;
}

function Trace({ traceId, jaegerUiUrl }: { traceId: string; jaegerUiUrl: string | null | undefined }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (!traceId) return <span className="muted">{t('audit.noTrace')}</span>;
  const href = traceHref(jaegerUiUrl, traceId);
  const text = <code className="mono small" title={traceId}>{traceId.slice(0, 12)}…</code>;
  return (
    <span className="audit-trace">
      {href ? (
        // The name is the visible text plus where it leads (axe: the visible label is part of the name).
        <a href={href} target="_blank" rel="noopener noreferrer" className="trace-link">
          {text}
          <ExternalLink size={12} aria-hidden="true" />
          <span className="sr-only">{t('audit.inJaeger')}</span>
        </a>
      ) : (
        text
      )}
      <Button
        size="sm"
        variant="ghost"
        aria-label={t('audit.copyTrace', { id: traceId })}
        icon={copied ? <Check size={14} aria-hidden="true" /> : <Copy size={14} aria-hidden="true" />}
        onClick={() => {
          void navigator.clipboard?.writeText(traceId).then(() => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          });
        }}
      />
    </span>
  );
}

const short = (id: string) => (id.length > 20 ? `${id.slice(0, 8)}…` : id);

export function EntriesTable({ entries, label, showResource = true }: { entries: AuditEntry[]; label: string; showResource?: boolean }) {
  const { t } = useTranslation();
  const jaegerUiUrl = useConsoleSettings().data?.jaegerUiUrl;
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.actor')}</th>
            {showResource ? <th scope="col">{t('audit.resource')}</th> : null}
            <th scope="col">{t('audit.outcome')}</th>
            <th scope="col">{t('audit.trace')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.eventId} data-event-id={entry.eventId}>
              <td className="muted nowrap" title={entry.time}>{preciseTime(entry.time)}</td>
              <td className="strong">
                <ActionText action={entry.action} />
              </td>
              <td>
                <Actor entry={entry} />
              </td>
              {showResource ? (
                <td>
                  <Resource entry={entry} />
                </td>
              ) : null}
              <td>
                <OutcomeBadge outcome={entry.outcome} />
              </td>
              <td>
                <Trace traceId={entry.traceId} jaegerUiUrl={jaegerUiUrl} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
