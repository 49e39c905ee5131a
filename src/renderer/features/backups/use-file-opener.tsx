// Opens a backup or pack in the worker, asking for the passphrase when the file is encrypted (again, with
// the reason, when it was wrong). Nothing is written by opening.
import { useCallback, useState, type ReactNode } from 'react';
import { BackupJob, isPassphraseError, type Progress } from './backup-client';
import type { FileSummary } from './backup-protocol';
import { PassphraseDialog } from './passphrase';

export interface OpenedFile {
  job: BackupJob;
  summary: FileSummary;
  fileName: string;
}

interface Ask {
  fileName: string;
  error: string | null;
  resolve: (passphrase: string | null) => void;
}

/** `failure` words the error: '"x.oversight" cannot be restored: …'. */
export function useFileOpener(failure = 'cannot be restored'): {
  open: (
    file: { name: string; bytes: Uint8Array },
    onProgress?: (p: Progress) => void,
  ) => Promise<OpenedFile | null>;
  dialog: ReactNode;
} {
  const [ask, setAsk] = useState<Ask | null>(null);
  const open = useCallback(
    async (
      file: { name: string; bytes: Uint8Array },
      onProgress?: (p: Progress) => void,
    ): Promise<OpenedFile | null> => {
      const job = new BackupJob();
      let passphrase: string | undefined;
      for (;;) {
        try {
          const summary = await job.run({ op: 'open', bytes: file.bytes, passphrase }, onProgress);
          return { job, summary, fileName: file.name };
        } catch (error) {
          if (!isPassphraseError(error)) {
            job.dispose();
            throw new Error(`"${file.name}" ${failure}: ${(error as Error).message}`);
          }
          const typed = await new Promise<string | null>((resolve) =>
            setAsk({
              fileName: file.name,
              error: error.name === 'WrongPassphraseError' ? error.message : null,
              resolve,
            }),
          );
          setAsk(null);
          if (typed === null) {
            job.dispose();
            return null;
          }
          passphrase = typed;
        }
      }
    },
    [failure],
  );
  const dialog = ask ? (
    <PassphraseDialog
      key={`${ask.fileName}-${ask.error ?? ''}`}
      fileName={ask.fileName}
      error={ask.error}
      onSubmit={(p) => ask.resolve(p)}
      onCancel={() => ask.resolve(null)}
    />
  ) : null;
  return { open, dialog };
}
