// The confirmation before a change that others depend on (disconnecting an account, deleting a secret or
// a group, a secret's new value or rollback): it loads the impact and lists it, with the action held
// back while the list loads. When the list cannot be had (a 403 for someone who may not see it, an
// outage) the dialog says so and still lets the user go ahead: they asked for the action, and the API
// decides whether they may take it; the impact view only informs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/Dialog';
import { Section } from '../../ui/bits';
import { useImpact, type ImpactQuery } from './impact';
import { ImpactList } from './ImpactList';
import type { ImpactKind } from './rows';

/** The affected objects inside a dialog: a heading, then the list (or why there is none). */
export function ImpactSummary({ kind, impact }: { kind: ImpactKind; impact: ImpactQuery }) {
  const { t } = useTranslation();
  return (
    <div className="impact-confirm" role="region" aria-label={t('impact.affected')}>
      <h3 className="dialog-subtitle">{t('impact.affected')}</h3>
      {impact.error ? <p className="note note-warning">{t('impact.unavailable')}</p> : null}
      <ImpactList kind={kind} impact={impact} compact />
    </div>
  );
}

/** While the list loads the action waits; once it has loaded, or failed to, the action is allowed. */
export const impactHolds = (impact: ImpactQuery) => impact.isPending && impact.fetchStatus !== 'idle';

export function ImpactConfirm(props: {
  kind: ImpactKind;
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
  children?: ReactNode;
}) {
  const impact = useImpact(props.kind, props.id, props.open);
  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.description}
      confirmLabel={props.confirmLabel}
      onConfirm={props.onConfirm}
      busy={props.busy}
      confirmDisabled={impactHolds(impact)}
      danger={props.danger}
      wide
    >
      <ImpactSummary kind={props.kind} impact={impact} />
      {props.children}
    </ConfirmDialog>
  );
}

/** The panel on a page: what depends on this object now. */
export function ImpactPanel({ kind, id }: { kind: ImpactKind; id: string }) {
  const { t } = useTranslation();
  const impact = useImpact(kind, id);
  return (
    <Section title={t('impact.title')} id={`${kind}-impact`}>
      <p className="field-hint">{t('impact.hint', { kind: t(`impact.kind.${kind}`) })}</p>
      <ImpactList kind={kind} impact={impact} />
    </Section>
  );
}
