import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type BackupMeta } from '../../src/data/backup/format';
import { isEncrypted, MIN_PBKDF2_ITERATIONS, readEnvelopeHeader } from '../../src/data/backup/encryption';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import { restoreBackupBytes } from '../../src/data/backup/restore';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { freshDb } from '../support/db';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'test', kind: 'backup' };
const passphrase = 'correct horse battery staple';

let plain: Uint8Array | null = null;
let sealed: Uint8Array | null = null;
async function files() {
  if (!plain || !sealed) {
    const snapshot = await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, meta.createdAt);
    plain = await encodeBackup(snapshot, meta);
    sealed = await encodeBackup(snapshot, meta, { passphrase });
  }
  return { plain, sealed };
}

describe('encrypted backups', () => {
  it('seal the whole file with AES-256-GCM and a PBKDF2-SHA-256 key of at least 600,000 iterations', async () => {
    const { sealed } = await files();
    expect(isEncrypted(sealed)).toBe(true);
    const { header } = readEnvelopeHeader(sealed, 2);
    expect(header).toMatchObject({
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_PBKDF2_ITERATIONS },
    });
    expect(MIN_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    // Nothing of the contents is readable without the passphrase.
    const text = strFromU8(sealed, true);
    expect(text).not.toContain('Kestrel Vale');
    expect(text).not.toContain('manifest.json');
  });

  it('open with the passphrase and hold exactly what the plain file holds', async () => {
    const { plain, sealed } = await files();
    const a = await decodeBackup(plain);
    const b = await decodeBackup(sealed, { passphrase });
    expect(b.encrypted).toBe(true);
    expect(b.snapshot).toEqual(a.snapshot);
    expect(b.fileSha256).toBe(a.fileSha256);
  });

  it('ask for a passphrase, and say when it is wrong, writing nothing', async () => {
    const { plain, sealed } = await files();
    const db = freshDb();
    await restoreSnapshot(db, (await decodeBackup(plain)).snapshot);
    const before = await exportSnapshot(db);
    await expect(restoreBackupBytes(db, sealed)).rejects.toMatchObject({ name: 'PassphraseRequiredError' });
    await expect(
      restoreBackupBytes(db, sealed, { passphrase: 'correct horse battery stapler' }),
    ).rejects.toThrow('That passphrase does not open this file');
    await expect(
      restoreBackupBytes(db, sealed, { passphrase: 'correct horse battery stapler' }),
    ).rejects.toMatchObject({ name: 'WrongPassphraseError' });
    expect(await exportSnapshot(db)).toEqual(before);
  });

  it('catch a changed, truncated or re-headed file with the right passphrase, writing nothing', async () => {
    const { sealed } = await files();
    const db = freshDb();
    const flipped = new Uint8Array(sealed);
    flipped[flipped.length - 1000]! ^= 0x01;
    await expect(restoreBackupBytes(db, flipped, { passphrase })).rejects.toThrow(
      'has been altered or is incomplete',
    );
    await expect(restoreBackupBytes(db, sealed.slice(0, sealed.length - 10), { passphrase })).rejects.toThrow(
      'has been altered or is incomplete',
    );
    // The header is authenticated too: claiming an older format version is caught.
    const text = strFromU8(sealed, true);
    const reheaded = strToU8(text.replace('"formatVersion":2', '"formatVersion":1'), true);
    await expect(restoreBackupBytes(db, reheaded, { passphrase })).rejects.toThrow(
      'has been altered or is incomplete',
    );
    expect(await db.settings.count()).toBe(0);
    expect(await db.trust.count()).toBe(0);
  });

  it('refuse a newer format before asking for the passphrase', async () => {
    const { sealed } = await files();
    const newer = strToU8(strFromU8(sealed, true).replace('"formatVersion":2', '"formatVersion":3'), true);
    await expect(decodeBackup(newer)).rejects.toThrow(
      'This file was made by a newer version of Oversight (file format 3; this app reads up to 2). Update Oversight to open it.',
    );
  });

  it('refuse a file asking for fewer key-derivation rounds than the minimum', async () => {
    const { sealed } = await files();
    const weak = strToU8(strFromU8(sealed, true).replace('"iterations":600000', '"iterations":100000'), true);
    await expect(decodeBackup(weak, { passphrase })).rejects.toThrow('asks for 100000 key-derivation rounds');
  });

  it('refuse a short passphrase when sealing', async () => {
    await expect(
      encodeBackup({ schemaVersion: 7, tables: {} as never }, meta, { passphrase: 'short' }),
    ).rejects.toThrow('at least 10 characters');
  });
});
