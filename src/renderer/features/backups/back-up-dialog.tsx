// File > Back up: everything on this laptop in one file the user saves where they choose, optionally
// sealed with a passphrase.
import { isoDateOf } from '../../../core/dates';
import { NewFileDialog, useNewFile } from './new-file';

export function BackUpDialog({ onClose }: { onClose: () => void }) {
  const file = useNewFile({ failure: 'The backup was not made', onClose });
  const save = () =>
    file.save(true, ({ trustName, appVersion, now }) => ({
      request: {
        op: 'backup',
        meta: {
          createdAt: now.toISOString(),
          appVersion,
          kind: 'backup',
          description: `Backup of ${trustName}`,
        },
      },
      stem: `${trustName} backup ${isoDateOf(now)}`,
      saving: 'Saving…',
      saved: (path) =>
        path ? `Backup saved to ${path}` : `Backup saved${file.secret.enabled ? ', encrypted' : ''}`,
    }));

  return (
    <NewFileDialog
      title="Back up everything"
      saveLabel="Save backup"
      progressLabel="Backing up"
      what="backup"
      file={file}
      onSave={() => void save()}
      onClose={onClose}
    >
      <p>
        One file with everything on this laptop: the trust, its settings, every policy with its original
        document, reviews, people and roles, staff and training with their certificates, audit visits with
        their evidence, and your preferences. Restore it here or on another laptop.
      </p>
      <p className="field-hint">
        It holds personal data: keep it somewhere safe, and encrypt it if it leaves this laptop.
      </p>
    </NewFileDialog>
  );
}
