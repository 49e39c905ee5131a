// Automatic backups: once a day (the first time the app is open that day) and when the app closes, if
// anything changed, to the app's own backups folder, keeping the newest N (config.backups). Mounted once,
// in the app shell; the work runs in the backup worker.
import { useEffect } from 'react';
import Dexie from 'dexie';
import { isoDateOf } from '../../../core/dates';
import {
  autoBackupName,
  dailyBackupDue,
  type AutoBackupInfo,
  type AutoBackupReason,
} from '../../../ipc/backup-files';
import { useStore } from '../../app/db-context';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { BackupJob } from './backup-client';

export const REASON_LABELS: Record<AutoBackupReason, string> = {
  daily: 'Daily',
  quit: 'When Oversight closed',
  manual: 'Made by hand',
  safety: 'Before a restore or import',
};

/** How long after start-up the daily check runs, so opening the app stays quick. */
export const DAILY_CHECK_DELAY_MS = 20_000;
const DAILY_CHECK_EVERY_MS = 30 * 60_000;
const BROWSER_QUIT_SPACING_MS = 10 * 60_000;

/** Fired on window whenever an automatic backup has been written, so a list on screen can refresh. */
export const BACKUPS_CHANGED = 'oversight:backups-changed';

/** Makes a whole-store backup in the worker and keeps it in the backups folder. */
export async function makeAutomaticBackup(
  reason: AutoBackupReason,
  keep: number,
  now: Date = new Date(),
): Promise<AutoBackupInfo[]> {
  const job = new BackupJob();
  try {
    const { version } = await platform.appInfo();
    const bytes = await job.run({
      op: 'backup',
      meta: {
        createdAt: now.toISOString(),
        appVersion: version,
        kind: 'backup',
        description: `Automatic backup: ${REASON_LABELS[reason].toLowerCase()}`,
      },
    });
    const list = await platform.writeBackup({ name: autoBackupName(now, reason), bytes, keep });
    window.dispatchEvent(new Event(BACKUPS_CHANGED));
    return list;
  } finally {
    job.dispose();
  }
}

export function AutoBackups() {
  const store = useStore();
  const toasts = useToasts();
  useEffect(() => {
    let changed = false;
    let lastMade = 0;
    let running: Promise<unknown> | null = null;
    const onChange = () => {
      changed = true;
    };
    Dexie.on('storagemutated', onChange);
    const run = (reason: AutoBackupReason) => {
      running ??= (async () => {
        const { backups } = await store.config.load();
        if ((reason === 'daily' && !backups.daily) || (reason === 'quit' && !backups.onQuit)) return;
        if (reason === 'quit' && !changed) return;
        // A browser tab "closes" each time it is hidden: there, at most one such backup every ten minutes.
        if (
          reason === 'quit' &&
          Date.now() - lastMade < BROWSER_QUIT_SPACING_MS &&
          (await platform.appInfo()).shell === 'browser'
        )
          return;
        if (
          reason === 'daily' &&
          !dailyBackupDue(await platform.listBackups(), isoDateOf(new Date()), (iso) =>
            isoDateOf(new Date(iso)),
          )
        )
          return;
        changed = false;
        await makeAutomaticBackup(reason, backups.keep);
        lastMade = Date.now();
      })().finally(() => {
        running = null;
      });
      return running;
    };
    const daily = () => {
      run('daily').catch((error: unknown) =>
        toasts.error(error, 'Today’s automatic backup could not be made'),
      );
    };
    const first = window.setTimeout(daily, DAILY_CHECK_DELAY_MS);
    const every = window.setInterval(daily, DAILY_CHECK_EVERY_MS);
    const stopQuit = platform.onQuitRequested(async () => {
      try {
        await running;
        await run('quit');
      } catch (error) {
        console.warn('The on-close backup could not be made', error);
      }
    });
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
      stopQuit();
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [store, toasts]);
  return null;
}
