import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION, decodeBackup, encodeBackup, sha256Hex, type BackupMeta } from '../../src/data/backup/format';
import { LATEST_VERSION } from '../../src/data/migrations';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { TrustRepo } from '../../src/data/repos/trust-repo';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { freshDb } from '../support/db';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'test', kind: 'backup' };

async function sampleBackup(): Promise<Uint8Array> {
  return encodeBackup(await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, meta.createdAt), meta);
}

function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
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

  it('refuses a file that is not a zip', async () => {
    await expect(decodeBackup(strToU8('hello'))).rejects.toThrow('not a zip file');
  });

  it('refuses a truncated file', async () => {
    const bytes = await sampleBackup();
    await expect(decodeBackup(bytes.slice(0, bytes.length - 200))).rejects.toThrow(/damaged or incomplete/);
  });

  it('catches a changed table', async () => {
    const tampered = rezip(await sampleBackup(), (e) => {
      e['tables/settings.json'] = strToU8(strFromU8(e['tables/settings.json']!).replace('Brookfield', 'Brookfeld'));
    });
    await expect(decodeBackup(tampered)).rejects.toThrow('tables/settings.json does not match its checksum');
  });

  it('catches a changed manifest', async () => {
    const tampered = rezip(await sampleBackup(), (e) => {
      e['manifest.json'] = strToU8(strFromU8(e['manifest.json']!).replace('"appVersion": "test"', '"appVersion": "evil"'));
    });
    await expect(decodeBackup(tampered)).rejects.toThrow('manifest does not match its checksum');
  });

  async function withManifest(change: (manifest: Record<string, unknown>) => void): Promise<Uint8Array> {
    const entries = unzipSync(await sampleBackup());
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
    change(manifest);
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
    entries['manifest.sha256'] = strToU8(await sha256Hex(entries['manifest.json']));
    return zipSync(entries);
  }

  it('refuses a newer file format with a message saying what to do', async () => {
    const newer = await withManifest((m) => {
      m.formatVersion = BACKUP_FORMAT_VERSION + 1;
    });
    await expect(decodeBackup(newer)).rejects.toThrow(`made by a newer version of Oversight (file format ${BACKUP_FORMAT_VERSION + 1}; this app reads up to ${BACKUP_FORMAT_VERSION}). Update Oversight to restore it.`);
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
    await new SettingsRepo(db).create({ name: 'Existing School', phase: 'primary', type: 'academy', localAuthority: '', urn: '', linkedSettingIds: [] });
    const { snapshot } = await decodeBackup(await sampleBackup());
    // A duplicate primary key makes the second bulkAdd fail half-way through.
    snapshot.tables.completions.push({ ...snapshot.tables.completions[0]! });
    await expect(restoreSnapshot(db, snapshot)).rejects.toThrow();
    expect((await db.trust.toArray()).map((t) => t.name)).toEqual(['Existing Trust']);
    expect((await db.settings.toArray()).map((s) => s.name)).toEqual(['Existing School']);
    expect(await db.completions.count()).toBe(0);
  });
});
