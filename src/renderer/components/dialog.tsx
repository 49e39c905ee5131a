// A modal dialog on the native <dialog> element: focus is trapped and Escape closes it, for free.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Footer buttons. */
  actions?: ReactNode;
  wide?: boolean;
  description?: string;
}

export function Dialog({ title, open, onClose, children, actions, wide, description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable element, which is the Close button; start in the content
      // instead (its first field, or else its first button), as people expect.
      const first =
        dialog.querySelector<HTMLElement>(
          '.dialog-body :is(input, select, textarea, button):not([disabled])',
        ) ?? dialog.querySelector<HTMLElement>('.dialog-footer button');
      first?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {description && (
            <p id={descId} className="dialog-description">
              {description}
            </p>
          )}
          <div className="dialog-body">{children}</div>
          {actions && <footer className="dialog-footer">{actions}</footer>}
        </>
      )}
    </dialog>
  );
}

export interface ConfirmProps {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  open,
  onConfirm,
  onCancel,
}: ConfirmProps) {
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}

/**
 * A form dialog's footer: Cancel, and the submit button of the form `formId` (the footer sits outside the
 * form, so the button names it). `busy` disables the submit while a save runs.
 */
export function FormActions({
  formId,
  submitLabel,
  busy,
  onCancel,
}: {
  formId: string;
  submitLabel: ReactNode;
  busy?: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" form={formId} className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </>
  );
}
