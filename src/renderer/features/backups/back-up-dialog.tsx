// File > Back up: everything on this laptop in one file the user saves where they choose, optionally
// sealed with a passphrase.
import { useState } from 'react';
import { isoDateOf } from '../../../core/dates';
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

export function BackUpDialog({ onClose }: { onClose: () => void }) {
  const store = useStore();
  const toasts = useToasts();
  const [secret, setSecret] = useState<NewPassphrase>(NO_PASSPHRASE);
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const errors = tried ? newPassphraseErrors(secret) : {};

  const save = async () => {
    setTried(true);
    if (Object.keys(newPassphraseErrors(secret)).length > 0) return;
    const job = new BackupJob();
    try {
      setProgress({ message: 'Starting…', fraction: null });
      const [trust, info] = await Promise.all([store.trust.get(), platform.appInfo()]);
      const now = new Date();
      const bytes = await job.run(
        {
          op: 'backup',
          meta: {
            createdAt: now.toISOString(),
            appVersion: info.version,
            kind: 'backup',
            description: `Backup of ${trust?.name ?? 'Oversight'}`,
          },
          ...(secret.enabled ? { passphrase: secret.passphrase } : {}),
        },
        setProgress,
      );
      setProgress({ message: 'Saving…', fraction: null });
      const result = await platform.saveFile({
        suggestedName: `${safeFileStem(`${trust?.name ?? 'Oversight'} backup ${isoDateOf(now)}`)}.oversight`,
        filters: BACKUP_SAVE_FILTERS,
        bytes,
      });
      if (result.saved) {
        toasts.show({
          kind: 'success',
          message: result.path
            ? `Backup saved to ${result.path}`
            : `Backup saved${secret.enabled ? ', encrypted' : ''}`,
        });
        onClose();
      }
    } catch (error) {
      toasts.error(error, 'The backup was not made');
    } finally {
      job.dispose();
      setProgress(null);
    }
  };

  return (
    <Dialog
      title="Back up everything"
      open
      onClose={progress ? () => undefined : onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={progress !== null}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={progress !== null}
          >
            Save backup
          </button>
        </>
      }
    >
      <p>
        One file with everything on this laptop: the trust, its settings, every policy with its original
        document, reviews, people and roles, staff and training with their certificates, audit visits with
        their evidence, and your preferences. Restore it here or on another laptop.
      </p>
      <p className="field-hint">
        It holds personal data: keep it somewhere safe, and encrypt it if it leaves this laptop.
      </p>
      <NewPassphraseFields value={secret} onChange={setSecret} errors={errors} what="backup" />
      {progress && (
        <div role="status" aria-live="polite" className="busy">
          <p>{progress.message}</p>
          <progress aria-label="Backing up" />
        </div>
      )}
    </Dialog>
  );
}
