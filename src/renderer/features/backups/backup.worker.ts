// The backup worker: every step that reads or writes the whole store, or a whole file, runs here.
// It opens the same IndexedDB database as the window; Dexie tells the window's live queries of changes.
import {
  decodeBackup,
  encodeBackup,
  type BackupMeta,
  type DecodedBackup,
  type Snapshot,
} from '../../../data/backup/format';
import { applyMerge, planMerge, type MergePlan } from '../../../data/backup/merge';
import { exportPack } from '../../../data/backup/pack';
import { exportSnapshot, restoreSnapshot } from '../../../data/backup/snapshot';
import { OversightDb, TABLE_NAMES, type TableName } from '../../../data/db';
import type { FileSummary, WorkerMessage, WorkerRequest } from './backup-protocol';

let db: OversightDb | null = null;
let opened: DecodedBackup | null = null;
let plan: MergePlan | null = null;

const store = () => (db ??= new OversightDb());

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: WorkerMessage, t: Transferable[]): void }).postMessage(
    message,
    transfer,
  );
}

function summary(decoded: DecodedBackup): FileSummary {
  const { manifest, snapshot } = decoded;
  const counts: Partial<Record<TableName, number>> = {};
  for (const t of TABLE_NAMES) if (snapshot.tables[t]?.length) counts[t] = snapshot.tables[t].length;
  return {
    kind: manifest.kind,
    formatVersion: manifest.formatVersion,
    schemaVersion: manifest.schemaVersion,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    description: manifest.description ?? '',
    encrypted: decoded.encrypted,
    trustName: String(snapshot.tables.trust[0]?.name ?? ''),
    settingNames: snapshot.tables.settings
      .map((s) => String(s.name))
      .sort((a, b) => a.localeCompare(b, 'en-GB')),
    counts,
    fileCount: snapshot.tables.files.length,
    fileBytes: snapshot.tables.files.reduce(
      (n, f) => n + ((f.bytes as Uint8Array | undefined)?.byteLength ?? 0),
      0,
    ),
  };
}

/** Packs a backup or pack (encrypted when a passphrase was chosen) and hands the file over, not a copy. */
async function sendFile(
  id: number,
  snapshot: Snapshot,
  request: { meta: BackupMeta; passphrase?: string },
  progress: (message: string) => void,
): Promise<void> {
  progress(request.passphrase ? 'Packing and encrypting…' : 'Packing…');
  const bytes = await encodeBackup(
    snapshot,
    request.meta,
    request.passphrase ? { passphrase: request.passphrase } : {},
  );
  post({ id, type: 'done', result: bytes }, [bytes.buffer]);
}

async function handle(id: number, request: WorkerRequest): Promise<void> {
  const progress = (message: string, fraction: number | null = null) =>
    post({ id, type: 'progress', message, fraction });
  switch (request.op) {
    case 'backup': {
      progress('Reading everything in the store…');
      const snapshot = await exportSnapshot(store());
      await sendFile(id, snapshot, request, progress);
      return;
    }
    case 'open': {
      progress(request.passphrase ? 'Decrypting and checking every entry…' : 'Checking every entry…');
      opened = null;
      plan = null;
      opened = await decodeBackup(request.bytes, { passphrase: request.passphrase });
      post({ id, type: 'done', result: summary(opened) });
      return;
    }
    case 'restore': {
      if (!opened) throw new Error('Open a backup first');
      if (opened.manifest.kind !== 'backup')
        throw new Error('This is a visit pack: import it to merge it with your data');
      progress('Writing…', 0);
      await restoreSnapshot(store(), opened.snapshot, (done, total) =>
        progress('Writing…', done / Math.max(total, 1)),
      );
      opened = null;
      post({ id, type: 'done', result: null });
      return;
    }
    case 'pack': {
      progress('Gathering the chosen settings…');
      const { snapshot } = await exportPack(store(), request.settingIds as never[]);
      await sendFile(id, snapshot, request, progress);
      return;
    }
    case 'plan': {
      if (!opened) throw new Error('Open a pack first');
      progress('Comparing the pack with your data…');
      plan = await planMerge(store(), opened.snapshot);
      const { conflicts, counts, totals, nameClashes, otherTrust } = plan;
      post({ id, type: 'done', result: { conflicts, counts, totals, nameClashes, otherTrust } });
      return;
    }
    case 'merge': {
      if (!opened || !plan) throw new Error('Review the pack first');
      progress('Importing…');
      const result = await applyMerge(store(), opened.snapshot, plan, request.choices);
      opened = null;
      plan = null;
      post({ id, type: 'done', result });
      return;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  handle(id, request).catch((error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ id, type: 'error', name: e.name, message: e.message });
  });
});
