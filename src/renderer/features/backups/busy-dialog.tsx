import { useEffect, useId, useRef } from 'react';

/**
 * Progress of a long job that cannot be stopped half-way (it is one transaction): a modal with no close
 * button, Escape does nothing, and it says what happens if the window is closed.
 */
export function BusyDialog({
  title,
  message,
  fraction,
}: {
  title: string;
  message: string;
  fraction: number | null;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={(e) => e.preventDefault()}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="dialog-body busy" role="status" aria-live="polite">
        <p>{fraction === null ? message : `${message} ${Math.floor(fraction * 100)}%`}</p>
        {fraction === null ? (
          <progress aria-label={title} />
        ) : (
          <progress aria-label={title} max={1} value={fraction} />
        )}
        <p className="field-hint">
          Nothing is changed until the whole file has been checked, and then everything is written at once: if
          the window is closed part-way, your earlier data stays as it was.
        </p>
      </div>
    </dialog>
  );
}
