// The backup file: one zip holding a manifest, one JSON file per table and every stored file's bytes.
// Documented in docs/backup-format.md. Every entry's SHA-256 is in the manifest, and the manifest's own
// digest is in a second entry, so any change to the file is caught before anything is written.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../db';
import { LATEST_VERSION } from '../migrations';

export const BACKUP_FORMAT = 'oversight-backup';
/** The version of the file layout (not of the database schema). */
export const BACKUP_FORMAT_VERSION = 1;

export type SnapshotTables = Record<TableName, Record<string, unknown>[]>;

export interface Snapshot {
  /** The database schema version the records are shaped for. */
  schemaVersion: number;
  tables: SnapshotTables;
}

export interface BackupMeta {
  createdAt: string;
  appVersion: string;
  kind: 'backup' | 'pack';
  /** A pack's scope: the settings it carries. */
  settingIds?: string[];
  description?: string;
}

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  appVersion: z.string(),
  kind: z.enum(['backup', 'pack']),
  settingIds: z.array(z.string()).optional(),
  description: z.string().optional(),
  tables: z.record(z.string(), z.object({ entry: z.string(), count: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  files: z.array(z.object({ id: z.string(), entry: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const MANIFEST = 'manifest.json';
const MANIFEST_DIGEST = 'manifest.sha256';
/** Fixed timestamps inside the zip, so the same data always gives the same bytes. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export async function encodeBackup(snapshot: Snapshot, meta: BackupMeta): Promise<Uint8Array> {
  const entries: Zippable = {};
  const files: BackupManifest['files'] = [];
  const tables: BackupManifest['tables'] = {};
  for (const name of TABLE_NAMES) {
    let records = snapshot.tables[name] ?? [];
    if (name === 'files') {
      const stripped: Record<string, unknown>[] = [];
      for (const record of records) {
        const { bytes, ...rest } = record as { bytes: Uint8Array; id: string };
        if (!(bytes instanceof Uint8Array)) throw new BackupError(`Stored file ${rest.id} has no bytes`);
        const entry = `files/${rest.id}`;
        entries[entry] = [bytes, { level: 0, mtime: ZIP_MTIME }];
        files.push({ id: rest.id, entry, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
        stripped.push(rest);
      }
      records = stripped;
    }
    const entry = `tables/${name}.json`;
    const data = strToU8(JSON.stringify(records));
    entries[entry] = [data, { level: 6, mtime: ZIP_MTIME }];
    tables[name] = { entry, count: records.length, sha256: await sha256Hex(data) };
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: snapshot.schemaVersion,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    kind: meta.kind,
    ...(meta.settingIds ? { settingIds: meta.settingIds } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    tables,
    files,
  };
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
  entries[MANIFEST] = [manifestBytes, { level: 6, mtime: ZIP_MTIME }];
  entries[MANIFEST_DIGEST] = [strToU8(await sha256Hex(manifestBytes)), { level: 0, mtime: ZIP_MTIME }];
  return zipSync(entries);
}

function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new BackupError('This is not an Oversight backup: it is not a zip file');
  }
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new BackupError(`The backup is damaged or incomplete: ${(error as Error).message}`);
  }
}

/** Reads and checks the whole file; returns nothing unless every entry is present and intact. */
export async function decodeBackup(bytes: Uint8Array): Promise<{ manifest: BackupManifest; snapshot: Snapshot }> {
  const zip = readZip(bytes);
  const manifestBytes = zip[MANIFEST];
  const digest = zip[MANIFEST_DIGEST];
  if (!manifestBytes || !digest) throw new BackupError('This is not an Oversight backup: it has no manifest');
  if (strFromU8(digest).trim() !== (await sha256Hex(manifestBytes))) {
    throw new BackupError('The backup has been altered: its manifest does not match its checksum');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes));
  } catch {
    throw new BackupError('The backup’s manifest is not readable');
  }
  const format = (raw as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupError('This is not an Oversight backup');
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Oversight (file format ${format.formatVersion}; this app reads up to ${BACKUP_FORMAT_VERSION}). Update Oversight to restore it.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BackupError(`The backup’s manifest is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  const manifest = parsed.data;
  if (manifest.schemaVersion > LATEST_VERSION) {
    throw new BackupError(
      `This backup holds data from a newer version of Oversight (schema ${manifest.schemaVersion}; this app knows up to ${LATEST_VERSION}). Update Oversight to restore it.`,
    );
  }

  const tables = {} as SnapshotTables;
  for (const name of TABLE_NAMES) {
    const info = manifest.tables[name];
    if (!info) {
      tables[name] = [];
      continue;
    }
    const data = zip[info.entry];
    if (!data) throw new BackupError(`The backup is incomplete: ${info.entry} is missing`);
    if ((await sha256Hex(data)) !== info.sha256) throw new BackupError(`The backup has been altered: ${info.entry} does not match its checksum`);
    let records: unknown;
    try {
      records = JSON.parse(strFromU8(data));
    } catch {
      throw new BackupError(`The backup is damaged: ${info.entry} is not readable`);
    }
    if (!Array.isArray(records) || records.length !== info.count || !records.every(isRecord)) {
      throw new BackupError(`The backup is damaged: ${info.entry} does not hold the ${info.count} records its manifest lists`);
    }
    tables[name] = records;
  }

  const fileEntries = new Map(manifest.files.map((f) => [f.id, f]));
  for (const record of tables.files) {
    const info = fileEntries.get(String(record.id));
    const data = info && zip[info.entry];
    if (!info || !data) throw new BackupError(`The backup is incomplete: the bytes of stored file "${String(record.name ?? record.id)}" are missing`);
    if (data.byteLength !== info.size || (await sha256Hex(data)) !== info.sha256) {
      throw new BackupError(`The backup has been altered: stored file "${String(record.name ?? record.id)}" does not match its checksum`);
    }
    record.bytes = data;
  }
  return { manifest, snapshot: { schemaVersion: manifest.schemaVersion, tables } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (typeof (value as { id?: unknown }).id === 'string' || typeof (value as { key?: unknown }).key === 'string');
}
