// The backup file: one zip holding a manifest, one JSON file per table and every stored file's bytes.
// Documented in docs/backup-format.md. Every entry's SHA-256 is in the manifest, the manifest's own digest
// is in a second entry, and (from format 2) the SHA-256 of the whole file is in the zip's comment, so any
// change to the file is caught before anything is written. A passphrase seals the whole zip in an
// AES-256-GCM envelope (crypto.ts). Format 1 files (no whole-file digest) are still read.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from '../db';
import { LATEST_VERSION } from '../migrations';
import { decryptEnvelope, encryptEnvelope, isEncrypted, MIN_PBKDF2_ITERATIONS } from './encryption';
import { BackupError } from './errors';
import { recordKey } from './keys';

export { BackupError } from './errors';

export const BACKUP_FORMAT = 'oversight-backup';
/** The version of the file layout (not of the database schema). 2: whole-file digest, encryption, pack sync. */
export const BACKUP_FORMAT_VERSION = 2;

export type SnapshotTables = Record<TableName, Record<string, unknown>[]>;

/** A pack's record histories: for `${table}/${id}`, the versions (content hashes) the sender has held. */
export type SyncHistories = Record<string, string[]>;

export interface Snapshot {
  /** The database schema version the records are shaped for. */
  schemaVersion: number;
  tables: SnapshotTables;
  /** Packs only: what the sending laptop knew of each record's history. */
  sync?: SyncHistories;
}

export interface BackupMeta {
  createdAt: string;
  appVersion: string;
  kind: 'backup' | 'pack';
  /** A pack's scope: the settings it carries. */
  settingIds?: string[];
  description?: string;
}

export interface EncodeOptions {
  /** Seal the file with this passphrase (AES-256-GCM, key from PBKDF2-SHA-256). */
  passphrase?: string;
  /** PBKDF2 iterations; at least (and by default) 600,000. */
  iterations?: number;
}

const sha = z.string().regex(/^[0-9a-f]{64}$/);
const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  appVersion: z.string(),
  kind: z.enum(['backup', 'pack']),
  settingIds: z.array(z.string()).optional(),
  description: z.string().optional(),
  tables: z.record(z.string(), z.object({ entry: z.string(), count: z.number().int().min(0), sha256: sha })),
  files: z.array(z.object({ id: z.string(), entry: z.string(), size: z.number().int().min(0), sha256: sha })),
  sync: z.object({ entry: z.string(), count: z.number().int().min(0), sha256: sha }).optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export interface DecodedBackup {
  manifest: BackupManifest;
  snapshot: Snapshot;
  /** Whether the file was sealed with a passphrase. */
  encrypted: boolean;
  /** The SHA-256 of the whole (unencrypted) file as its comment records it; null for format 1 files. */
  fileSha256: string | null;
}

const MANIFEST = 'manifest.json';
const MANIFEST_DIGEST = 'manifest.sha256';
const SYNC_ENTRY = 'sync/histories.json';
/** The zip comment that carries the whole-file digest: this prefix and 64 hex digits. */
const DIGEST_PREFIX = 'oversight-sha256:';
const DIGEST_COMMENT_LENGTH = DIGEST_PREFIX.length + 64;
/** Fixed timestamps inside the zip, so the same data always gives the same bytes. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes the SHA-256 of everything before it into the zip's comment (APPNOTE 4.3.16). */
export async function sealZip(zip: Uint8Array): Promise<Uint8Array> {
  const eocd = zip.byteLength - 22;
  if (
    eocd < 0 ||
    zip[eocd] !== 0x50 ||
    zip[eocd + 1] !== 0x4b ||
    zip[eocd + 2] !== 0x05 ||
    zip[eocd + 3] !== 0x06
  ) {
    throw new BackupError('Could not finish the backup: the zip writer produced an unexpected ending');
  }
  const out = new Uint8Array(zip.byteLength + DIGEST_COMMENT_LENGTH);
  out.set(zip, 0);
  out[eocd + 20] = DIGEST_COMMENT_LENGTH & 0xff;
  out[eocd + 21] = DIGEST_COMMENT_LENGTH >> 8;
  const digest = await sha256Hex(out.subarray(0, zip.byteLength));
  out.set(strToU8(`${DIGEST_PREFIX}${digest}`), zip.byteLength);
  return out;
}

/** The whole-file digest from the zip's comment, and how many bytes it covers; null when there is none. */
function findFileDigest(bytes: Uint8Array): { digest: string; covered: number } | null {
  const stop = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let e = bytes.byteLength - 22; e >= stop; e -= 1) {
    if (bytes[e] !== 0x50 || bytes[e + 1] !== 0x4b || bytes[e + 2] !== 0x05 || bytes[e + 3] !== 0x06)
      continue;
    const length = bytes[e + 20]! | (bytes[e + 21]! << 8);
    // The last record of a zip ends the file exactly; anything else means the file was cut short or added to.
    if (e + 22 + length !== bytes.byteLength)
      throw new BackupError(
        'The backup is damaged or incomplete: the file does not end where its zip directory says',
      );
    const comment = strFromU8(bytes.subarray(e + 22), true);
    const m = /^oversight-sha256:([0-9a-f]{64})$/.exec(comment);
    return m ? { digest: m[1]!, covered: e + 22 } : null;
  }
  return null;
}

export async function encodeBackup(
  snapshot: Snapshot,
  meta: BackupMeta,
  options: EncodeOptions = {},
): Promise<Uint8Array> {
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
  let sync: BackupManifest['sync'];
  if (snapshot.sync) {
    const data = strToU8(JSON.stringify(snapshot.sync));
    entries[SYNC_ENTRY] = [data, { level: 6, mtime: ZIP_MTIME }];
    sync = { entry: SYNC_ENTRY, count: Object.keys(snapshot.sync).length, sha256: await sha256Hex(data) };
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
    ...(sync ? { sync } : {}),
  };
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 2));
  entries[MANIFEST] = [manifestBytes, { level: 6, mtime: ZIP_MTIME }];
  entries[MANIFEST_DIGEST] = [strToU8(await sha256Hex(manifestBytes)), { level: 0, mtime: ZIP_MTIME }];
  const sealed = await sealZip(zipSync(entries));
  if (options.passphrase === undefined) return sealed;
  return encryptEnvelope(
    sealed,
    options.passphrase,
    BACKUP_FORMAT_VERSION,
    options.iterations ?? MIN_PBKDF2_ITERATIONS,
  );
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

/**
 * Reads and checks the whole file; returns nothing unless every entry is present and intact. An encrypted
 * file needs `passphrase` (PassphraseRequiredError without it, WrongPassphraseError for a wrong one).
 */
export async function decodeBackup(
  bytes: Uint8Array,
  options: { passphrase?: string } = {},
): Promise<DecodedBackup> {
  if (isEncrypted(bytes)) {
    const inner = await decryptEnvelope(bytes, options.passphrase, BACKUP_FORMAT_VERSION);
    return decodeContainer(inner, true);
  }
  return decodeContainer(bytes, false);
}

async function decodeContainer(bytes: Uint8Array, encrypted: boolean): Promise<DecodedBackup> {
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new BackupError('This is not an Oversight backup: it is not a zip file');
  const sealed = findFileDigest(bytes);
  if (sealed && (await sha256Hex(bytes.subarray(0, sealed.covered))) !== sealed.digest) {
    throw new BackupError('The backup has been altered or damaged: the file does not match its checksum');
  }
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
  if (!parsed.success)
    throw new BackupError(`The backup’s manifest is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  const manifest = parsed.data;
  if (manifest.formatVersion >= 2 && !sealed)
    throw new BackupError('The backup is incomplete or altered: its whole-file checksum is missing');
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
    const records = await readJsonEntry(zip, info);
    if (
      !Array.isArray(records) ||
      records.length !== info.count ||
      !records.every((r) => isRecord(name, r))
    ) {
      throw new BackupError(
        `The backup is damaged: ${info.entry} does not hold the ${info.count} records its manifest lists`,
      );
    }
    tables[name] = records;
  }

  const fileEntries = new Map(manifest.files.map((f) => [f.id, f]));
  for (const record of tables.files) {
    const info = fileEntries.get(String(record.id));
    const data = info && zip[info.entry];
    if (!info || !data)
      throw new BackupError(
        `The backup is incomplete: the bytes of stored file "${String(record.name ?? record.id)}" are missing`,
      );
    if (data.byteLength !== info.size || (await sha256Hex(data)) !== info.sha256) {
      throw new BackupError(
        `The backup has been altered: stored file "${String(record.name ?? record.id)}" does not match its checksum`,
      );
    }
    record.bytes = data;
  }

  const snapshot: Snapshot = { schemaVersion: manifest.schemaVersion, tables };
  if (manifest.sync) {
    const sync = await readJsonEntry(zip, manifest.sync);
    if (!isHistories(sync) || Object.keys(sync).length !== manifest.sync.count)
      throw new BackupError(
        `The pack is damaged: ${manifest.sync.entry} does not hold the histories its manifest lists`,
      );
    snapshot.sync = sync;
  }
  return { manifest, snapshot, encrypted, fileSha256: sealed?.digest ?? null };
}

async function readJsonEntry(
  zip: Record<string, Uint8Array>,
  info: { entry: string; sha256: string },
): Promise<unknown> {
  const data = zip[info.entry];
  if (!data) throw new BackupError(`The backup is incomplete: ${info.entry} is missing`);
  if ((await sha256Hex(data)) !== info.sha256)
    throw new BackupError(`The backup has been altered: ${info.entry} does not match its checksum`);
  try {
    return JSON.parse(strFromU8(data));
  } catch {
    throw new BackupError(`The backup is damaged: ${info.entry} is not readable`);
  }
}

function isRecord(table: string, value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    recordKey(table, value as Record<string, unknown>) !== null
  );
}

function isHistories(value: unknown): value is SyncHistories {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => Array.isArray(v) && v.every((h) => typeof h === 'string'));
}
