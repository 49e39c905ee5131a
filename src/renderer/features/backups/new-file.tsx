// Making a new .oversight file, a backup or a visit pack: the optional passphrase, the job in its own
// worker, the save dialog, and progress meanwhile. The two dialogs differ only in what goes in the file.
import { useState, type ReactNode } from 'react';
import type { BackupMeta } from '../../../data/backup/format';
import { useStore } from '../../app/db-context';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { BackupJob, type Progress } from './backup-client';
import { NO_PASSPHRASE, NewPassphraseFields, newPassphraseErrors, type NewPassphrase } from './passphrase';

export const BACKUP_SAVE_FILTERS = [{ name: 'Oversight backup', extensions: ['oversight'] }];

/** A file name from free text: no path separators or characters Windows refuses. */
export function safeFileStem(text: string): string {
  const visible = Array.from(text, (c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join(
    '',
  );
  return visible.replace(/\s+/g, ' ').trim().slice(0, 120) || 'Oversight';
}

/** What the file is made from, known once the save starts. */
export interface NewFileContext {
  trustName: string;
  appVersion: string;
  now: Date;
}

export interface NewFilePlan {
  /** The worker's request; the passphrase, if one was chosen, is added to it. */
  request: { op: 'backup'; meta: BackupMeta } | { op: 'pack'; settingIds: string[]; meta: BackupMeta };
  /** The suggested file name, before `.oversight` (made safe for any file system). */
  stem: string;
  /** Shown while the save dialog is open; without it the job's last message stays. */
  saving?: string;
  /** The message once saved, given where when the platform says. */
  saved: (path: string | undefined) => string;
}

export function useNewFile({ failure, onClose }: { failure: string; onClose: () => void }) {
  const store = useStore();
  const toasts = useToasts();
  const [secret, setSecret] = useState<NewPassphrase>(NO_PASSPHRASE);
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const errors = tried ? newPassphraseErrors(secret) : {};

  /** Makes the file `plan` describes and offers it for saving, once `ready` and the passphrase is usable. */
  const save = async (ready: boolean, plan: (context: NewFileContext) => NewFilePlan) => {
    setTried(true);
    if (!ready || Object.keys(newPassphraseErrors(secret)).length > 0) return;
    const job = new BackupJob();
    try {
      setProgress({ message: 'Starting…', fraction: null });
      const [trust, info] = await Promise.all([store.trust.get(), platform.appInfo()]);
      const { request, stem, saving, saved } = plan({
        trustName: trust?.name ?? 'Oversight',
        appVersion: info.version,
        now: new Date(),
      });
      const bytes = await job.run<'backup' | 'pack'>(
        { ...request, ...(secret.enabled ? { passphrase: secret.passphrase } : {}) },
        setProgress,
      );
      if (saving) setProgress({ message: saving, fraction: null });
      const result = await platform.saveFile({
        suggestedName: `${safeFileStem(stem)}.oversight`,
        filters: BACKUP_SAVE_FILTERS,
        bytes,
      });
      if (result.saved) {
        toasts.show({ kind: 'success', message: saved(result.path) });
        onClose();
      }
    } catch (error) {
      toasts.error(error, failure);
    } finally {
      job.dispose();
      setProgress(null);
    }
  };

  return { secret, setSecret, errors, progress, save };
}

/** The dialog around it: what goes in the file (`children`), the passphrase, progress, Cancel and save. */
export function NewFileDialog({
  title,
  wide,
  saveLabel,
  progressLabel,
  what,
  file,
  onSave,
  onClose,
  children,
}: {
  title: string;
  wide?: boolean;
  saveLabel: string;
  progressLabel: string;
  /** The file, in the passphrase's hint: "backup", "pack". */
  what: string;
  file: ReturnType<typeof useNewFile>;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const busy = file.progress !== null;
  return (
    <Dialog
      title={title}
      open
      wide={wide}
      onClose={busy ? () => undefined : onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={onSave} disabled={busy}>
            {saveLabel}
          </button>
        </>
      }
    >
      {children}
      <NewPassphraseFields value={file.secret} onChange={file.setSecret} errors={file.errors} what={what} />
      {file.progress && (
        <div role="status" aria-live="polite" className="busy">
          <p>{file.progress.message}</p>
          <progress aria-label={progressLabel} />
        </div>
      )}
    </Dialog>
  );
}
