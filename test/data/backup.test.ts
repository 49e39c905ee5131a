import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  decodeBackup,
  encodeBackup,
  sealZip,
  sha256Hex,
  type BackupMeta,
} from '../../src/data/backup/format';
import { LATEST_VERSION } from '../../src/data/migrations';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import { restoreBackupBytes } from '../../src/data/backup/restore';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { TrustRepo } from '../../src/data/repos/trust-repo';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { freshDb } from '../support/db';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'test', kind: 'backup' };

let cached: Uint8Array | null = null;
async function sampleBackup(): Promise<Uint8Array> {
  cached ??= await encodeBackup(
    await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, meta.createdAt),
    meta,
  );
  return cached;
}

/** Changes entries and writes a new, correctly sealed file: only the inner checksums can catch it. */
async function rezip(
  bytes: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void | Promise<void>,
  seal = true,
): Promise<Uint8Array> {
  const entries = unzipSync(bytes);
  await change(entries);
  const zip = zipSync(entries);
  return seal ? sealZip(zip) : zip;
}

async function withManifest(
  change: (manifest: Record<string, unknown>) => void,
  seal = true,
): Promise<Uint8Array> {
  return rezip(
    await sampleBackup(),
    async (entries) => {
      const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
      change(manifest);
      entries['manifest.json'] = strToU8(JSON.stringify(manifest));
      entries['manifest.sha256'] = strToU8(await sha256Hex(entries['manifest.json']));
    },
    seal,
  );
}

describe('backup file', () => {
  it('round-trips the whole store, original file bytes included', async () => {
    const source = freshDb();
    await restoreSnapshot(source, (await decodeBackup(await sampleBackup())).snapshot);
    const exported = await encodeBackup(await exportSnapshot(source), meta);
    const target = freshDb();
    await restoreSnapshot(target, (await decodeBackup(exported)).snapshot);
    expect(await target.settings.count()).toBe(6);
    expect(await target.completions.count()).toBe(await source.completions.count());
    const [a, b] = [await source.files.toArray(), await target.files.toArray()];
    expect(b.map((f) => f.bytes)).toEqual(a.map((f) => f.bytes));
    // Export, import, export gives identical bytes.
    expect(await encodeBackup(await exportSnapshot(target), meta)).toEqual(exported);
  });

  it('is a standard zip whose comment holds the SHA-256 of the rest of the file', async () => {
    const bytes = await sampleBackup();
    const comment = strFromU8(bytes.subarray(bytes.length - 81));
    expect(comment).toMatch(/^oversight-sha256:[0-9a-f]{64}$/);
    expect(comment.slice(17)).toBe(await sha256Hex(bytes.subarray(0, bytes.length - 81)));
    expect(Object.keys(unzipSync(bytes))).toContain('manifest.json');
    const decoded = await decodeBackup(bytes);
    expect(decoded).toMatchObject({
      encrypted: false,
      fileSha256: comment.slice(17),
      manifest: { formatVersion: BACKUP_FORMAT_VERSION, kind: 'backup' },
    });
  });

  it('still reads a format 1 backup (no whole-file checksum)', async () => {
    const v1 = await withManifest((m) => {
      m.formatVersion = 1;
    }, false);
    const decoded = await decodeBackup(v1);
    expect(decoded.manifest.formatVersion).toBe(1);
    expect(decoded.fileSha256).toBeNull();
    expect(decoded.snapshot.tables.settings).toHaveLength(6);
  });

  it('refuses a file that is not a zip', async () => {
    await expect(decodeBackup(strToU8('hello'))).rejects.toThrow('not a zip file');
  });

  it('refuses a truncated file', async () => {
    const bytes = await sampleBackup();
    await expect(decodeBackup(bytes.slice(0, bytes.length - 200))).rejects.toThrow(/damaged or incomplete/);
    await expect(decodeBackup(bytes.slice(0, bytes.length - 1))).rejects.toThrow(/damaged or incomplete/);
  });

  it('catches any changed byte with the whole-file checksum', async () => {
    const bytes = new Uint8Array(await sampleBackup());
    // A byte inside a stored policy file (stored uncompressed, so the zip itself still opens).
    const at = bytes.indexOf(strToU8('Brookfield')[0]!, 2000);
    bytes[at]! ^= 0x20;
    await expect(decodeBackup(bytes)).rejects.toThrow(
      'The backup has been altered or damaged: the file does not match its checksum',
    );
  });

  it('refuses a format 2 file whose whole-file checksum was removed', async () => {
    await expect(decodeBackup(await rezip(await sampleBackup(), () => undefined, false))).rejects.toThrow(
      'its whole-file checksum is missing',
    );
  });

  it('catches a changed table even when the file is resealed', async () => {
    const tampered = await rezip(await sampleBackup(), (e) => {
      e['tables/settings.json'] = strToU8(
        strFromU8(e['tables/settings.json']!).replace('Brookfield', 'Brookfeld'),
      );
    });
    await expect(decodeBackup(tampered)).rejects.toThrow('tables/settings.json does not match its checksum');
  });

  it('catches a changed manifest', async () => {
    const tampered = await rezip(await sampleBackup(), (e) => {
      e['manifest.json'] = strToU8(
        strFromU8(e['manifest.json']!).replace('"appVersion": "test"', '"appVersion": "evil"'),
      );
    });
    await expect(decodeBackup(tampered)).rejects.toThrow('manifest does not match its checksum');
  });

  it('catches a changed stored file', async () => {
    const tampered = await rezip(await sampleBackup(), (e) => {
      const name = Object.keys(e).find((k) => k.startsWith('files/'))!;
      e[name] = strToU8('Something else entirely');
    });
    await expect(decodeBackup(tampered)).rejects.toThrow(/stored file ".*\.txt" does not match its checksum/);
  });

  it('refuses a newer file format with a message saying what to do', async () => {
    const newer = await withManifest((m) => {
      m.formatVersion = BACKUP_FORMAT_VERSION + 1;
    });
    await expect(decodeBackup(newer)).rejects.toThrow(
      `made by a newer version of Oversight (file format ${BACKUP_FORMAT_VERSION + 1}; this app reads up to ${BACKUP_FORMAT_VERSION}). Update Oversight to restore it.`,
    );
  });

  it('refuses data from a newer schema', async () => {
    const newer = await withManifest((m) => {
      m.schemaVersion = LATEST_VERSION + 1;
    });
    await expect(decodeBackup(newer)).rejects.toThrow(/holds data from a newer version of Oversight/);
  });

  it('restore is all or nothing: a failure leaves the earlier data intact', async () => {
    const db = freshDb();
    await new TrustRepo(db).create({ name: 'Existing Trust', kind: 'trust' });
    await new SettingsRepo(db).create({
      name: 'Existing School',
      phase: 'primary',
      type: 'academy',
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
    });
    const { snapshot } = await decodeBackup(await sampleBackup());
    // A duplicate primary key makes the second bulkAdd fail half-way through.
    snapshot.tables.completions.push({ ...snapshot.tables.completions[0]! });
    await expect(restoreSnapshot(db, snapshot)).rejects.toThrow();
    expect((await db.trust.toArray()).map((t) => t.name)).toEqual(['Existing Trust']);
    expect((await db.settings.toArray()).map((s) => s.name)).toEqual(['Existing School']);
    expect(await db.completions.count()).toBe(0);
  });

  it('a bad file restores nothing: the earlier data is exactly as it was', async () => {
    const db = freshDb();
    await restoreSnapshot(db, (await decodeBackup(await sampleBackup())).snapshot);
    await new SettingsRepo(db).create({
      name: 'Fenwick Nursery',
      phase: 'preschool',
      type: 'early_years',
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
    });
    const before = await exportSnapshot(db);
    const good = await sampleBackup();
    const flipped = new Uint8Array(good);
    flipped[flipped.length - 500]! ^= 1;
    for (const bad of [good.slice(0, good.length / 2), flipped, await rezip(good, () => undefined, false)]) {
      await expect(restoreBackupBytes(db, bad)).rejects.toThrow(/altered|damaged|incomplete/);
    }
    expect(await exportSnapshot(db)).toEqual(before);
  });

  it('carries tables keyed by something other than an id, and leaves no cache of the replaced data', async () => {
    const db = freshDb();
    await restoreSnapshot(db, (await decodeBackup(await sampleBackup())).snapshot);
    await db.table('modelPolicies').put({
      policyType: 'social_media',
      source: 'policy',
      policyId: 'p1',
      title: 'Model',
      fileId: null,
      fileName: null,
      document: null,
      setAt: meta.createdAt,
    });
    await db
      .table('policyTexts')
      .put({ versionId: 'old-version', policyId: 'old-policy', text: 'text of the replaced data' });
    const bytes = await encodeBackup(await exportSnapshot(db), meta);
    const target = freshDb();
    await target.table('policyTexts').put({ versionId: 'stale', policyId: 'x', text: 'stale' });
    await restoreSnapshot(target, (await decodeBackup(bytes)).snapshot);
    expect(await target.table('modelPolicies').get('social_media')).toMatchObject({ title: 'Model' });
    expect(await target.table('policyTexts').count()).toBe(0);
  });

  it('refuses to restore a visit pack over the store', async () => {
    const db = freshDb();
    const pack = await encodeBackup(
      await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, meta.createdAt),
      { ...meta, kind: 'pack' },
    );
    await expect(restoreBackupBytes(db, pack)).rejects.toThrow('This is a visit pack, not a backup');
    expect(await db.settings.count()).toBe(0);
  });
});
