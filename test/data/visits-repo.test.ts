import { describe, expect, it } from 'vitest';
import type { ChecklistTemplateId, SettingId } from '../../src/core/ids';
import { VisitsRepo } from '../../src/data/repos/visits-repo';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { DEFAULT_CHECKLIST_ID } from '../../src/data/visit-checklist';
import { freshDb } from '../support/db';

async function setup() {
  const db = freshDb();
  const setting = await new SettingsRepo(db).create({
    name: 'Harbour View Primary School',
    phase: 'primary',
    type: 'academy',
    localAuthority: '',
    urn: '',
    linkedSettingIds: [],
  });
  const repo = new VisitsRepo(db);
  await repo.ensureDefaultTemplate();
  return { db, repo, settingId: setting.id };
}

describe('visits in the store', () => {
  it('seeds the default checklist once, with a fixed id', async () => {
    const { repo } = await setup();
    await repo.ensureDefaultTemplate();
    const templates = await repo.listTemplates();
    expect(templates.map((t) => [t.id, t.name])).toEqual([
      [DEFAULT_CHECKLIST_ID, 'Annual safeguarding audit (section 175 / 157)'],
    ]);
  });

  it('plans a visit with a copy of the checklist that later template edits do not change', async () => {
    const { repo, settingId } = await setup();
    const [template] = await repo.listTemplates();
    await expect(repo.plan({ settingId: '', date: null, officer: '', templateId: '' })).rejects.toMatchObject(
      { errors: { settingId: 'Choose the setting to visit' } },
    );
    const visit = await repo.plan({
      settingId,
      date: '2026-12-05',
      officer: '  Ruth   Adeyemi ',
      templateId: template!.id,
    });
    expect(visit).toMatchObject({ status: 'planned', officer: 'Ruth Adeyemi', date: '2026-12-05' });
    await repo.saveTemplate(template!.id, {
      name: template!.name,
      items: [{ id: 'only', section: 'Leadership', text: 'Just one item now' }],
    });
    expect((await repo.get(visit.id))!.items).toHaveLength(template!.items.length);
  });

  it('records judgements, notes and evidence, and starts the visit', async () => {
    const { db, repo, settingId } = await setup();
    const visit = await repo.plan({
      settingId,
      date: '2026-12-05',
      officer: 'Ruth Adeyemi',
      templateId: DEFAULT_CHECKLIST_ID as ChecklistTemplateId,
    });
    await repo.saveNote(visit.id, 'filtering-checks', 'Checks done termly, not logged');
    expect((await repo.findings(visit.id))[0]).toMatchObject({ itemId: 'filtering-checks', judgement: null });
    expect((await repo.get(visit.id))!.status).toBe('in_progress');
    await repo.judge(visit.id, 'filtering-checks', 'partly');
    const [photo] = await repo.addEvidence(visit.id, 'filtering-checks', [
      { name: 'log.jpg', mediaType: '', bytes: new Uint8Array([255, 216, 255]) },
    ]);
    expect(photo).toMatchObject({ mediaType: 'image/jpeg', size: 3 });
    const [finding] = await repo.findings(visit.id);
    expect(finding).toMatchObject({
      judgement: 'partly',
      note: 'Checks done termly, not logged',
      evidenceFileIds: [photo!.id],
    });
    expect((await db.files.get(photo!.id))!.bytes).toEqual(new Uint8Array([255, 216, 255]));
    await repo.removeEvidence(visit.id, 'filtering-checks', photo!.id);
    expect(await db.files.get(photo!.id)).toBeUndefined();
    await expect(repo.judge(visit.id, 'no-such-item', 'met')).rejects.toThrow('not part of this visit');
  });

  it('keeps actions with owners, due dates and the day they were closed', async () => {
    const { repo, settingId } = await setup();
    const visit = await repo.plan({
      settingId,
      date: '2026-12-05',
      officer: 'Ruth Adeyemi',
      templateId: DEFAULT_CHECKLIST_ID as ChecklistTemplateId,
    });
    await expect(
      repo.addAction(visit.id, { text: '', owner: '', due: null, findingId: null }),
    ).rejects.toMatchObject({ errors: { text: 'Describe the action', owner: 'Enter who owns the action' } });
    const action = await repo.addAction(visit.id, {
      text: 'Log filtering checks',
      owner: 'Daniel Achebe',
      due: '2027-01-31',
      findingId: null,
    });
    expect(action).toMatchObject({ settingId, status: 'open', closedOn: null });
    await repo.setActionStatus(action.id, 'done', new Date('2027-01-10T12:00:00Z'));
    expect((await repo.actions())[0]).toMatchObject({ status: 'done', closedOn: '2027-01-10' });
    await repo.setActionStatus(action.id, 'open', new Date('2027-01-11T12:00:00Z'));
    expect((await repo.actions())[0]).toMatchObject({ status: 'open', closedOn: null });
  });

  it('deletes a visit with its findings, actions and evidence', async () => {
    const { db, repo, settingId } = await setup();
    const visit = await repo.plan({
      settingId: settingId as SettingId,
      date: '2026-12-05',
      officer: 'Ruth Adeyemi',
      templateId: DEFAULT_CHECKLIST_ID as ChecklistTemplateId,
    });
    await repo.judge(visit.id, 'dsl-named', 'met');
    await repo.addEvidence(visit.id, 'dsl-named', [
      { name: 'poster.png', mediaType: 'image/png', bytes: new Uint8Array([1]) },
    ]);
    await repo.addAction(visit.id, { text: 'Replace posters', owner: 'DSL', due: null, findingId: null });
    await repo.deleteVisit(visit.id);
    expect([
      await db.visits.count(),
      await db.findings.count(),
      await db.actions.count(),
      await db.files.count(),
    ]).toEqual([0, 0, 0, 0]);
  });
});
