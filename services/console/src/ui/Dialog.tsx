// Dialogs on Radix primitives: focus trapped and restored, Escape closes,
// labelled by their title and described by their description.
import { AlertDialog, Dialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export function Modal(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog ${props.wide ? 'dialog-wide' : ''}`} aria-describedby={props.description ? undefined : undefined}>
          <Dialog.Title className="dialog-title">{props.title}</Dialog.Title>
          {props.description ? <Dialog.Description className="dialog-description">{props.description}</Dialog.Description> : <Dialog.Description className="sr-only">{props.title}</Dialog.Description>}
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Footer row of a dialog's form: cancel on the left of the main action. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog-actions">{children}</div>;
}

export function CancelButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="ghost" onClick={onClick}>
      {t('common.cancel')}
    </Button>
  );
}

/** An irreversible action, confirmed in an alert dialog. */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  busy?: boolean;
  /** The action waits (e.g. for the list of what it affects). */
  confirmDisabled?: boolean;
  danger?: boolean;
  wide?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className={`dialog ${props.wide ? 'dialog-wide' : ''}`}>
          <AlertDialog.Title className="dialog-title">{props.title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{props.description}</AlertDialog.Description>
          {props.children}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <Button variant="ghost">{t('common.cancel')}</Button>
            </AlertDialog.Cancel>
            <Button variant={props.danger ? 'danger' : 'primary'} busy={props.busy} disabled={props.confirmDisabled} onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
