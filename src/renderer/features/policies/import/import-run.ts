// One import of many files: each is read and extracted in a worker, then stored in its own transaction,
// so one bad file never stops the batch and nothing is half-written. Progress and a result per file are
// kept in a small store the import panel shows; files dropped while an import runs join it.
import type { ImportBatchId, PolicyId, PolicyVersionId, SettingId } from '../../../../core/ids';
import type { PolicyType } from '../../../../core/vocabulary';
import { newId, nowIso } from '../../../../data/db';
import { ImportPlacementError } from '../../../../data/repos/policies-repo';
import type { Store } from '../../../app/db-context';
import { ReaderPool } from './reader-pool';

export type ImportStatus = 'waiting' | 'reading' | 'imported' | 'duplicate' | 'failed';

export interface ImportItem {
  key: number;
  name: string;
  path?: string;
  status: ImportStatus;
  /** What happened, in words: "Imported into Oakfield Primary School (new setting)". */
  message: string;
  warnings: string[];
  policyId?: PolicyId;
  versionId?: PolicyVersionId;
  settingName?: string;
  title?: string;
  policyType?: PolicyType;
}

export interface ImportState {
  running: boolean;
  /** The panel is shown. */
  open: boolean;
  items: ImportItem[];
  /** Files in dropped folders that are not policy documents. */
  skipped: number;
  batchId: ImportBatchId | null;
  undone: boolean;
  startedAt: number | null;
  finishedAt: number | null;
}

/** A file to import: its bytes now, bytes to read later, or why it could not be read at all. */
export interface ImportSource {
  name: string;
  path?: string;
  size: number;
  bytes?: Uint8Array;
  read?: () => Promise<Uint8Array>;
  error?: string;
}

export interface ImportOptions {
  /** Import into this setting (from a setting's page) rather than the one each document names. */
  settingId?: SettingId;
  skipped?: number;
}

const EMPTY: ImportState = {
  running: false,
  open: false,
  items: [],
  skipped: 0,
  batchId: null,
  undone: false,
  startedAt: null,
  finishedAt: null,
};
let state: ImportState = EMPTY;
const listeners = new Set<() => void>();
let notifyTimer: ReturnType<typeof setTimeout> | null = null;

function emit(now = false): void {
  // Many files finish close together: the panel re-renders at most every 80 ms.
  if (now) {
    if (notifyTimer) clearTimeout(notifyTimer);
    notifyTimer = null;
    for (const l of listeners) l();
    return;
  }
  if (notifyTimer) return;
  notifyTimer = setTimeout(() => {
    notifyTimer = null;
    for (const l of listeners) l();
  }, 80);
}

function set(change: Partial<ImportState>, now = false): void {
  state = { ...state, ...change };
  emit(now);
}

function update(key: number, change: Partial<ImportItem>): void {
  state = { ...state, items: state.items.map((i) => (i.key === key ? { ...i, ...change } : i)) };
  emit(change.status !== undefined && change.status !== 'reading');
}

export const importStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): ImportState => state,
  close(): void {
    if (!state.running) set({ open: false }, true);
  },
  /** Forgets the finished import (the panel starts empty next time). */
  reset(): void {
    if (!state.running) set(EMPTY, true);
  },
};

const pending: { item: ImportItem; source: ImportSource; settingId?: SettingId }[] = [];
let nextKey = 1;
let onFinished: (() => void) | null = null;

/** Adds files to the import (starting one if none is running). Resolves when the import has finished. */
export function importFiles(
  store: Store,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<void> {
  const items: ImportItem[] = sources.map((s) => ({
    key: nextKey++,
    name: s.name,
    path: s.path,
    status: 'waiting',
    message: 'Waiting',
    warnings: [],
  }));
  sources.forEach((source, i) => pending.push({ item: items[i]!, source, settingId: options.settingId }));
  if (state.running) {
    set(
      { items: [...state.items, ...items], skipped: state.skipped + (options.skipped ?? 0), open: true },
      true,
    );
    return new Promise((resolve) => {
      const previous = onFinished;
      onFinished = () => {
        previous?.();
        resolve();
      };
    });
  }
  state = {
    ...EMPTY,
    running: true,
    open: true,
    items,
    skipped: options.skipped ?? 0,
    batchId: newId<ImportBatchId>(),
    startedAt: performance.now(),
  };
  emit(true);
  return run(store);
}

async function run(store: Store): Promise<void> {
  const config = await store.config.load();
  const context = { frameworks: config.frameworks, guidance: config.guidance };
  const maxBytes = config.maxImportMegabytes * 1024 * 1024;
  const limits = { maxBytes };
  const batchId = state.batchId!;
  const pool = new ReaderPool();
  // Writes go one at a time, in the order files finish reading.
  let writes: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();
  // A few files are read ahead of the workers, not all: 300 large PDFs would otherwise all sit in memory.
  const readAhead = 4;

  const handle = async ({ item, source, settingId }: (typeof pending)[number]): Promise<void> => {
    if (source.error) {
      update(item.key, { status: 'failed', message: `'${source.name}' ${source.error}` });
      return;
    }
    if (source.size > maxBytes) {
      update(item.key, {
        status: 'failed',
        message: `'${source.name}' is larger than the ${config.maxImportMegabytes} MB limit for a document`,
      });
      return;
    }
    update(item.key, { status: 'reading', message: 'Reading…' });
    let bytes: Uint8Array;
    try {
      bytes = source.bytes ?? (await source.read!());
    } catch (error) {
      update(item.key, {
        status: 'failed',
        message: `'${source.name}' could not be opened: ${(error as Error).message}`,
      });
      return;
    }
    let reply;
    try {
      reply = await pool.read(source.name, bytes, context, limits);
    } catch (error) {
      update(item.key, { status: 'failed', message: (error as Error).message });
      return;
    }
    if (!reply.ok) {
      update(item.key, { status: 'failed', message: reply.message });
      return;
    }
    const write = writes.then(async () => {
      try {
        const outcome = await store.policies.importDocument(
          {
            fileName: source.name,
            bytes: reply.bytes,
            sha256: reply.sha256,
            format: reply.format,
            mediaType: reply.mediaType,
            document: reply.document,
            extraction: reply.extraction,
          },
          { now: nowIso(), batchId, settingId },
        );
        const warnings = reply.document.warnings;
        if (outcome.kind === 'duplicate') {
          update(item.key, {
            status: 'duplicate',
            message: `Already imported${outcome.settingName ? ` for ${outcome.settingName}` : ''} (${outcome.title}): not stored again; read again, corrections kept`,
            policyId: outcome.policyId,
            versionId: outcome.versionId,
            settingName: outcome.settingName,
            title: outcome.title,
            warnings,
          });
        } else {
          const where = `${outcome.settingName}${outcome.newSetting ? ' (new setting)' : ''}`;
          update(item.key, {
            status: 'imported',
            message: outcome.current
              ? `Imported into ${where}`
              : `Imported into ${where} as an earlier version (the current one is newer)`,
            policyId: outcome.policyId,
            versionId: outcome.versionId,
            settingName: outcome.settingName,
            title: outcome.title,
            policyType: outcome.policyType,
            warnings,
          });
        }
      } catch (error) {
        const message =
          error instanceof ImportPlacementError
            ? error.message
            : `'${source.name}' was read but could not be saved: ${(error as Error).message}`;
        update(item.key, { status: 'failed', message });
      }
    });
    writes = write;
    await write;
  };

  try {
    while (pending.length > 0 || inFlight.size > 0) {
      while (pending.length > 0 && inFlight.size < readAhead) {
        const job = handle(pending.shift()!).catch((error: unknown) => {
          // handle() reports every failure on its item; this only guards against a bug losing the batch.
          console.error(error);
        });
        const tracked = job.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
      }
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
    await writes;
  } finally {
    pool.terminate();
    set({ running: false, finishedAt: performance.now() }, true);
    const done = onFinished;
    onFinished = null;
    done?.();
  }
}

/** Undoes the last import as a whole. */
export async function undoLastImport(store: Store): Promise<number> {
  if (!state.batchId || state.running || state.undone) return 0;
  const removed = await store.policies.undoImport(state.batchId, nowIso());
  set({ undone: true }, true);
  return removed;
}
