// Backups at LA scale in Node (fake IndexedDB): making the backup file from the store (plain and
// encrypted), checking and decoding it, restoring it, and a visit pack of ten settings exported and merged.
// Peak memory is the process's resident set size, sampled during each step (and the OS's high-water mark).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { decodeBackup, encodeBackup, type BackupMeta } from '../../../src/data/backup/format';
import { applyMerge, planMerge } from '../../../src/data/backup/merge';
import { exportPack } from '../../../src/data/backup/pack';
import { exportSnapshot, restoreSnapshot } from '../../../src/data/backup/snapshot';
import { OversightDb } from '../../../src/data/db';
import { LA_BACKUP, record } from '../harness';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'bench', kind: 'backup' };
const PASSPHRASE = 'a bench passphrase of some length';
const MB = 1024 * 1024;

/** Runs `fn` once, sampling the resident set size every 10 ms; returns its time and the peak. */
async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms: performance.now() - started, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

let dbCount = 0;
const newDb = () => new OversightDb(`bench-backup-${process.pid}-${(dbCount += 1)}`);

export async function run(): Promise<void> {
  const source = newDb();
  const la = new Uint8Array(readFileSync(LA_BACKUP));
  await restoreSnapshot(source, (await decodeBackup(la)).snapshot);
  const baseline = process.memoryUsage().rss / MB;
  record({
    name: 'Backup bench: resident memory with the LA store loaded (fake IndexedDB)',
    value: baseline,
    unit: 'MB',
  });

  const plain = await measure(async () => encodeBackup(await exportSnapshot(source), meta));
  record({
    name: 'LA backup: read the store and write the file (plain)',
    value: plain.ms / 1000,
    unit: 's',
    target: { below: 20 },
    notes: `${(plain.result.byteLength / MB).toFixed(1)} MB file; peak RSS ${Math.round(plain.peakMb)} MB`,
  });
  record({ name: 'LA backup file size (plain)', value: plain.result.byteLength / MB, unit: 'MB' });
  record({ name: 'LA backup: peak resident memory while writing (plain)', value: plain.peakMb, unit: 'MB' });

  const sealed = await measure(async () =>
    encodeBackup(await exportSnapshot(source), meta, { passphrase: PASSPHRASE }),
  );
  record({
    name: 'LA backup: read the store and write the file (encrypted, PBKDF2 600,000)',
    value: sealed.ms / 1000,
    unit: 's',
    target: { below: 20 },
    notes: `${(sealed.result.byteLength / MB).toFixed(1)} MB file; peak RSS ${Math.round(sealed.peakMb)} MB`,
  });

  const decoded = await measure(() => decodeBackup(plain.result));
  record({
    name: 'LA backup: check and decode the whole file (plain)',
    value: decoded.ms / 1000,
    unit: 's',
    target: { below: 10 },
    notes: `peak RSS ${Math.round(decoded.peakMb)} MB`,
  });
  const opened = await measure(() => decodeBackup(sealed.result, { passphrase: PASSPHRASE }));
  record({
    name: 'LA backup: decrypt, check and decode (encrypted)',
    value: opened.ms / 1000,
    unit: 's',
    target: { below: 10 },
    notes: `peak RSS ${Math.round(opened.peakMb)} MB`,
  });

  const target = newDb();
  const restored = await measure(() => restoreSnapshot(target, opened.result.snapshot));
  record({
    name: 'LA backup: restore into the store (one transaction; fake IndexedDB)',
    value: restored.ms / 1000,
    unit: 's',
    notes: `peak RSS ${Math.round(restored.peakMb)} MB; the browser figure is in the browser bench`,
  });
  record({ name: 'LA backup: peak resident memory while restoring', value: restored.peakMb, unit: 'MB' });
  target.close();

  // A visit pack of ten settings: export, then merge into a store that has never seen them, then again.
  const ids = (await source.settings.limit(10).primaryKeys()) as never[];
  const packed = await measure(async () =>
    encodeBackup((await exportPack(source, ids)).snapshot, { ...meta, kind: 'pack' }),
  );
  record({
    name: 'Visit pack of 10 settings: export',
    value: packed.ms,
    unit: 'ms',
    target: { below: 5000 },
    notes: `${(packed.result.byteLength / 1024).toFixed(0)} KB`,
  });
  const receiver = newDb();
  const pack = (await decodeBackup(packed.result)).snapshot;
  const merged = await measure(async () => applyMerge(receiver, pack, await planMerge(receiver, pack), {}));
  record({
    name: 'Visit pack of 10 settings: review and merge into another store',
    value: merged.ms,
    unit: 'ms',
    target: { below: 5000 },
    notes: `${merged.result.totals.added} records added`,
  });
  const again = await measure(async () => applyMerge(receiver, pack, await planMerge(receiver, pack), {}));
  record({
    name: 'Visit pack of 10 settings: importing it again (nothing changes)',
    value: again.ms,
    unit: 'ms',
    notes: `${again.result.totals.unchanged} unchanged, ${again.result.totals.added} added`,
  });
  receiver.close();
  source.close();

  record({
    name: 'Backup bench: highest resident memory of the whole run (OS high-water mark)',
    value: process.resourceUsage().maxRSS / 1024,
    unit: 'MB',
  });
}
