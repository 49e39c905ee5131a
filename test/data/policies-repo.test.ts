// The import's store side: one transaction per document, duplicates recognised, settings matched or
// created, newer versions made current, corrections never lost to a re-read, whole imports undone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDocument, mediaTypeOf } from '../../src/documents/read';
import { extractPolicy } from '../../src/core/extraction/extract';
import { effectiveFacts } from '../../src/core/policies/effective';
import { defaultConfig } from '../../src/data/defaults';
import { sha256Hex } from '../../src/data/backup/format';
import { PoliciesRepo, ImportPlacementError, type ReadPolicyFile } from '../../src/data/repos/policies-repo';
import type { OversightDb } from '../../src/data/db';
import type { ImportBatchId, SettingId } from '../../src/core/ids';
import { freshDb } from '../support/db';

const SEEDS = join(__dirname, '../../../shared/seeds');
const config = defaultConfig();

async function readFile(name: string, bytes: Uint8Array): Promise<ReadPolicyFile> {
  const document = await readDocument({ name, bytes });
  return {
    fileName: name,
    bytes,
    sha256: await sha256Hex(bytes),
    format: document.format,
    mediaType: mediaTypeOf(document.format),
    document,
    extraction: extractPolicy(document, { frameworks: config.frameworks, guidance: config.guidance }),
  };
}
const seed = (stem: string, ext = 'docx') =>
  readFile(
    `${stem}-social-media.${ext}`,
    new Uint8Array(readFileSync(join(SEEDS, `${stem}-social-media.${ext}`))),
  );
const text = (name: string, body: string) => readFile(name, new TextEncoder().encode(body));

let db: OversightDb;
let repo: PoliciesRepo;
const now = '2025-03-01T09:00:00.000Z';
beforeEach(async () => {
  db = freshDb();
  await db.open();
  repo = new PoliciesRepo(db);
});

describe('importing policies', () => {
  it('writes the setting, policy, version, original file, search text and summary together', async () => {
    const read = await seed('captain-webb-primary');
    const outcome = await repo.importDocument(read, { now });
    expect(outcome).toMatchObject({
      kind: 'imported',
      settingName: 'Captain Webb Primary School',
      newSetting: true,
      current: true,
      policyType: 'social_media',
    });
    if (outcome.kind !== 'imported') throw new Error('not imported');
    const policy = (await db.policies.get(outcome.policyId))!;
    const version = (await db.policyVersions.get(outcome.versionId))!;
    const file = (await db.files.get(version.fileId))!;
    expect(policy.currentVersionId).toBe(version.id);
    expect(file.bytes).toEqual(read.bytes);
    expect(file.sha256).toBe(read.sha256);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await db.settings.get(outcome.settingId))?.phase).toBe('primary');
    expect((await db.policyTexts.get(version.id))?.text).toContain('The widespread availability');
    expect(policy.reviewSummary?.versionId).toBe(version.id);
  });

  it('matches a setting that already exists by a fuzzy name', async () => {
    await db.settings.add({
      id: 's-alphege' as SettingId,
      name: 'St. Alphege C of E Infant School',
      nameKey: 'st alphege c of e infant school',
      phase: 'infant',
      type: 'maintained',
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
      archived: 0,
      createdAt: now,
      updatedAt: now,
    });
    const outcome = await repo.importDocument(await seed('st-alphege-infant'), { now });
    expect(outcome).toMatchObject({ kind: 'imported', settingId: 's-alphege', newSetting: false });
    expect(await db.settings.count()).toBe(1);
  });

  it('recognises an exact duplicate and stores nothing twice', async () => {
    const first = await repo.importDocument(await seed('pippins-preschool'), { now });
    const again = await repo.importDocument(await seed('pippins-preschool'), {
      now: '2025-03-02T09:00:00.000Z',
    });
    expect(again).toMatchObject({
      kind: 'duplicate',
      policyId: (first as { policyId: string }).policyId,
      settingName: 'Pippins Preschool',
    });
    expect(await db.files.count()).toBe(1);
    expect(await db.policyVersions.count()).toBe(1);
  });

  it('keeps a correction when the same file is imported again or read again', async () => {
    const read = await seed('st-marys-infant');
    const outcome = await repo.importDocument(read, { now });
    if (outcome.kind !== 'imported') throw new Error('not imported');
    await repo.setCorrection(outcome.versionId, {
      field: 'approvingBody',
      value: 'Full Governing Body',
      correctedAt: '2025-03-01T10:00:00.000Z',
    });
    await repo.importDocument(await seed('st-marys-infant'), { now: '2025-03-05T09:00:00.000Z' });
    await repo.reread(outcome.versionId, read.document, read.extraction);
    const version = (await db.policyVersions.get(outcome.versionId))!;
    expect(version.corrections).toEqual([
      { field: 'approvingBody', value: 'Full Governing Body', correctedAt: '2025-03-01T10:00:00.000Z' },
    ]);
    expect(effectiveFacts(version.extraction, version.corrections).approvingBody).toBe('Full Governing Body');
    expect((await db.policies.get(outcome.policyId))!.reviewSummary?.facts?.approvingBody).toBe(
      'Full Governing Body',
    );
  });

  it('makes a newer document of the same type for the same setting the current version, and keeps an older one as history', async () => {
    const policyText = (date: string) =>
      `Oakfield Primary School\n\nSocial Media Policy\n\nApproved by the governing body: ${date}\n\nStaff must not contact pupils through personal social media accounts.\n`;
    const v1 = await repo.importDocument(await text('2022.txt', policyText('12/10/2022')), { now });
    const v2 = await repo.importDocument(await text('2024.txt', policyText('15/10/2024')), { now });
    const v0 = await repo.importDocument(await text('2020.txt', policyText('01/10/2020')), { now });
    expect([v1, v2, v0].map((o) => o.kind === 'imported' && o.current)).toEqual([true, true, false]);
    const policies = await db.policies.toArray();
    expect(policies).toHaveLength(1);
    expect(policies[0]!.currentVersionId).toBe((v2 as { versionId: string }).versionId);
    expect(await repo.versions(policies[0]!.id)).toHaveLength(3);
    expect(await db.policyTexts.count()).toBe(1);
  });

  it('refuses a document that names no setting unless one is chosen, writing nothing', async () => {
    const read = await text(
      'untitled.txt',
      'Staff must report concerns about online conduct to the designated safeguarding lead.\n',
    );
    await expect(repo.importDocument(read, { now })).rejects.toBeInstanceOf(ImportPlacementError);
    expect(await db.policyVersions.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    await db.settings.add({
      id: 's1' as SettingId,
      name: 'Oakfield Primary School',
      nameKey: 'oakfield primary school',
      phase: 'primary',
      type: 'maintained',
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
      archived: 0,
      createdAt: now,
      updatedAt: now,
    });
    expect(await repo.importDocument(read, { now, settingId: 's1' as SettingId })).toMatchObject({
      kind: 'imported',
      settingId: 's1',
    });
  });

  it('undoes a whole import: versions, files, new policies and new settings go', async () => {
    const batchId = 'batch-1' as ImportBatchId;
    await repo.importDocument(await seed('captain-webb-primary'), { now, batchId });
    await repo.importDocument(await seed('malcolm-sargent-primary'), { now, batchId });
    expect(await db.policies.count()).toBe(2);
    expect(await repo.undoImport(batchId, now)).toBe(2);
    for (const table of [db.policies, db.policyVersions, db.files, db.settings, db.policyTexts])
      expect(await table.count()).toBe(0);
    expect((await db.importBatches.get(batchId))?.undoneAt).toBe(now);
  });

  it('moves a policy to another setting, refusing one that already has a policy of its type', async () => {
    const a = await repo.importDocument(await seed('pippins-preschool'), { now });
    const b = await repo.importDocument(await seed('st-marys-infant'), { now });
    if (a.kind !== 'imported' || b.kind !== 'imported') throw new Error('not imported');
    await expect(repo.moveToSetting(a.policyId, b.settingId, now)).rejects.toThrow(
      'already has a policy of this type',
    );
    await db.settings.add({
      id: 's-new' as SettingId,
      name: 'Elm Tree Nursery',
      nameKey: 'elm tree nursery',
      phase: 'preschool',
      type: 'early_years',
      localAuthority: '',
      urn: '',
      linkedSettingIds: [],
      archived: 0,
      createdAt: now,
      updatedAt: now,
    });
    await repo.moveToSetting(a.policyId, 's-new' as SettingId, now);
    expect((await db.policies.get(a.policyId))?.settingId).toBe('s-new');
  });

  it('makes an earlier version current again on request, and keeps the search text of the current one only', async () => {
    const body = (date: string) =>
      `Oakfield Primary School\n\nSocial Media Policy\n\nDate approved: ${date}\n\nStaff must not contact pupils through personal accounts.\n`;
    const v1 = await repo.importDocument(await text('a.txt', body('12/10/2022')), { now });
    const v2 = await repo.importDocument(await text('b.txt', body('15/10/2024')), { now });
    if (v1.kind !== 'imported' || v2.kind !== 'imported') throw new Error('not imported');
    await repo.setCurrentVersion(v1.policyId, v1.versionId, now);
    expect((await db.policies.get(v1.policyId))?.currentVersionId).toBe(v1.versionId);
    expect((await db.policyTexts.toArray()).map((t) => t.versionId)).toEqual([v1.versionId]);
    expect((await db.policies.get(v1.policyId))?.reviewSummary?.versionId).toBe(v1.versionId);
  });
});
