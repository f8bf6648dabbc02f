// What depends on an account, a secret or a group, section by section (bindings, GitRepositories,
// secrets, variables with their scope, applications, live deployments with the versions they carry):
// the panel on the account page, a secret's history and a group, and the list in a confirmation.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, EmptyState, ErrorNote, Loading } from '../../ui/bits';
import { ShowAll, useShowAll } from '../../ui/ShowAll';
import type { ImpactQuery } from './impact';
import { statusOf } from './impact';
import { impactCount, impactSections, type ImpactKind, type ImpactRow, type ImpactSection } from './rows';

const STATUS_TONE: Record<string, 'green' | 'amber'> = { running: 'green', active: 'green', deploying: 'amber', stopped: 'amber' };

function Row({ row }: { row: ImpactRow }) {
  const { t } = useTranslation();
  return (
    <li className="impact-row">
      <span className="impact-title">
        {row.href ? <Link to={row.href}>{row.title}</Link> : <span className="strong">{row.title}</span>}
        {row.scope ? <span className="chip">{t(`vars.${row.scope}`, { defaultValue: row.scope })}</span> : null}
        {row.status ? <Badge tone={STATUS_TONE[row.status] ?? 'gray'}>{t(`status.${row.status}`, { defaultValue: row.status })}</Badge> : null}
      </span>
      {row.details.map((detail) => (
        <span key={detail} className="mono small muted">{detail}</span>
      ))}
      {row.generation ? <span className="small muted">{t('impact.generation', { generation: row.generation })}</span> : null}
      {row.drift ? (
        <span className="impact-version small" role="status">
          <Badge tone="red">{t('impact.drift')}</Badge>{' '}
          <span className="muted">{t('impact.driftDetail', { applied: row.drift.applied || '—', live: row.drift.live || '—' })}</span>
        </span>
      ) : null}
      {row.inferred ? <span className="small muted">{t('impact.inferred')}</span> : null}
      {row.versions?.map((v) => (
        <span key={`${v.secretName}/${v.version}`} className="impact-version small">
          <span className="mono">{`${v.secretName} v${v.version}`}</span> <span className="mono muted">{v.fingerprint}</span>{' '}
          {v.current ? <Badge tone="green">{t('impact.current')}</Badge> : <Badge tone="amber">{t('impact.outdated')}</Badge>}
        </span>
      ))}
    </li>
  );
}

function Section({ section, limit }: { section: ImpactSection; limit: number }) {
  const { t } = useTranslation();
  const { visible, hidden, total, showAll } = useShowAll(section.rows, limit);
  const title = t(`impact.section.${section.name}`);
  return (
    <div className="impact-section">
      <h4 className="impact-heading">
        {title} <span className="count">{total}</span>
      </h4>
      <ul className="impact-rows" aria-label={title}>
        {visible.map((row) => (
          <Row key={row.key} row={row} />
        ))}
      </ul>
      <ShowAll hidden={hidden} total={total} onShowAll={showAll} />
    </div>
  );
}

/** The list; `compact` (a confirmation) shows fewer rows of each section before "Show all". */
export function ImpactList({ kind, impact, compact = false }: { kind: ImpactKind; impact: ImpactQuery; compact?: boolean }) {
  const { t } = useTranslation();
  const what = t(`impact.kind.${kind}`);
  if (impact.isPending) return <Loading />;
  if (impact.error) {
    if (statusOf(impact.error) === 403) return <p className="muted" role="status">{t('impact.forbidden', { kind: what })}</p>;
    return <ErrorNote error={impact.error} />;
  }
  const sections = impactSections(impact.data);
  const scope = impact.organizationName ? <p className="field-hint">{t('impact.organizationOnly', { name: impact.organizationName })}</p> : null;
  if (sections.length === 0) {
    return (
      <div className="impact" data-testid="impact">
        {scope}
        <EmptyState title={t('impact.empty', { kind: what })} />
      </div>
    );
  }
  return (
    <div className="impact" data-testid="impact">
      {scope}
      <p className="impact-count strong">{t('impact.count', { count: impactCount(sections) })}</p>
      {sections.map((section) => (
        <Section key={section.name} section={section} limit={compact ? 5 : 10} />
      ))}
    </div>
  );
}
