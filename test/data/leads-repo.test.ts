import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadsRepo } from '../../src/data/repos/leads-repo';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { readDocument } from '../../src/documents/read';
import { extractPolicy } from '../../src/core/extraction/extract';
import { defaultConfig } from '../../src/data/defaults';
import { summariseVersion } from '../../src/core/reviews/policy-summary';
import type { OversightDb } from '../../src/data/db';
import type { FileId, PolicyId, PolicyVersionId, RoleAssignmentId } from '../../src/core/ids';
import { freshDb } from '../support/db';
import { AS_OF, sampleStore } from './review-fixtures';

let db: OversightDb;
let repo: LeadsRepo;
afterEach(() => db.close());

describe('the leads register on the sample trust', () => {
  beforeEach(async () => {
    db = await sampleStore();
    repo = new LeadsRepo(db);
  });

  const settingId = async (name: string) => (await new SettingsRepo(db).findByName(name))!.id;
  const current = async (settingName: string, role: string) => {
    const overview = LeadsRepo.overview(await repo.loadInputs(), AS_OF);
    return overview.settings
      .find((s) => s.name === settingName)!
      .rows.filter((r) => r.role === role && r.state === 'current')
      .map((r) => r.name);
  };

  it('shows the vacancy, the policy naming a former DSL, and the expired DSL training', async () => {
    const overview = LeadsRepo.overview(await repo.loadInputs(), AS_OF);
    expect(overview.vacancies.map((v) => `${v.settingName}: ${v.role}`)).toEqual([
      'Brookfield Junior School: safeguarding_governor',
    ]);
    const mismatches = overview.mismatches.map((m) => `${m.kind}: ${m.name}`);
    expect(mismatches).toContain('former_holder: Rebecca Thornton');
    expect(mismatches).toContain('dsl_training: Marcus Bell');
    expect(overview.mismatches.find((m) => m.kind === 'former_holder')?.reason).toMatch(
      /the policy names a former DSL\.$/,
    );
  });

  it('hands a role over in one step: the old one ends, the new one starts the same day', async () => {
    const harbour = await settingId('Harbour View Primary School');
    const daniel = (
      await db.roleAssignments.where('[settingId+role]').equals([harbour, 'dsl']).toArray()
    ).find((a) => a.to === null)!;
    const { ended, started } = await repo.handOver(daniel.id, AS_OF, { name: 'Fatima Chowdhury' });
    expect(ended.to).toBe(AS_OF);
    expect(started).toMatchObject({ from: AS_OF, to: null, role: 'dsl', settingId: harbour });
    expect(started.personId).toBe((await db.people.where('name').equals('Fatima Chowdhury').first())!.id);
    expect(await current('Harbour View Primary School', 'dsl')).toEqual(['Fatima Chowdhury']);
    const overview = LeadsRepo.overview(await repo.loadInputs(), AS_OF);
    expect(
      overview.mismatches.find((m) => m.kind === 'former_holder' && m.settingId === harbour)?.currentHolders,
    ).toEqual(['Fatima Chowdhury']);
  });

  it('undoes a hand over and an end exactly', async () => {
    const harbour = await settingId('Harbour View Primary School');
    const daniel = (
      await db.roleAssignments.where('[settingId+role]').equals([harbour, 'dsl']).toArray()
    ).find((a) => a.to === null)!;
    const { started } = await repo.handOver(daniel.id, AS_OF, { name: 'Fatima Chowdhury' });
    await repo.undo(daniel, started);
    expect(await db.roleAssignments.get(daniel.id)).toEqual(daniel);
    expect(await db.roleAssignments.get(started.id)).toBeUndefined();
    expect(await current('Harbour View Primary School', 'dsl')).toEqual(['Daniel Achebe']);
    await repo.end(daniel.id, AS_OF);
    await repo.undo(daniel);
    expect((await db.roleAssignments.get(daniel.id))?.to).toBeNull();
  });

  it('refuses a hand over to the same person or before the holder started, changing nothing', async () => {
    const harbour = await settingId('Harbour View Primary School');
    const daniel = (
      await db.roleAssignments.where('[settingId+role]').equals([harbour, 'dsl']).toArray()
    ).find((a) => a.to === null)!;
    await expect(repo.handOver(daniel.id, AS_OF, { personId: daniel.personId })).rejects.toThrow(
      'Choose someone other than the current holder',
    );
    await expect(repo.handOver(daniel.id, '2020-01-01', { name: 'Someone New' })).rejects.toThrow(
      /must be after the outgoing holder started/,
    );
    expect((await db.roleAssignments.get(daniel.id))?.to).toBeNull();
    expect(await db.people.where('name').equals('Someone New').count()).toBe(0);
  });

  it('a vacancy appears when a role ends, and goes when someone is added', async () => {
    const oakridge = await settingId('Oakridge Primary School');
    const deputy = (
      await db.roleAssignments.where('[settingId+role]').equals([oakridge, 'deputy_dsl']).toArray()
    )[0]!;
    await repo.end(deputy.id, AS_OF);
    let overview = LeadsRepo.overview(await repo.loadInputs(), AS_OF);
    expect(overview.vacancies.find((v) => v.settingId === oakridge)?.reason).toMatch(
      /^No current deputy DSL \(required for primary settings\): Gareth Pryce held the role until 21 Nov 2026\.$/,
    );
    const added = await repo.add({
      settingId: oakridge,
      role: 'deputy_dsl',
      person: { name: 'Mrs Lowri Evans' },
      from: AS_OF,
      to: null,
    });
    expect(await db.people.get(added.personId)).toMatchObject({
      name: 'Lowri Evans',
      forename: 'Lowri',
      surname: 'Evans',
    });
    overview = LeadsRepo.overview(await repo.loadInputs(), AS_OF);
    expect(overview.vacancies.find((v) => v.settingId === oakridge)).toBeUndefined();
  });

  it('matches an existing person by name rather than creating a second one', async () => {
    const acorns = await settingId('Oakridge Acorns Pre-school');
    const before = await db.people.count();
    const added = await repo.add({
      settingId: acorns,
      role: 'online_safety_lead',
      person: { name: 'gareth pryce' },
      from: AS_OF,
      to: null,
    });
    expect(await db.people.count()).toBe(before);
    expect((await db.people.get(added.personId))?.name).toBe('Gareth Pryce');
  });

  it('checks dates: an end must come after the start', async () => {
    const oakridge = await settingId('Oakridge Primary School');
    const deputy = (
      await db.roleAssignments.where('[settingId+role]').equals([oakridge, 'deputy_dsl']).toArray()
    )[0]!;
    await expect(repo.end(deputy.id, '2000-01-01')).rejects.toThrow(
      /The end date must be after the start date/,
    );
    await expect(
      repo.add({ settingId: oakridge, role: 'dpo', person: { name: '' }, from: null, to: null }),
    ).rejects.toThrow('Enter the person’s name');
  });

  it('removes a role entered by mistake, with undo', async () => {
    const oakridge = await settingId('Oakridge Primary School');
    const added = await repo.add({
      settingId: oakridge,
      role: 'network_manager',
      person: { name: 'Ian Byrne' },
      from: AS_OF,
      to: null,
    });
    const removed = await repo.remove(added.id);
    expect(await db.roleAssignments.get(added.id)).toBeUndefined();
    await repo.restore(removed);
    expect(await db.roleAssignments.get(added.id as RoleAssignmentId)).toBeDefined();
  });
});

describe('adding a confirmed policy’s named leads to the register', () => {
  it('St Alphege: Jacqui Spinks becomes DSL (and head) from September 2022, Paula Trewin safeguarding governor, in one step', async () => {
    db = freshDb();
    repo = new LeadsRepo(db);
    const setting = await new SettingsRepo(db).create({
      name: 'St Alphege CE Infant School',
      phase: 'infant',
      type: 'maintained',
      localAuthority: 'Kent',
      urn: '',
      linkedSettingIds: [],
    });
    const file = 'st-alphege-infant-social-media.docx';
    const document = await readDocument({
      name: file,
      bytes: new Uint8Array(readFileSync(join(__dirname, '../../../shared/seeds', file))),
    });
    const config = defaultConfig();
    const extraction = extractPolicy(document, { frameworks: config.frameworks, guidance: config.guidance });
    const version = {
      id: 'v1' as PolicyVersionId,
      policyId: 'p1' as PolicyId,
      fileId: 'f1' as FileId,
      fileName: file,
      format: 'docx' as const,
      sha256: '0',
      importedAt: '',
      document,
      extraction,
      corrections: [],
      confirmedAt: '2026-11-21T10:00:00Z',
    };
    await db.policyVersions.add(version);
    await db.policies.add({
      id: 'p1' as PolicyId,
      settingId: setting.id,
      type: 'social_media',
      title: 'Social Media Policy',
      currentVersionId: version.id,
      createdAt: '',
      updatedAt: '',
      reviewSummary: summariseVersion(version),
    });

    const plan = await repo.planFromPolicy('p1' as PolicyId, AS_OF);
    expect(plan.items.map((i) => [i.role, i.name, i.from, i.action, i.selected])).toEqual([
      ['dsl', 'Jacqui Spinks', '2022-09', 'add', true],
      ['headteacher', 'Jacqui Spinks', '2022-09', 'add', true],
      ['safeguarding_governor', 'Paula Trewin', '2022-09', 'add', true],
    ]);
    expect(await repo.addFromPolicy('p1' as PolicyId, plan.items, AS_OF)).toBe(3);
    expect(await db.people.count()).toBe(2);
    const dsl = await db.roleAssignments.where('[settingId+role]').equals([setting.id, 'dsl']).first();
    expect(dsl).toMatchObject({ from: '2022-09', to: null, sourceVersionId: 'v1' });
    expect((await db.people.get(dsl!.personId))?.name).toBe('Jacqui Spinks');
    // A second time adds nothing: they are already current.
    const again = await repo.planFromPolicy('p1' as PolicyId, AS_OF);
    expect(again.items.every((i) => i.action === 'already_current')).toBe(true);
    expect(await repo.addFromPolicy('p1' as PolicyId, again.items, AS_OF)).toBe(0);
  });
});
