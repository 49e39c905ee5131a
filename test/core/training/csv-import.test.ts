// Staff and completions imports on files of our own making (test/fixtures/training), read the way the
// app reads them: bytes -> encoding detected -> rows with line numbers -> mapping -> preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDelimitedFile } from '../../../src/documents/csv/read-table';
import {
  findStaffHeader,
  guessStaffMapping,
  previewStaffImport,
  staffMappingProblems,
} from '../../../src/core/training/csv/staff-import';
import { roleFlags, splitFullName } from '../../../src/core/training/csv/people';
import {
  courseNamesInFile,
  findCompletionHeader,
  guessCompletionMapping,
  previewCompletionsImport,
  completionMappingProblems,
} from '../../../src/core/training/csv/completions-import';
import { parseCsvDate } from '../../../src/core/training/csv/dates';
import type { SettingId } from '../../../src/core/ids';
import { course, done, person, post } from './fixtures';

const FIXTURES = join(__dirname, '../../fixtures/training');
const file = (name: string) => readDelimitedFile(name, new Uint8Array(readFileSync(join(FIXTURES, name))));
const BROOK = 'brookfield' as SettingId;
const CUTHBERT = 'cuthbert' as SettingId;
const settings = [
  { id: BROOK, name: 'Brookfield Infant School', urn: '148201', archived: false },
  { id: CUTHBERT, name: "St Cuthbert's CE Infant School", urn: '148202', archived: false },
];
const empty = { settings, people: [], memberships: [], settingId: BROOK };

describe('reading staff exports', () => {
  it('Arbor: UTF-8 with a BOM, commas, quoted commas and a blank line', () => {
    const t = file('arbor-staff.csv');
    expect(t.encoding).toBe('UTF-8 with BOM');
    expect(t.delimiter).toBe(',');
    const table = findStaffHeader(t);
    expect(table.headers[0]).toBe('Legal First Name'); // the BOM is gone
    const mapping = guessStaffMapping(table.headers);
    expect(mapping).toEqual({
      forename: 0,
      preferredForename: 1,
      surname: 2,
      jobTitle: 3,
      start: 4,
      end: 5,
      email: 6,
    });
    const preview = previewStaffImport(table, mapping, empty);
    expect(preview.rows.map((r) => [r.line, r.name, r.jobTitle, r.start, r.end, r.action])).toEqual([
      [2, 'Siân Llewellyn', 'Teacher, Year 2', '2019-09-01', null, 'new'],
      [3, 'Zoe Hart', 'Teaching Assistant', '2021-04-15', null, 'new'],
      // line 4 is blank
      [5, "Ciarán O'Neill", 'Site Manager, Caretaker', '2016-01-03', '2026-07-31', 'new'],
      [6, 'Aoife Brennan', 'Cook', '2022-11-07', null, 'new'],
    ]);
  });

  it('SIMS saved by Excel: Windows-1252, semicolons, a title line, blank lines, and the problems with their line numbers', () => {
    const t = file('sims-staff-1252.csv');
    expect(t.encoding).toBe('Windows-1252');
    expect(t.delimiter).toBe(';');
    const table = findStaffHeader(t);
    expect(table.headerLine).toBe(2);
    const mapping = guessStaffMapping(table.headers);
    expect(mapping).toMatchObject({
      surname: 0,
      forename: 1,
      preferredForename: 2,
      role: 3,
      start: 4,
      end: 5,
      email: 6,
    });
    const preview = previewStaffImport(table, mapping, empty);
    const byLine = Object.fromEntries(preview.rows.map((r) => [r.line, r]));
    expect(byLine[3]).toMatchObject({ name: 'Siân Morgan', flags: ['dsl'], action: 'new' });
    expect(byLine[4]).toMatchObject({ name: 'Zoë Hart', jobTitle: 'Teaching Assistant', action: 'new' });
    // The preferred forename is the one shown; the quoted "Deputy DSL; SLT" stays one cell.
    expect(byLine[5]).toMatchObject({
      name: "Kieran O'Neill",
      flags: ['deputy_dsl', 'leadership'],
      action: 'new',
    });
    // 31/02/2023 is reported, not shifted to 3 March; the curly apostrophe reads as ’.
    expect(byLine[7]).toMatchObject({
      name: 'Priya D’Souza',
      action: 'skip',
      problems: ['Start date “31/02/2023” is not a real date'],
    });
    expect(byLine[8]).toMatchObject({ action: 'skip', problems: ['No name'] });
    expect(byLine[9]).toMatchObject({ name: 'Zoë Hart', action: 'skip', problems: ['Duplicate of line 4'] });
    expect(byLine[10]).toMatchObject({ name: 'Tomasz Nowak', flags: ['volunteer'], start: '2024-03-05' });
    expect(preview.counts).toEqual({ new: 4, new_post: 0, update: 0, unchanged: 0, skip: 3 });
  });

  it('Bromcom "Unicode text": UTF-16 with tabs, and a setting column matched by name', () => {
    const t = file('bromcom-staff-utf16.txt');
    expect(t.encoding).toBe('UTF-16LE');
    expect(t.delimiter).toBe('\t');
    const table = findStaffHeader(t);
    const mapping = guessStaffMapping(table.headers);
    expect(mapping.setting).toBe(6);
    const preview = previewStaffImport(table, mapping, { ...empty, settingId: null });
    expect(preview.rows.map((r) => [r.name, r.settingId])).toEqual([
      ['Bethan Price', CUTHBERT],
      ['Owen Griffiths', CUTHBERT],
      ['Nia Morgan', BROOK],
    ]);
    // "Governor" in the job title column is a job title; without a role column no flags are invented.
    expect(preview.rows[2]!.flags).toEqual([]);
  });

  it('a re-import matches people already on the list: unchanged, updated (leaving date), or a second post by e-mail', () => {
    const zoe = person('Zoe Hart', 'zoe.hart@brookfield.example.org');
    const sian = person('Siân Llewellyn', 'sian.llewellyn@brookfield.example.org');
    const ciaran = person("Ciarán O'Neill");
    const zoePost = post(zoe, BROOK, { jobTitle: 'Teaching Assistant', start: '2021-04-15' });
    const ciaranPost = post(ciaran, BROOK, { jobTitle: 'Site Manager, Caretaker', start: '2016-01-03' });
    const sianElsewhere = post(sian, CUTHBERT, { jobTitle: 'Outreach' });
    const table = findStaffHeader(file('arbor-staff.csv'));
    const preview = previewStaffImport(table, guessStaffMapping(table.headers), {
      settings,
      people: [zoe, sian, ciaran],
      memberships: [zoePost, ciaranPost, sianElsewhere],
      settingId: BROOK,
    });
    expect(preview.rows.map((r) => [r.name, r.action, r.changes])).toEqual([
      ['Siân Llewellyn', 'new_post', []],
      ['Zoe Hart', 'unchanged', []],
      ["Ciarán O'Neill", 'update', ['records the leaving date']],
      ['Aoife Brennan', 'new', []],
    ]);
    expect(preview.rows[0]!.personId).toBe(sian.id);
  });

  it('asks for a name column and a setting before previewing', () => {
    expect(staffMappingProblems({ jobTitle: 0 }, ['Job Title'], false)).toEqual([
      'Choose the column with the name (a full name, or a forename and a surname)',
      'Choose the setting these staff work in, or the column that names it',
    ]);
    expect(staffMappingProblems({ fullName: 0, jobTitle: 0 }, ['Name'], true)).toEqual([
      'The column “Name” is chosen for both Full name and Job title',
    ]);
  });

  it('reads role words and full names the way exports write them', () => {
    expect(roleFlags('Class Teacher; DSL')).toEqual(['dsl']);
    expect(roleFlags('Deputy Designated Safeguarding Lead / SLT')).toEqual(['deputy_dsl', 'leadership']);
    expect(roleFlags('Co-opted Governor')).toEqual(['governor']);
    expect(roleFlags('Teaching Assistant')).toEqual([]);
    expect(splitFullName('Llewellyn, Siân')).toEqual(['Siân', 'Llewellyn']);
    expect(splitFullName('Mary Jane Smith')).toEqual(['Mary Jane', 'Smith']);
  });
});

describe('UK dates in exports', () => {
  it.each([
    ['03/04/2023', '2023-04-03'],
    ['3/4/23', '2023-04-03'],
    ['03-04-2023', '2023-04-03'],
    ['2023-04-03', '2023-04-03'],
    ['3 Apr 2023', '2023-04-03'],
    ['3rd April 2023', '2023-04-03'],
    ['03-Apr-23', '2023-04-03'],
    ['03/04/2023 00:00', '2023-04-03'],
    ['2023-04-03T00:00:00', '2023-04-03'],
    ['29/02/2024', '2024-02-29'],
    ['', null],
  ])('%s', (text, iso) => {
    expect(parseCsvDate(text)).toEqual({ ok: true, date: iso });
  });
  it.each([
    ['31/02/2023', 'is not a real date'],
    ['29/02/2023', 'is not a real date'],
    ['12/31/2023', 'is not a real date'], // a US date is refused, not swapped
    ['Sept 2023', 'is not a date'],
    ['3 Smarch 2023', '“Smarch” is not a month'],
  ])('%s is reported', (text, message) => {
    const parsed = parseCsvDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe('completions from a training provider', () => {
  const sian = person('Siân Llewellyn', 'sian.llewellyn@brookfield.example.org');
  const zoe = person('Zoe Hart');
  const aoife = person('Aoife Brennan', 'aoife.brennan@brookfield.example.org');
  const annual = course('Annual safeguarding update', 12, { kind: 'all_staff' });
  const prevent = course('Prevent awareness', 36, { kind: 'all_staff' });
  const context = {
    courses: [annual, prevent],
    people: [sian, zoe, aoife],
    memberships: [post(sian, BROOK), post(zoe, BROOK), post(aoife, BROOK)],
    settings,
    completions: [done(aoife, prevent, '2025-10-03')],
  };

  it('maps the columns, lists the course names to match, and checks every row', () => {
    const table = findCompletionHeader(file('provider-completions.csv'));
    const mapping = guessCompletionMapping(table.headers);
    expect(mapping).toEqual({ fullName: 0, email: 1, course: 2, completedOn: 3, result: 4, provider: 5 });
    expect(completionMappingProblems(mapping, table.headers, { courseId: null })).toEqual([]);
    const names = courseNamesInFile(table, mapping.course, context.courses);
    expect(names.map((n) => [n.text, n.rows, n.guess])).toEqual([
      ['Level 1 Safeguarding Refresher 2025', 4, null],
      ['Prevent awareness', 3, prevent.id],
      ['Fire marshal', 1, null],
    ]);
    const preview = previewCompletionsImport(table, mapping, context, {
      courseId: null,
      courseChoices: { [names[0]!.key]: annual.id, [names[2]!.key]: null },
      settingId: null,
      provider: 'In-house',
      asOf: '2025-11-21',
    });
    expect(
      preview.rows.map((r) => [
        r.line,
        r.action,
        r.name,
        r.courseName,
        r.completedOn,
        r.provider,
        r.problems,
      ]),
    ).toEqual([
      [
        2,
        'add',
        'Siân Llewellyn',
        'Annual safeguarding update',
        '2025-09-12',
        'Northmoor Safeguarding Partnership',
        [],
      ],
      [3, 'add', 'Zoe Hart', 'Annual safeguarding update', '2025-09-12', 'In-house', []],
      [
        4,
        'skip',
        'Aoife Brennan',
        'Annual safeguarding update',
        '2025-09-12',
        'In-house',
        ['Not completed (“In progress”)'],
      ],
      [5, 'recorded', 'Aoife Brennan', 'Prevent awareness', '2025-10-03', 'Home Office e-learning', []],
      [
        6,
        'skip',
        'Zoe Hart',
        'Annual safeguarding update',
        '2025-09-12',
        'In-house',
        ['Duplicate of line 3'],
      ],
      [
        7,
        'skip',
        'Nobody Known',
        'Prevent awareness',
        '2025-10-04',
        'In-house',
        ['Nobody called Nobody Known is on the staff lists'],
      ],
      [
        8,
        'skip',
        'Siân Llewellyn',
        'Prevent awareness',
        null,
        'In-house',
        ['Date completed “29/02/2025” is not a real date'],
      ],
      [
        9,
        'skip',
        'Siân Llewellyn',
        'Fire marshal',
        '2025-10-01',
        'In-house',
        ['“Fire marshal” is not a course you track'],
      ],
    ]);
    expect(preview.counts).toEqual({ add: 2, recorded: 1, skip: 5 });
  });

  it('refuses training dated after the day of the import, and tells two people of the same name apart only with more columns', () => {
    const other = person('Zoe Hart');
    const text = 'Name,Date\nZoe Hart,01/12/2025\nAoife Brennan,01/12/2026\n';
    const t = readDelimitedFile('x.csv', new TextEncoder().encode(text));
    const table = findCompletionHeader(t);
    const preview = previewCompletionsImport(
      table,
      guessCompletionMapping(table.headers),
      {
        ...context,
        people: [...context.people, other],
        memberships: [...context.memberships, post(other, CUTHBERT)],
      },
      {
        courseId: annual.id,
        courseChoices: {},
        settingId: null,
        provider: '',
        asOf: '2026-01-10',
      },
    );
    expect(preview.rows.map((r) => r.problems)).toEqual([
      ['2 people are called Zoe Hart: add an e-mail or setting column to tell them apart'],
      ['The date completed (01/12/2026) is in the future'],
    ]);
    // Narrowed to one setting, the name is unique.
    const narrowed = previewCompletionsImport(
      table,
      guessCompletionMapping(table.headers),
      {
        ...context,
        people: [...context.people, other],
        memberships: [...context.memberships, post(other, CUTHBERT)],
      },
      {
        courseId: annual.id,
        courseChoices: {},
        settingId: BROOK,
        provider: '',
        asOf: '2026-01-10',
      },
    );
    expect(narrowed.rows[0]).toMatchObject({ action: 'add', personId: zoe.id });
  });
});
