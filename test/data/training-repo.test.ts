import { describe, expect, it } from 'vitest';
import type { PersonId, SettingId } from '../../src/core/ids';
import { computeCompliance } from '../../src/core/training/compliance';
import { SettingsRepo } from '../../src/data/repos/settings-repo';
import { TrainingRepo } from '../../src/data/repos/training-repo';
import { StaffRepo } from '../../src/data/repos/staff-repo';
import { CompletionsRepo, evidenceType } from '../../src/data/repos/completions-repo';
import { ValidationError } from '../../src/data/repos/trust-repo';
import type { StaffDraft } from '../../src/core/training/staff';
import { freshDb } from '../support/db';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function setup() {
  const db = freshDb();
  const settings = new SettingsRepo(db);
  const a = await settings.create({
    name: 'Brookfield Infant School',
    phase: 'infant',
    type: 'academy',
    localAuthority: 'Northmoor',
    urn: '',
    linkedSettingIds: [],
  });
  const b = await settings.create({
    name: 'Oakridge Acorns Pre-school',
    phase: 'preschool',
    type: 'early_years',
    localAuthority: 'Northmoor',
    urn: '',
    linkedSettingIds: [],
  });
  return {
    db,
    training: new TrainingRepo(db),
    staff: new StaffRepo(db),
    completions: new CompletionsRepo(db),
    a: a.id,
    b: b.id,
  };
}

const draft = (
  settingId: SettingId,
  forename: string,
  surname: string,
  over: Partial<StaffDraft> = {},
): StaffDraft => ({
  forename,
  surname,
  email: '',
  settingId,
  jobTitle: 'Class Teacher',
  flags: [],
  start: '2024-09-01',
  end: null,
  ...over,
});

describe('the course catalogue', () => {
  it('starts from the defaults of DOMAIN.md, in order, once', async () => {
    const { training } = await setup();
    expect(await training.addDefaultCourses()).toBe(6);
    expect(await training.addDefaultCourses()).toBe(0);
    const courses = await training.listCourses();
    expect(courses.map((c) => [c.validityMonths, c.audience.kind])).toEqual([
      [null, 'all_staff'],
      [12, 'all_staff'],
      [24, 'dsl_and_deputies'],
      [null, 'all_staff'],
      [36, 'all_staff'],
      [36, 'governors'],
    ]);
  });

  it('adds, edits and archives a course; refuses a duplicate name and an empty audience', async () => {
    const { training } = await setup();
    const c = await training.createCourse({
      name: 'Paediatric first aid',
      validityMonths: 36,
      audience: { kind: 'job_titles', titles: ['Early Years Practitioner', ' '] },
      description: '',
    });
    expect(c.audience).toEqual({ kind: 'job_titles', titles: ['Early Years Practitioner'] });
    await expect(
      training.createCourse({
        name: 'paediatric FIRST aid',
        validityMonths: 36,
        audience: { kind: 'all_staff' },
        description: '',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      training.createCourse({
        name: 'Safer recruitment',
        validityMonths: 60,
        audience: { kind: 'roles', roles: [] },
        description: '',
      }),
    ).rejects.toThrow('Choose at least one role');
    await training.updateCourse(c.id, {
      name: 'Paediatric first aid (12 hour)',
      validityMonths: null,
      audience: { kind: 'all_staff' },
      description: 'EYFS',
    });
    await training.setCourseArchived(c.id, true);
    expect(await training.listCourses()).toMatchObject([
      { name: 'Paediatric first aid (12 hour)', validityMonths: null, archived: true },
    ]);
  });
});

describe('staff', () => {
  it('adds staff per setting, and the same person to a second setting', async () => {
    const { staff, a, b } = await setup();
    const gareth = await staff.addStaff(
      draft(a, 'Gareth', 'Pryce', { flags: ['deputy_dsl'], email: 'GPryce@Oakridge.example.org ' }),
    );
    expect(gareth.person).toMatchObject({ name: 'Gareth Pryce', email: 'gpryce@oakridge.example.org' });
    await staff.addStaff(draft(b, 'Gareth', 'Pryce', { jobTitle: 'Outreach' }), gareth.person.id);
    await expect(staff.addStaff(draft(b, 'Gareth', 'Pryce'), gareth.person.id)).rejects.toThrow(
      'already on this setting’s staff list',
    );
    await expect(
      staff.addStaff(draft(b, 'G', 'Pryce', { email: 'gpryce@oakridge.example.org' })),
    ).rejects.toThrow('already has this e-mail address');
    expect((await staff.listStaff(b)).map((s) => [s.person.name, s.membership.jobTitle])).toEqual([
      ['Gareth Pryce', 'Outreach'],
    ]);
    expect(await staff.findPeople('pryce')).toHaveLength(1);
  });

  it('checks the draft: a name, a setting, a leaving date after the start', async () => {
    const { staff, a } = await setup();
    await expect(staff.addStaff(draft(a, '', ''))).rejects.toThrow('Enter the person’s name');
    await expect(staff.addStaff(draft('' as SettingId, 'A', 'B'))).rejects.toThrow('Choose the setting');
    await expect(
      staff.addStaff(draft(a, 'A', 'B', { start: '2024-09-01', end: '2024-08-31' })),
    ).rejects.toThrow('before the start date');
    await expect(staff.addStaff(draft(a, 'A', 'B', { email: 'not an email' }))).rejects.toThrow(
      'e-mail address',
    );
  });

  it('edits a post and the person (records a leaving date)', async () => {
    const { staff, a } = await setup();
    const s = await staff.addStaff(draft(a, 'Lee', 'Leaver'));
    await staff.updateStaff(s.membership.id, draft(a, 'Lee', 'Leaver-Smith', { end: '2026-07-31' }));
    const [after] = await staff.listStaff(a);
    expect(after).toMatchObject({ person: { name: 'Lee Leaver-Smith' }, membership: { end: '2026-07-31' } });
  });
});

describe('completions and sessions', () => {
  it('records a session for many people in one go, skips repeats, and the setting’s percentage moves', async () => {
    const { training, staff, completions, a } = await setup();
    await training.addDefaultCourses();
    const [, annual] = await training.listCourses();
    const people: PersonId[] = [];
    for (let i = 0; i < 10; i += 1)
      people.push((await staff.addStaff(draft(a, `Person${i}`, 'Staff'))).person.id);
    const before = computeCompliance(await training.loadData(), { asOf: '2026-11-21', expiringDays: 60 });
    const annualBefore = before.settings[0]!.courses.find((c) => c.courseId === annual!.id)!;
    expect(annualBefore.percentCompliant).toBe(0);

    const result = await completions.recordSession(
      { courseId: annual!.id, completedOn: '2026-09-02', provider: 'INSET day', personIds: people },
      '2026-11-21',
    );
    expect(result.added).toHaveLength(10);
    const again = await completions.recordSession(
      {
        courseId: annual!.id,
        completedOn: '2026-09-02',
        provider: 'INSET day',
        personIds: people.slice(0, 3),
      },
      '2026-11-21',
    );
    expect(again).toMatchObject({ added: [], skipped: 3 });

    const after = computeCompliance(await training.loadData(), { asOf: '2026-11-21', expiringDays: 60 });
    expect(after.settings[0]!.courses.find((c) => c.courseId === annual!.id)!.percentCompliant).toBe(100);
    // The setting page's own query sees the same.
    const own = computeCompliance(await training.loadSettingData(a), {
      asOf: '2026-11-21',
      expiringDays: 60,
    });
    expect(own.settings[0]!.percentCompliant).toBe(after.settings[0]!.percentCompliant);
  });

  it('refuses a future date, no course, nobody chosen; writes nothing', async () => {
    const { db, training, staff, completions, a } = await setup();
    await training.addDefaultCourses();
    const [c] = await training.listCourses();
    const p = await staff.addStaff(draft(a, 'A', 'B'));
    await expect(
      completions.recordSession(
        { courseId: c!.id, completedOn: '2026-12-01', provider: '', personIds: [p.person.id] },
        '2026-11-21',
      ),
    ).rejects.toThrow('after today');
    await expect(
      completions.recordSession(
        { courseId: '', completedOn: '2026-11-01', provider: '', personIds: [] },
        '2026-11-21',
      ),
    ).rejects.toThrow('Choose the course');
    expect(await db.completions.count()).toBe(0);
  });

  it('attaches a certificate (stored byte for byte), replaces it, and deletes with undo', async () => {
    const { db, training, staff, completions, a } = await setup();
    await training.addDefaultCourses();
    const [c] = await training.listCourses();
    const p = await staff.addStaff(draft(a, 'Zoë', 'Hart'));
    const { added } = await completions.recordSession(
      { courseId: c!.id, completedOn: '2026-09-02', provider: '', personIds: [p.person.id] },
      '2026-11-21',
    );
    const file = await completions.attachEvidence(added[0]!.id, {
      name: 'Zoë Hart certificate.pdf',
      bytes: PDF,
    });
    expect(file).toMatchObject({ mediaType: 'application/pdf', size: PDF.byteLength });
    expect([...(await completions.evidence(file.id))!.bytes]).toEqual([...PDF]);
    const png = await completions.attachEvidence(added[0]!.id, { name: 'scan.png', bytes: PNG });
    expect(await db.files.get(file.id)).toBeUndefined(); // the replaced certificate is not left behind
    const saved = await completions.deleteCompletions([added[0]!.id]);
    expect(await db.completions.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    await completions.restoreCompletions(saved);
    expect((await completions.completionsOf(p.person.id))[0]!.evidenceFileId).toBe(png.id);
    expect(await db.files.count()).toBe(1);
  });

  it('one register attached to a whole session is stored once', async () => {
    const { db, training, staff, completions, a } = await setup();
    await training.addDefaultCourses();
    const [c] = await training.listCourses();
    const ids = [
      (await staff.addStaff(draft(a, 'A', 'One'))).person.id,
      (await staff.addStaff(draft(a, 'B', 'Two'))).person.id,
    ];
    const { added } = await completions.recordSession(
      { courseId: c!.id, completedOn: '2026-09-02', provider: '', personIds: ids },
      '2026-11-21',
      { name: 'register.pdf', bytes: PDF },
    );
    expect(new Set(added.map((x) => x.evidenceFileId)).size).toBe(1);
    expect(await db.files.count()).toBe(1);
  });

  it('accepts only real PDFs and images as evidence', () => {
    expect(evidenceType('cert.PDF', PDF)).toBe('application/pdf');
    expect(() => evidenceType('cert.pdf', PNG)).toThrow('is not really a PDF file');
    expect(() => evidenceType('cert.docx', PDF)).toThrow('attach a PDF or an image');
    expect(() => evidenceType('cert.pdf', new Uint8Array())).toThrow('is empty');
  });
});
