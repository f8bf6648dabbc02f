// One resource's history from the audit trail (an account, a secret): its
// entries newest first, from the same search as the audit page filtered by
// resource kind and id. Accounts and secrets belong to no organization in the
// trail, so the search runs without one, which the API allows platform
// administrators only; anyone else is told so instead of shown an error.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorNote, Loading } from '../../ui/bits';
import { EntriesTable } from './EntriesTable';
import { LoadMore } from './LoadMore';
import { useAuditPages } from './trail';

export function Timeline({ resourceKind, resourceId, name }: { resourceKind: 'account' | 'secret'; resourceId: string; name: string }) {
  const { t } = useTranslation();
  const pages = useAuditPages({ resourceKind, resourceId }, { pageSize: 20 });
  if (pages.isPending) return <Loading />;
  if (pages.error) {
    const status = (pages.error as { status?: number }).status;
    if (status === 403) return <p className="muted">{t('audit.timelineForbidden')}</p>;
    return <ErrorNote error={pages.error} />;
  }
  const entries = pages.data.pages.flatMap((page) => page.entries);
  const query = new URLSearchParams({ scope: 'all', resourceKind, resourceId }).toString();
  return (
    <>
      <p className="field-hint">{t('audit.timelineHint', { kind: t(`auditKind.${resourceKind}`).toLowerCase() })}</p>
      {entries.length === 0 ? (
        <EmptyState title={t('audit.timelineEmpty')} />
      ) : (
        <EntriesTable entries={entries} label={t('audit.timelineOf', { name })} showResource={false} />
      )}
      <LoadMore pages={pages}>
        <Link to={`/audit?${query}`}>{t('audit.openInAudit')}</Link>
      </LoadMore>
    </>
  );
}
