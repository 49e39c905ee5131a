import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../../src/core/extraction/empty';
import type { TopicEvidence } from '../../src/core/extraction/types';
import type { FileId, PolicyId, PolicyVersionId, SettingId } from '../../src/core/ids';
import type { OversightDb } from '../../src/data/db';
import { CompareRepo } from '../../src/data/repos/compare-repo';
import { toSettingRecord } from '../../src/data/repos/settings-repo';
import { freshDb } from '../support/db';

const ev = (topicId: string): TopicEvidence => ({ topicId, strength: 'covered', passages: [{ blockId: 'b1', start: 0, end: 4 }], confidence: 0.9 });
const doc = { format: 'txt' as const, blocks: [{ id: 'b1', kind: 'paragraph' as const, text: 'Staff report concerns.', headingPath: [] }], warnings: [] };

/** Two settings, one archived; each with a social media policy whose version covers one topic. */
async function seed(db: OversightDb) {
  const now = '2026-01-01T00:00:00.000Z';
  const setting = (id: string, name: string, archived: boolean) =>
    toSettingRecord({ id: id as SettingId, name, phase: 'infant', type: 'academy', localAuthority: '', urn: '', linkedSettingIds: [], archived, createdAt: now, updatedAt: now });
  await db.settings.bulkAdd([setting('s1', 'Ash Infant School', false), setting('s2', 'Beech Infant School', true), setting('s3', 'Cedar Infant School', false)]);
  const policy = (id: string, settingId: string, versionId: string, updatedAt = now) => ({ id: id as PolicyId, settingId: settingId as SettingId, type: 'social_media' as const, title: 'Social Media Policy', currentVersionId: versionId as PolicyVersionId, createdAt: now, updatedAt });
  await db.policies.bulkAdd([policy('p1', 's1', 'v1'), policy('p1b', 's1', 'v1b', '2026-02-01T00:00:00.000Z'), policy('p2', 's2', 'v2')]);
  const version = (id: string, policyId: string, topics: TopicEvidence[]) => ({
    id: id as PolicyVersionId, policyId: policyId as PolicyId, fileId: 'f' as FileId, fileName: 'x.txt', format: 'txt' as const, sha256: id, importedAt: now,
    document: doc, extraction: { ...emptyExtraction('social_media'), topics }, corrections: [], confirmedAt: null,
  });
  await db.policyVersions.bulkAdd([version('v1', 'p1', [ev('review_cycle')]), version('v1b', 'p1b', [ev('training_and_induction')]), version('v2', 'p2', [ev('review_cycle')])]);
}

describe('CompareRepo', () => {
  it('loads each active setting’s latest policy of the type, with its version', async () => {
    const db = freshDb();
    await seed(db);
    const data = await new CompareRepo(db).load('social_media');
    expect(data.settings.map((s) => s.name)).toEqual(['Ash Infant School', 'Cedar Infant School']);
    expect(data.policyBySetting.get('s1' as SettingId)?.id).toBe('p1b');
    expect([...data.versions.keys()]).toEqual(['v1b']);
  });

  it('draws the matrix from its cache of topic evidence, refilled when a version is read again', async () => {
    const db = freshDb();
    await seed(db);
    const repo = new CompareRepo(db);
    const first = await repo.loadMatrix('social_media');
    expect(first.uncached).toBe(1);
    expect(first.topics.get('v1b' as PolicyVersionId)?.map((t) => t.topicId)).toEqual(['training_and_induction']);
    expect(await repo.refreshCoverageIndex('social_media')).toBe(1);
    expect((await repo.loadMatrix('social_media')).uncached).toBe(0);
    // The policy is read again in place: the cache is out of date until refreshed.
    const v = (await db.policyVersions.get('v1b'))!;
    await db.policyVersions.update('v1b', { extraction: { ...v.extraction, topics: [ev('legal_framework')] } });
    expect((await repo.loadMatrix('social_media')).topics.get('v1b' as PolicyVersionId)?.map((t) => t.topicId)).toEqual(['training_and_induction']);
    expect(await repo.refreshCoverageIndex('social_media')).toBe(1);
    expect((await repo.loadMatrix('social_media')).topics.get('v1b' as PolicyVersionId)?.map((t) => t.topicId)).toEqual(['legal_framework']);
    expect(await repo.refreshCoverageIndex('social_media')).toBe(0);
    // A framework change rewrites the evidence and the cache together.
    await repo.replaceTopics([{ versionId: 'v1b' as PolicyVersionId, topics: [ev('cyberbullying')] }]);
    expect((await db.policyVersions.get('v1b'))!.extraction.topics.map((t) => t.topicId)).toEqual(['cyberbullying']);
    expect((await repo.loadMatrix('social_media')).topics.get('v1b' as PolicyVersionId)?.map((t) => t.topicId)).toEqual(['cyberbullying']);
  });

  it('keeps one overrule per cell, and can undo replacing or removing it', async () => {
    const db = freshDb();
    const repo = new CompareRepo(db);
    const s1 = 's1' as SettingId;
    expect(await repo.overrule(s1, 'social_media', 'blocked_sites', true, '  In the acceptable use policy ')).toBeUndefined();
    const replaced = await repo.overrule(s1, 'social_media', 'blocked_sites', false, 'Checked again');
    expect(replaced).toMatchObject({ covered: true, note: 'In the acceptable use policy' });
    expect(await db.coverageOverrides.count()).toBe(1);
    await repo.restoreOverrule(replaced!);
    expect(await db.coverageOverrides.toArray()).toMatchObject([{ covered: true, note: 'In the acceptable use policy' }]);
    const removed = await repo.clearOverrule(s1, 'social_media', 'blocked_sites');
    expect(await db.coverageOverrides.count()).toBe(0);
    await repo.restoreOverrule(removed!);
    expect(await db.coverageOverrides.count()).toBe(1);
  });

  it('keeps the latest correction of a position per question, by policy', async () => {
    const db = freshDb();
    const repo = new CompareRepo(db);
    await repo.correctPosition('p1' as PolicyId, 's1' as SettingId, 'pupil_minimum_age', 13, 'From the AUP');
    await repo.correctPosition('p1' as PolicyId, 's1' as SettingId, 'pupil_minimum_age', 16, '');
    await repo.correctPosition('p1' as PolicyId, 's1' as SettingId, 'staff_personal_use', 'not_permitted', '');
    const rows = await db.positionCorrections.where('policyId').equals('p1').toArray();
    expect(rows.map((r) => [r.question, r.value]).sort()).toEqual([
      ['pupil_minimum_age', 16],
      ['staff_personal_use', 'not_permitted'],
    ]);
    await repo.clearPositionCorrection('p1' as PolicyId, 'pupil_minimum_age');
    expect(await db.positionCorrections.count()).toBe(1);
  });

  it('corrects the cadence on the version itself, where reviews read it too', async () => {
    const db = freshDb();
    await seed(db);
    const repo = new CompareRepo(db);
    await repo.correctVersionField('v1b' as PolicyVersionId, 'reviewCadenceMonths', 24, 'Agreed by the trust board');
    expect((await db.policyVersions.get('v1b'))!.corrections).toMatchObject([{ field: 'reviewCadenceMonths', value: 24, note: 'Agreed by the trust board' }]);
    await repo.clearVersionField('v1b' as PolicyVersionId, 'reviewCadenceMonths');
    expect((await db.policyVersions.get('v1b'))!.corrections).toEqual([]);
  });

  it('keeps a model policy per type: a setting’s policy, or an imported document with its file', async () => {
    const db = freshDb();
    await seed(db);
    const repo = new CompareRepo(db);
    await expect(repo.setModelPolicy('social_media', 'nope' as PolicyId)).rejects.toThrow('That policy no longer exists');
    await repo.setModelPolicy('social_media', 'p1b' as PolicyId);
    expect(await repo.modelDocument('social_media')).toMatchObject({ label: 'Ash Infant School: Social Media Policy', policyId: 'p1b' });
    await repo.setModelDocument('social_media', { name: 'Trust model.docx', mediaType: 'application/x', bytes: new Uint8Array([1, 2]), sha256: 'ab' }, doc, 'Trust model');
    const model = (await repo.model('social_media'))!;
    expect(model).toMatchObject({ source: 'document', fileName: 'Trust model.docx', policyId: null });
    expect(await db.files.get(model.fileId!)).toMatchObject({ name: 'Trust model.docx', size: 2 });
    expect((await repo.modelDocument('social_media'))!.label).toBe('Trust model (imported from Trust model.docx)');
    // Replacing or removing the imported model removes its file, and nothing else.
    await repo.clearModel('social_media');
    expect(await repo.model('social_media')).toBeUndefined();
    expect(await db.files.get(model.fileId!)).toBeUndefined();
    expect(await db.policies.count()).toBe(3);
  });
});
