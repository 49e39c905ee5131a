// Staff and completions imports written to the store and undone, on files of our own making,
// including a 30,000-row export across 600 settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingId } from '../../src/core/ids';
import {
  findStaffHeader,
  guessStaffMapping,
  previewStaffImport,
} from '../../src/core/training/csv/staff-import';
import {
  findCompletionHeader,
  guessCompletionMapping,
  previewCompletionsImport,
} from '../../src/core/training/csv/completions-import';
import { readDelimitedFile } from '../../src/documents/csv/read-table';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { TrainingRepo } from '../../src/data/repos/training-repo';
import { CompletionsRepo } from '../../src/data/repos/completions-repo';
import { TrainingImportRepo } from '../../src/data/repos/training-import-repo';
import type { OversightDb } from '../../src/data/db';
import { freshDb } from '../support/db';
import { removePerson } from '../../src/data/privacy/remove-person';

const FIXTURES = join(__dirname, '../fixtures/training');
const fixture = (name: string) => readDelimitedFile(name, new Uint8Array(readFileSync(join(FIXTURES, name))));

async function storeContext(db: OversightDb, settingId: SettingId | null) {
  return {
    settings: await db.settings.toArray(),
    people: await db.people.toArray(),
    memberships: await db.memberships.toArray(),
    settingId,
  };
}

async function setup() {
  const db = freshDb();
  const settings = new SettingsRepo(db);
  const brook = await settings.create({
    name: 'Brookfield Infant School',
    phase: 'infant',
    type: 'academy',
    localAuthority: '',
    urn: '148201',
    linkedSettingIds: [],
  });
  return { db, brook: brook.id, imports: new TrainingImportRepo(db), training: new TrainingRepo(db) };
}

describe('staff import into the store', () => {
  it('writes nothing until committed; the commit is recorded; undo removes it all in one go', async () => {
    const { db, brook, imports } = await setup();
    const table = findStaffHeader(fixture('sims-staff-1252.csv'));
    const preview = previewStaffImport(
      table,
      guessStaffMapping(table.headers),
      await storeContext(db, brook),
    );
    expect(await db.people.count()).toBe(0);
    const outcome = await imports.commitStaff(preview, 'sims-staff-1252.csv');
    expect(outcome).toMatchObject({ added: 4, updated: 0 });
    expect((await db.people.toArray()).map((p) => p.name).sort()).toEqual([
      "Kieran O'Neill",
      'Siân Morgan',
      'Tomasz Nowak',
      'Zoë Hart',
    ]);
    const [batch] = await imports.listImports();
    expect(batch).toMatchObject({ kind: 'staff', label: 'sims-staff-1252.csv', undoneAt: null });
    expect(batch!.records).toHaveLength(8);

    await imports.undo(outcome.batchId);
    expect(await db.people.count()).toBe(0);
    expect(await db.memberships.count()).toBe(0);
    await expect(imports.undo(outcome.batchId)).rejects.toThrow('already been undone');
  });

  it('a re-import updates records, and undo puts them back as they were', async () => {
    const { db, brook, imports } = await setup();
    const first = findStaffHeader(fixture('arbor-staff.csv'));
    await imports.commitStaff(
      previewStaffImport(first, guessStaffMapping(first.headers), await storeContext(db, brook)),
      'first',
    );
    const before = await db.memberships.toArray();
    // The next export has Zoe leaving and Aoife with a new job title.
    const next = readDelimitedFile(
      'arbor-staff-2.csv',
      new TextEncoder().encode(
        'Legal First Name,Preferred First Name,Legal Last Name,Job Title,Employment End Date,Email Address\nZoë,Zoe,Hart,Teaching Assistant,31/08/2026,zoe.hart@brookfield.example.org\nAoife,,Brennan,Kitchen Manager,,aoife.brennan@brookfield.example.org\n',
      ),
    );
    const table = findStaffHeader(next);
    const preview = previewStaffImport(
      table,
      guessStaffMapping(table.headers),
      await storeContext(db, brook),
    );
    expect(preview.rows.map((r) => [r.name, r.action, r.changes])).toEqual([
      ['Zoe Hart', 'update', ['records the leaving date']],
      ['Aoife Brennan', 'update', ['job title becomes Kitchen Manager']],
    ]);
    const outcome = await imports.commitStaff(preview, 'second');
    expect((await db.memberships.toArray()).find((m) => m.jobTitle === 'Kitchen Manager')).toBeDefined();
    await imports.undo(outcome.batchId);
    expect(await db.memberships.toArray()).toEqual(before);
  });

  it('undo puts back what it changed but never brings back a person removed since', async () => {
    const { db, brook, imports } = await setup();
    const first = findStaffHeader(fixture('arbor-staff.csv'));
    await imports.commitStaff(
      previewStaffImport(first, guessStaffMapping(first.headers), await storeContext(db, brook)),
      'first',
    );
    const next = readDelimitedFile(
      'arbor-staff-2.csv',
      new TextEncoder().encode(
        'Legal First Name,Legal Last Name,Job Title\nZoë,Hart,HLTA\nAoife,Brennan,Kitchen Manager\n',
      ),
    );
    const table = findStaffHeader(next);
    const outcome = await imports.commitStaff(
      previewStaffImport(table, guessStaffMapping(table.headers), await storeContext(db, brook)),
      'second',
    );
    const zoe = (await db.people.toArray()).find((p) => p.surname === 'Hart')!;
    await removePerson(db, zoe.id);
    await imports.undo(outcome.batchId);
    expect(await db.people.get(zoe.id)).toBeUndefined();
    expect(await db.memberships.where('personId').equals(zoe.id).count()).toBe(0);
    expect((await db.memberships.toArray()).map((m) => m.jobTitle).sort()).toEqual([
      'Cook',
      'Site Manager, Caretaker',
      'Teacher, Year 2',
    ]);
  });

  it('undo is refused, with the reason, once training has been recorded for someone the import added', async () => {
    const { db, brook, imports, training } = await setup();
    await training.addDefaultCourses();
    const [course] = await training.listCourses();
    const table = findStaffHeader(fixture('arbor-staff.csv'));
    const outcome = await imports.commitStaff(
      previewStaffImport(table, guessStaffMapping(table.headers), await storeContext(db, brook)),
      'arbor',
    );
    const someone = (await db.people.toArray())[0]!;
    await new CompletionsRepo(db).recordSession(
      { courseId: course!.id, completedOn: '2026-09-01', provider: '', personIds: [someone.id] },
      '2026-11-21',
    );
    await expect(imports.undo(outcome.batchId)).rejects.toThrow(
      '1 training record has since been recorded for people it added',
    );
    expect(await db.people.count()).toBe(4);
  });

  it('a 30,000-row export across 600 settings: read, checked and written whole', async () => {
    const { db, imports } = await setup();
    const settings = new SettingsRepo(db);
    const names: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      const s = await settings.create({
        name: `Northmoor School ${i + 1}`,
        phase: 'primary',
        type: 'academy',
        localAuthority: '',
        urn: '',
        linkedSettingIds: [],
      });
      names.push(s.name);
    }
    const lines = ['Legal Surname;Legal Forename;Role;Start Date;Email;School'];
    for (let i = 0; i < 30_000; i += 1) {
      lines.push(
        `Surname${i};Zoë;${i % 50 === 1 ? 'DSL' : 'Class Teacher'};${String((i % 28) + 1).padStart(2, '0')}/09/2020;person${i}@northmoor.example.org;"${names[i % 600]}"`,
      );
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const table = findStaffHeader(readDelimitedFile('la-staff.csv', bytes));
    expect(table.rows).toHaveLength(30_000);
    expect(table.rows.at(-1)!.line).toBe(30_001);
    const preview = previewStaffImport(table, guessStaffMapping(table.headers), await storeContext(db, null));
    expect(preview.counts.new).toBe(30_000);
    const seen: number[] = [];
    await imports.commitStaff(preview, 'la-staff.csv', (done) => seen.push(done));
    expect(seen.at(-1)).toBe(60_000);
    expect(await db.people.count()).toBe(30_000);
    expect(
      await db.memberships
        .where('settingId')
        .equals((await settings.findByName('Northmoor School 2'))!.id)
        .count(),
    ).toBe(50);
    expect(await db.memberships.filter((m) => m.flags.includes('dsl')).count()).toBe(600);
  }, 120_000);
});

describe('completions import into the store', () => {
  it('adds the checked rows and undoes them', async () => {
    const { db, brook, imports, training } = await setup();
    await training.addDefaultCourses();
    const courses = await training.listCourses();
    const staff = findStaffHeader(fixture('arbor-staff.csv'));
    await imports.commitStaff(
      previewStaffImport(staff, guessStaffMapping(staff.headers), await storeContext(db, brook)),
      'arbor',
    );
    const table = findCompletionHeader(fixture('provider-completions.csv'));
    const preview = previewCompletionsImport(
      table,
      guessCompletionMapping(table.headers),
      {
        courses,
        people: await db.people.toArray(),
        memberships: await db.memberships.toArray(),
        settings: await db.settings.toArray(),
        completions: await db.completions.toArray(),
      },
      {
        courseId: null,
        courseChoices: { 'level 1 safeguarding refresher 2025': courses[1]!.id },
        settingId: null,
        provider: 'In-house',
        asOf: '2026-11-21',
      },
    );
    expect(preview.counts).toEqual({ add: 3, recorded: 0, skip: 5 });
    const outcome = await imports.commitCompletions(preview, 'provider-completions.csv');
    expect(await db.completions.count()).toBe(3);
    await imports.undo(outcome.batchId);
    expect(await db.completions.count()).toBe(0);
  });
});
