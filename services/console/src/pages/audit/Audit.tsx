// The audit page: the trail of the organization chosen in the header (or, for
// administrators, of every organization), filtered by actor, resource, action,
// outcome and time range. The filters live in the URL query (ids, kinds and
// times only), so a search can be reloaded and shared; pages load by keyset
// ("Load more"); the same search exports as JSON Lines or CSV.
import { Download, ScrollText } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOrganization } from '../../auth/organization';
import { Button } from '../../ui/Button';
import { EmptyState, ErrorNote, Loading, PageHeader, Section, SuccessNote } from '../../ui/bits';
import { SelectField, TextField } from '../../ui/Field';
import { en } from '../../i18n/en';
import { EntriesTable } from './EntriesTable';
import { LoadMore } from './LoadMore';
import { RESOURCE_KINDS, saveExport, useAuditPages, type AuditFilters, type ExportFormat } from './trail';

/** The URL query keys of the filters (the API's names, times as the form's local date-times). */
const KEYS = ['actorId', 'resourceKind', 'resourceId', 'action', 'outcome', 'from', 'to'] as const;
type Draft = Record<(typeof KEYS)[number], string>;
const ACTIONS = Object.keys(en.auditAction);

/** `?pageSize=` (1 to 200) sets the page size, for a link that wants more or fewer rows at a time; else 50. */
const pageSizeOf = (value: string | null) => {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= 200 ? size : 50;
};
const toIso = (local: string) => (local && !Number.isNaN(Date.parse(local)) ? new Date(local).toISOString() : undefined);

function Filters({ initial, onApply }: { initial: Draft; onApply: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty = Object.fromEntries(KEYS.map((key) => [key, ''])) as Draft;
    setDraft(empty);
    onApply(empty);
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label={t('audit.filters')}>
      <TextField label={t('audit.actor')} hint={t('audit.actorHint')} value={draft.actorId} onChange={set('actorId')} autoComplete="off" />
      <SelectField label={t('audit.resourceKind')} value={draft.resourceKind} onChange={set('resourceKind')}>
        <option value="">{t('audit.anyKind')}</option>
        {RESOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>{t(`auditKind.${kind}`)}</option>
        ))}
      </SelectField>
      <TextField label={t('audit.resourceId')} value={draft.resourceId} onChange={set('resourceId')} autoComplete="off" />
      <SelectField label={t('audit.action')} value={draft.action} onChange={set('action')}>
        <option value="">{t('audit.anyAction')}</option>
        {ACTIONS.map((action) => (
          <option key={action} value={action}>{t(`auditAction.${action}`)}</option>
        ))}
      </SelectField>
      <SelectField label={t('audit.outcome')} value={draft.outcome} onChange={set('outcome')}>
        <option value="">{t('audit.anyOutcome')}</option>
        <option value="success">{t('audit.success')}</option>
        <option value="failure">{t('audit.failure')}</option>
      </SelectField>
      <TextField label={t('audit.from')} type="datetime-local" step={1} value={draft.from} onChange={set('from')} />
      <TextField label={t('audit.to')} type="datetime-local" step={1} value={draft.to} onChange={set('to')} />
      <div className="audit-filter-actions">
        <Button type="submit" variant="primary">{t('audit.apply')}</Button>
        <Button variant="ghost" onClick={clear}>{t('audit.clear')}</Button>
      </div>
    </form>
  );
}

export default function Audit() {
  const { t } = useTranslation();
  const { isAdmin, current } = useOrganization();
  const [search, setSearch] = useSearchParams();
  const draft = useMemo(() => Object.fromEntries(KEYS.map((key) => [key, search.get(key) ?? ''])) as Draft, [search]);
  // Administrators may look at every organization's entries (and those outside any); members at their organization's.
  const all = isAdmin && (search.get('scope') === 'all' || !current);
  const filters: AuditFilters = {
    organizationId: all ? undefined : current?.organizationId,
    actorId: draft.actorId,
    resourceKind: draft.resourceKind,
    resourceId: draft.resourceId,
    action: draft.action,
    outcome: draft.outcome === 'success' || draft.outcome === 'failure' ? draft.outcome : undefined,
    from: toIso(draft.from),
    to: toIso(draft.to),
  };
  const enabled = all || Boolean(current);
  const pages = useAuditPages(filters, { enabled, pageSize: pageSizeOf(search.get('pageSize')) });
  const entries = pages.data?.pages.flatMap((page) => page.entries) ?? [];
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);

  const apply = (next: Draft) => {
    const params = new URLSearchParams();
    for (const kept of ['scope', 'pageSize']) if (search.get(kept)) params.set(kept, search.get(kept)!);
    for (const key of KEYS) if (next[key]) params.set(key, next[key]);
    setSearch(params);
  };
  const setScope = (value: string) => {
    const params = new URLSearchParams(search);
    if (value === 'all') params.set('scope', 'all');
    else params.delete('scope');
    setSearch(params);
  };
  const exportAs = async (format: ExportFormat) => {
    setExporting(format);
    setExported(null);
    setExportError(null);
    try {
      setExported(t('audit.exported', { file: await saveExport(filters, format) }));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <>
            <Button icon={<Download size={16} aria-hidden="true" />} busy={exporting === 'jsonl'} disabled={!enabled} onClick={() => void exportAs('jsonl')}>
              {t('audit.exportJsonl')}
            </Button>
            <Button icon={<Download size={16} aria-hidden="true" />} busy={exporting === 'csv'} disabled={!enabled} onClick={() => void exportAs('csv')}>
              {t('audit.exportCsv')}
            </Button>
          </>
        }
      />
      <div className="stack">
        <SuccessNote>{exported}</SuccessNote>
        <ErrorNote error={exportError} />
        <Section title={t('audit.filters')} id="audit-filters">
          {isAdmin ? (
            <div className="audit-scope">
              <SelectField label={t('audit.scope')} value={all ? 'all' : 'organization'} onChange={(event) => setScope(event.target.value)} hint={t('audit.adminOnly')}>
                {current ? <option value="organization">{t('audit.thisOrganization', { name: current.organizationName })}</option> : null}
                <option value="all">{t('audit.allOrganizations')}</option>
              </SelectField>
            </div>
          ) : null}
          {/* A new URL (back, a shared link) starts the form from it. */}
          <Filters key={search.toString()} initial={draft} onApply={apply} />
        </Section>
        <Section title={t('audit.entries')} id="audit-entries">
          {!enabled ? (
            <EmptyState icon={<ScrollText size={20} />} title={t('audit.needOrg')} />
          ) : pages.isPending ? (
            <Loading />
          ) : pages.error ? (
            <ErrorNote error={pages.error} />
          ) : entries.length === 0 ? (
            <EmptyState icon={<ScrollText size={20} />} title={t('audit.empty')} hint={t('audit.emptyHint')} />
          ) : (
            <>
              <EntriesTable entries={entries} label={t('audit.entries')} />
              <LoadMore pages={pages}>
                <span className="muted small" role="status">
                  {t('audit.shown', { count: entries.length })}
                  {pages.hasNextPage ? ` · ${t('audit.more')}` : ''}
                </span>
              </LoadMore>
            </>
          )}
        </Section>
      </div>
    </>
  );
}
