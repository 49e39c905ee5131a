// The Backups page (File > Back up, File > Restore): back up everything to a file, restore one, automatic
// backups, visit packs for another laptop, and removing a person's data.
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AutoBackupInfo } from '../../../ipc/backup-files';
import type { Choice } from '../../../data/backup/merge';
import { useStore } from '../../app/db-context';
import { Dialog } from '../../components/dialog';
import { PageHeader } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { pickBackupFile } from '../trust/restore-backup';
import type { Progress } from './backup-client';
import type { PlanSummary } from './backup-protocol';
import { BackUpDialog } from './back-up-dialog';
import { AutomaticBackupsCard } from './automatic-card';
import { makeAutomaticBackup } from './automatic';
import { BusyDialog } from './busy-dialog';
import { ExportPackDialog } from './export-pack-dialog';
import { FileSummaryFacts, formatMoment, plural } from './file-summary';
import { ImportPackDialog } from './import-pack-dialog';
import { RemovePersonCard } from './remove-person-card';
import { useFileOpener, type OpenedFile } from './use-file-opener';
import './backups.css';

interface Busy {
  title: string;
  message: string;
  fraction: number | null;
}

export default function BackupsPage() {
  const store = useStore();
  const toasts = useToasts();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'pack' | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [restoring, setRestoring] = useState<OpenedFile | null>(null);
  const [review, setReview] = useState<{ opened: OpenedFile; plan: PlanSummary } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const restoreOpener = useFileOpener('cannot be restored');
  const packOpener = useFileOpener('cannot be imported');

  const progress = (title: string) => (p: Progress) =>
    setBusy({ title, message: p.message, fraction: p.fraction });

  /** Saves the current data as an automatic backup before it is replaced or merged into: the way back. */
  const safetyBackup = async (title: string) => {
    setBusy({ title, message: 'Saving your current data first, as an automatic backup…', fraction: null });
    const { backups } = await store.config.load();
    try {
      await makeAutomaticBackup('safety', backups.keep);
    } catch (error) {
      throw new Error(
        `Your current data could not be saved first, so nothing was changed: ${(error as Error).message}`,
      );
    }
  };

  const reviewPack = async (opened: OpenedFile) => {
    try {
      const plan = await opened.job.run({ op: 'plan' }, progress('Importing a visit pack'));
      setReview({ opened, plan });
    } catch (error) {
      opened.job.dispose();
      toasts.error(error, `"${opened.fileName}" cannot be imported`);
    } finally {
      setBusy(null);
    }
  };

  const openForRestore = useCallback(
    async (load: () => Promise<{ name: string; bytes: Uint8Array } | null>) => {
      try {
        const file = await load();
        if (!file) return;
        setBusy({ title: 'Opening a backup', message: `Checking ${file.name}…`, fraction: null });
        const opened = await restoreOpener.open(file, progress('Opening a backup'));
        setBusy(null);
        if (!opened) return;
        if (opened.summary.kind === 'pack') {
          toasts.show({
            kind: 'info',
            message: `“${file.name}” is a visit pack: it is merged with your data, not restored over it.`,
          });
          await reviewPack(opened);
          return;
        }
        setRestoring(opened);
      } catch (error) {
        setBusy(null);
        toasts.error(error);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the helpers only set state
    [restoreOpener.open, toasts],
  );

  const restoreFromFile = useCallback(() => openForRestore(() => pickBackupFile()), [openForRestore]);
  const restoreAutomatic = (b: AutoBackupInfo) =>
    void openForRestore(async () => ({
      name: `the backup of ${formatMoment(b.createdAt)}`,
      bytes: await platform.readBackup(b.name),
    }));

  const confirmRestore = async () => {
    const opened = restoring;
    if (!opened) return;
    setRestoring(null);
    try {
      await safetyBackup('Restoring a backup');
      await opened.job.run({ op: 'restore' }, progress('Restoring a backup'));
      toasts.show({
        kind: 'success',
        message: `Restored ${opened.fileName}. Your earlier data is kept under Automatic backups.`,
      });
    } catch (error) {
      toasts.error(error, `"${opened.fileName}" was not restored`);
      setRefresh((n) => n + 1);
    } finally {
      opened.job.dispose();
      setBusy(null);
    }
  };

  const importPack = async () => {
    try {
      const file = await pickBackupFile('Import a visit pack');
      if (!file) return;
      setBusy({ title: 'Importing a visit pack', message: `Checking ${file.name}…`, fraction: null });
      const opened = await packOpener.open(file, progress('Importing a visit pack'));
      if (!opened) {
        setBusy(null);
        return;
      }
      if (opened.summary.kind !== 'pack') {
        setBusy(null);
        setRestoring(opened);
        toasts.show({
          kind: 'info',
          message: `“${file.name}” is a whole backup, not a visit pack: restoring it replaces everything on this laptop.`,
        });
        return;
      }
      await reviewPack(opened);
    } catch (error) {
      setBusy(null);
      toasts.error(error);
    }
  };

  const applyPack = async (choices: Record<string, Choice>) => {
    if (!review) return;
    const { opened } = review;
    setReview(null);
    try {
      await safetyBackup('Importing a visit pack');
      const result = await opened.job.run({ op: 'merge', choices }, progress('Importing a visit pack'));
      const t = result.totals;
      const settled = result.resolved.mine + result.resolved.theirs;
      toasts.show({
        kind: 'success',
        message: `Imported ${opened.fileName}: ${plural(t.added, 'record')} added, ${plural(t.updated, 'record')} updated${settled ? `, ${plural(settled, 'conflict')} settled` : ''}.`,
      });
    } catch (error) {
      toasts.error(error, `"${opened.fileName}" was not imported`);
    } finally {
      opened.job.dispose();
      setBusy(null);
      setRefresh((n) => n + 1);
    }
  };

  // Native menu: File > Back up… and File > Restore… arrive as ?do=back-up / ?do=restore. The back-up
  // dialog is open while the address says so; a restore starts by choosing the file.
  const command = params.get('do');
  const backingUp = command === 'back-up';
  const setBackingUp = (open: boolean) => setParams(open ? { do: 'back-up' } : {}, { replace: !open });
  useEffect(() => {
    if (command !== 'restore') return;
    setParams({}, { replace: true });
    // Starts with the file picker: state changes only once the user has chosen a file.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void restoreFromFile();
  }, [command, setParams, restoreFromFile]);

  return (
    <>
      <PageHeader
        title="Backups"
        description="Everything on this laptop in one file. Nothing leaves this laptop unless you save it somewhere."
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => setBackingUp(true)}>
              Back up…
            </button>
            <button type="button" className="button" onClick={() => void restoreFromFile()}>
              Restore from a backup…
            </button>
          </>
        }
      />
      <AutomaticBackupsCard onRestore={restoreAutomatic} refreshKey={refresh} />
      <section className="card" aria-labelledby="packs-heading">
        <h2 id="packs-heading">Visit packs</h2>
        <p className="muted">
          Take chosen settings to another laptop (for a visit with no network, or to share the work), then
          bring the changes back. Records changed on only one laptop are merged; where both changed the same
          record, you choose. Importing the same pack twice changes nothing.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setDialog('pack')}>
            Export a pack…
          </button>
          <button type="button" className="button" onClick={() => void importPack()}>
            Import a pack…
          </button>
        </div>
      </section>
      <RemovePersonCard />

      {backingUp && <BackUpDialog onClose={() => setBackingUp(false)} />}
      {dialog === 'pack' && <ExportPackDialog onClose={() => setDialog(null)} />}
      {restoring && (
        <RestoreConfirmDialog
          opened={restoring}
          onConfirm={() => void confirmRestore()}
          onCancel={() => {
            restoring.job.dispose();
            setRestoring(null);
          }}
        />
      )}
      {review && (
        <ImportPackDialog
          fileName={review.opened.fileName}
          summary={review.opened.summary}
          plan={review.plan}
          onImport={(choices) => void applyPack(choices)}
          onCancel={() => {
            review.opened.job.dispose();
            setReview(null);
          }}
        />
      )}
      {busy && <BusyDialog title={busy.title} message={busy.message} fraction={busy.fraction} />}
      {restoreOpener.dialog}
      {packOpener.dialog}
    </>
  );
}

/** The last word before a restore: what the file holds, and that the current data is saved first. */
function RestoreConfirmDialog({
  opened,
  onConfirm,
  onCancel,
}: {
  opened: OpenedFile;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      title="Replace everything with this backup?"
      open
      wide
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            Replace my data with this backup
          </button>
        </>
      }
    >
      <p>
        Restoring “{opened.fileName}” replaces everything on this laptop with what the backup holds. Your
        current data is saved first as an automatic backup, so you can go back.
      </p>
      <FileSummaryFacts summary={opened.summary} />
    </Dialog>
  );
}
