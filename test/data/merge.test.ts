// Moving data between laptops with visit packs: new records added, records changed on one side taken,
// records changed on both surfaced as conflicts, and importing the same pack twice changes nothing.
import { describe, expect, it } from 'vitest';
import type { PersonId, SettingId } from '../../src/core/ids';
import { decodeBackup, encodeBackup, type BackupMeta, type Snapshot } from '../../src/data/backup/format';
import { applyMerge, planMerge, type Choice } from '../../src/data/backup/merge';
import { exportPack } from '../../src/data/backup/pack';
import { exportSnapshot, restoreSnapshot } from '../../src/data/backup/snapshot';
import type { OversightDb } from '../../src/data/db';
import { removePerson } from '../../src/data/privacy/remove-person';
import { TrustRepo } from '../../src/data/repos/trust-repo';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { freshDb } from '../support/db';

const meta: BackupMeta = { createdAt: '2026-11-21T12:00:00.000Z', appVersion: 'test', kind: 'pack' };

async function laptop(): Promise<OversightDb> {
  const db = freshDb();
  await restoreSnapshot(
    db,
    await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, '2026-11-21T09:00:00.000Z'),
  );
  return db;
}

async function settingId(db: OversightDb, name: string): Promise<SettingId> {
  return (await db.settings.where('name').equals(name).first())!.id;
}

/** Exports a pack, writes it as a file and reads it back, as another laptop would. */
async function pack(db: OversightDb, names: string[], passphrase?: string): Promise<Snapshot> {
  const ids = await Promise.all(names.map((n) => settingId(db, n)));
  const { snapshot } = await exportPack(db, ids);
  const bytes = await encodeBackup(snapshot, { ...meta, settingIds: ids }, passphrase ? { passphrase } : {});
  const decoded = await decodeBackup(bytes, { passphrase });
  expect(decoded.manifest.kind).toBe('pack');
  return decoded.snapshot;
}

async function importPack(db: OversightDb, p: Snapshot, choices: Record<string, Choice> = {}) {
  const plan = await planMerge(db, p);
  const result = await applyMerge(db, p, plan, choices, '2026-11-22T10:00:00.000Z');
  return { plan, result };
}

async function touch(
  db: OversightDb,
  table: string,
  id: string,
  change: Record<string, unknown>,
  at: string,
) {
  const record = (await db.table(table).get(id)) as Record<string, unknown>;
  await db.table(table).put({ ...record, ...change, updatedAt: at });
}

describe('visit packs', () => {
  it('carry the chosen settings with their policies, files, people, staff, training and visits', async () => {
    const a = await laptop();
    const p = await pack(a, ['Harbour View Primary School']);
    const harbour = await settingId(a, 'Harbour View Primary School');
    expect(p.tables.settings.map((s) => s.name)).toEqual(['Harbour View Primary School']);
    expect(p.tables.policies.every((x) => x.settingId === harbour)).toBe(true);
    expect(p.tables.policyVersions).toHaveLength(p.tables.policies.length);
    expect(p.tables.files.map((f) => f.id).sort()).toEqual(
      p.tables.policyVersions.map((v) => v.fileId).sort(),
    );
    expect(p.tables.people.map((x) => x.name)).toContain('Daniel Achebe');
    expect(p.tables.people.map((x) => x.name)).not.toContain('Hannah Okafor');
    const people = new Set(p.tables.people.map((x) => x.id));
    expect(p.tables.completions.length).toBeGreaterThan(0);
    expect(p.tables.completions.every((c) => people.has(c.personId as string))).toBe(true);
    expect(p.tables.visits.every((v) => v.settingId === harbour)).toBe(true);
    expect(p.tables.config).toEqual([]);
    expect(Object.keys(p.sync ?? {})).toHaveLength(
      Object.entries(p.tables)
        .filter(([t]) => t !== 'trust')
        .reduce((n, [, rows]) => n + rows.length, 0),
    );
  });

  it('on a new laptop: everything is added, and importing the same pack twice changes nothing', async () => {
    const a = await laptop();
    const p = await pack(
      a,
      ['Harbour View Primary School', 'Oakridge Acorns Pre-school'],
      'a long shared passphrase',
    );
    const c = freshDb();
    const { plan, result } = await importPack(c, p);
    expect(plan.conflicts).toEqual([]);
    expect(result.totals.added).toBeGreaterThan(100);
    expect((await c.settings.toArray()).map((s) => s.name).sort()).toEqual([
      'Harbour View Primary School',
      'Oakridge Acorns Pre-school',
    ]);
    expect((await c.trust.toArray()).map((t) => t.name)).toEqual(['Kestrel Vale Learning Trust']);
    const files = await c.files.toArray();
    expect(files.every((f) => f.bytes instanceof Uint8Array && f.bytes.byteLength === f.size)).toBe(true);

    const before = await exportSnapshot(c);
    const again = await importPack(c, p);
    expect(again.plan.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(again.plan.totals.unchanged).toBe(result.totals.added);
    expect(await exportSnapshot(c)).toEqual(before);
  });

  it('does not take another trust’s details, and keeps this laptop’s own', async () => {
    const a = await laptop();
    const p = await pack(a, ['Harbour View Primary School']);
    const c = freshDb();
    await new TrustRepo(c).create({ name: 'Northmoor Council', kind: 'local_authority' });
    const { plan } = await importPack(c, p);
    expect(plan.otherTrust).toBe('Kestrel Vale Learning Trust');
    expect((await c.trust.toArray()).map((t) => t.name)).toEqual(['Northmoor Council']);
    expect(await c.settings.count()).toBe(1);
  });

  it('concurrent edits on two copies: one-sided changes merge, changes on both surface as conflicts', async () => {
    const a = await laptop();
    const b = freshDb();
    // B gets the setting from A, then both laptops exchange it once, so they share a history.
    await importPack(b, await pack(a, ['Harbour View Primary School']));
    const [x, y, z] = (await b.actions.toArray()).slice(0, 3);
    const daniel = (await b.people.where('name').equals('Daniel Achebe').first())!;
    expect(x && y && z).toBeTruthy();

    // A: changes X's owner and Z's text. B: changes X's due date, Y's status and Daniel's email.
    await touch(a, 'actions', x!.id, { owner: 'Kwame Mensah (headteacher)' }, '2026-11-23T09:00:00.000Z');
    await touch(
      a,
      'actions',
      z!.id,
      { text: 'Publish the updated policy on the website' },
      '2026-11-23T09:05:00.000Z',
    );
    await touch(b, 'actions', x!.id, { due: '2027-01-31' }, '2026-11-23T10:00:00.000Z');
    await touch(b, 'actions', y!.id, { status: 'done', closedOn: '2026-11-23' }, '2026-11-23T10:05:00.000Z');
    await touch(
      b,
      'people',
      daniel.id,
      { email: 'd.achebe@harbourview.example' },
      '2026-11-23T10:10:00.000Z',
    );

    // B's pack arrives on A.
    const fromB = await pack(b, ['Harbour View Primary School']);
    const plan = await planMerge(a, fromB);
    expect(plan.conflicts.map((c) => [c.table, c.id, c.kind])).toEqual([['actions', x!.id, 'both-changed']]);
    expect(plan.conflicts[0]!.label).toBe(`Action: ${x!.text}`);
    expect(plan.conflicts[0]!.fields.map((f) => f.field).sort()).toEqual(['due', 'owner']);
    expect(plan.conflicts[0]!.fields.find((f) => f.field === 'owner')).toEqual({
      field: 'owner',
      mine: 'Kwame Mensah (headteacher)',
      theirs: x!.owner,
    });
    expect(plan.counts.actions).toMatchObject({ updated: 1, kept: 1, conflicts: 1 });
    expect(plan.counts.people).toMatchObject({ updated: 1 });

    // Without a choice nothing is written.
    await expect(applyMerge(a, fromB, plan, {})).rejects.toThrow('Choose which version to keep');
    expect((await a.actions.get(y!.id))!.status).toBe('open');

    const result = await applyMerge(a, fromB, plan, { [plan.conflicts[0]!.key]: 'theirs' });
    expect(result.resolved).toEqual({ mine: 0, theirs: 1 });
    expect((await a.actions.get(x!.id))!).toMatchObject({ due: '2027-01-31', owner: x!.owner });
    expect((await a.actions.get(y!.id))!).toMatchObject({ status: 'done', closedOn: '2026-11-23' });
    expect((await a.actions.get(z!.id))!.text).toBe('Publish the updated policy on the website');
    expect((await a.people.get(daniel.id))!.email).toBe('d.achebe@harbourview.example');

    // Importing B's pack again changes nothing and asks nothing.
    const before = await exportSnapshot(a);
    const again = await planMerge(a, fromB);
    expect(again.conflicts).toEqual([]);
    expect(again.totals).toMatchObject({ added: 0, updated: 0 });
    await applyMerge(a, fromB, again, {});
    expect(await exportSnapshot(a)).toEqual(before);

    // And A's pack back on B brings A's one-sided change (Z) without a conflict: X was settled on A.
    const back = await planMerge(b, await pack(a, ['Harbour View Primary School']));
    expect(back.conflicts).toEqual([]);
    await applyMerge(b, await pack(a, ['Harbour View Primary School']), back, {});
    expect((await b.actions.get(z!.id))!.text).toBe('Publish the updated policy on the website');
  });

  it('keeping my version settles the conflict for good', async () => {
    const a = await laptop();
    const b = freshDb();
    await importPack(b, await pack(a, ['Oakridge Primary School']));
    const setting = await settingId(a, 'Oakridge Primary School');
    await touch(a, 'settings', setting, { urn: '148299' }, '2026-11-23T09:00:00.000Z');
    await touch(b, 'settings', setting, { localAuthority: 'Southmoor' }, '2026-11-23T09:30:00.000Z');
    const fromB = await pack(b, ['Oakridge Primary School']);
    const { plan, result } = await importPack(a, fromB, { [`settings/${setting}`]: 'mine' });
    expect(plan.conflicts.map((c) => c.label)).toEqual(['Setting: Oakridge Primary School']);
    expect(result.resolved).toEqual({ mine: 1, theirs: 0 });
    expect((await a.settings.get(setting))!).toMatchObject({ urn: '148299', localAuthority: 'Northmoor' });
    expect((await planMerge(a, fromB)).conflicts).toEqual([]);
  });

  it('copies from one backup with no exchange since: the later change wins', async () => {
    const a = await laptop();
    const b = freshDb();
    await restoreSnapshot(b, await exportSnapshot(a));
    const person = (await a.people.where('name').equals('Patrick Quinn').first())!;
    await touch(a, 'people', person.id, { email: 'old@example.org' }, '2026-11-23T09:00:00.000Z');
    await touch(b, 'people', person.id, { email: 'p.quinn@example.org' }, '2026-11-24T09:00:00.000Z');
    const { plan } = await importPack(a, await pack(b, ['Harbour View Primary School']));
    expect(plan.conflicts).toEqual([]);
    expect((await a.people.get(person.id))!.email).toBe('p.quinn@example.org');
    // The other way round the later change (B's) is kept.
    const { plan: back } = await importPack(b, await pack(a, ['Harbour View Primary School']));
    expect(back.conflicts).toEqual([]);
    expect((await b.people.get(person.id))!.email).toBe('p.quinn@example.org');
  });

  it('a person removed here stays removed when an older pack comes back; a changed copy asks', async () => {
    const a = await laptop();
    const b = freshDb();
    const p1 = await pack(a, ['Harbour View Primary School']);
    await importPack(b, p1);
    const fatima = (await b.people.where('name').equals('Fatima Chowdhury').first())!;
    const fatimaCompletions = await b.completions.where('personId').equals(fatima.id).count();
    expect(fatimaCompletions).toBeGreaterThan(0);
    await removePerson(b, fatima.id as PersonId);

    const again = await importPack(b, p1);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.plan.counts.people?.skipped).toBe(1);
    expect(again.plan.counts.completions?.skipped).toBe(fatimaCompletions);
    expect(await b.people.get(fatima.id)).toBeUndefined();
    expect(await b.completions.where('personId').equals(fatima.id).count()).toBe(0);

    await touch(a, 'people', fatima.id, { email: 'f.chowdhury@example.org' }, '2026-11-25T09:00:00.000Z');
    const p2 = await pack(a, ['Harbour View Primary School']);
    const plan = await planMerge(b, p2);
    expect(plan.conflicts.map((c) => [c.kind, c.label])).toEqual([
      ['removed-here', 'Person: Fatima Chowdhury'],
    ]);
    await applyMerge(b, p2, plan, { [plan.conflicts[0]!.key]: 'mine' });
    expect(await b.people.get(fatima.id)).toBeUndefined();
    expect(await b.completions.where('personId').equals(fatima.id).count()).toBe(0);
    expect((await planMerge(b, p2)).conflicts).toEqual([]);
  });

  it('writes nothing if the store changed while the user was choosing', async () => {
    const a = await laptop();
    const c = freshDb();
    const p = await pack(a, ['Brookfield Infant School']);
    const plan = await planMerge(c, p);
    await new TrustRepo(c).create({ name: 'Northmoor Council', kind: 'local_authority' });
    await expect(applyMerge(c, p, plan, {})).rejects.toThrow(
      'Your data changed while you were reviewing the import',
    );
    expect(await c.settings.count()).toBe(0);
  });
});

describe('the same change on both laptops', () => {
  it('is not a conflict: only the time differs', async () => {
    const a = await laptop();
    const b = freshDb();
    await importPack(b, await pack(a, ['Harbour View Primary School']));
    const visit = (await b.visits.toArray()).find((v) => v.status === 'completed')!;
    await touch(a, 'visits', visit.id, { status: 'in_progress' }, '2026-11-23T09:00:00.000Z');
    await touch(b, 'visits', visit.id, { status: 'in_progress' }, '2026-11-23T09:30:00.000Z');
    const { plan } = await importPack(a, await pack(b, ['Harbour View Primary School']));
    expect(plan.conflicts).toEqual([]);
    expect((await a.visits.get(visit.id))!.updatedAt).toBe('2026-11-23T09:30:00.000Z');
  });
});
