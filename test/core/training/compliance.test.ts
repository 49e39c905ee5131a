import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../../src/core/training/compliance';
import { requirementFor, jobTitleMatches } from '../../../src/core/training/audience';
import { dslTrainingStatus, indexCompletions } from '../../../src/core/training/leads';
import { course, data, done, person, post, role } from './fixtures';

const A = 'setting-a';
const B = 'setting-b';
const induction = course('Safeguarding induction', null, { kind: 'all_staff' });
const annual = course('Annual safeguarding update', 12, { kind: 'all_staff' });
const dsl = course('DSL training', 24, { kind: 'dsl_and_deputies' });
const governor = course('Governor safeguarding', 36, { kind: 'governors' });
const courses = [induction, annual, dsl, governor];
const asOf = '2026-11-21';

describe('who needs which course', () => {
  it('all staff need the all-staff courses; governors need only the governor course', () => {
    const teacher = person('Amy Teacher');
    const gov = person('Gil Governor');
    const d = data({
      courses,
      people: [teacher, gov],
      memberships: [post(teacher, A), post(gov, A, { jobTitle: 'Governor', flags: ['governor'] })],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60 });
    const [t, g] = r.rows;
    expect(t!.cells.map((c) => c?.status ?? null)).toEqual(['missing', 'missing', null, null]);
    expect(g!.cells.map((c) => c?.status ?? null)).toEqual([null, null, null, 'missing']);
  });

  it('a staff governor (a teacher with the governor flag) needs both', () => {
    const t = person('Sam Staffgov');
    const m = post(t, A, { jobTitle: 'Class Teacher', flags: ['governor'] });
    expect(courses.map((c) => requirementFor(c, m, [], asOf) !== null)).toEqual([true, true, false, true]);
  });

  it('DSL and deputies from the staff flags, or from the leads register', () => {
    const flagged = person('Fay Flag');
    const registered = person('Reg Register');
    const d = data({
      courses,
      people: [flagged, registered],
      memberships: [post(flagged, A, { flags: ['deputy_dsl'] }), post(registered, A)],
      roleAssignments: [role(registered, A, 'dsl', '2024-09')],
      completions: [done(flagged, dsl, '2025-06-01'), done(registered, dsl, '2024-01-15')],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60 });
    expect(r.rows.map((row) => row.cells[2]?.status)).toEqual(['valid', 'expired']);
  });

  it('chosen roles and chosen job titles', () => {
    const ta = person('Tia Assistant');
    const cook = person('Cal Cook');
    const head = person('Hal Head');
    const firstAid = course('Paediatric first aid', 36, {
      kind: 'job_titles',
      titles: ['Teaching Assistant', 'Early Years Practitioner'],
    });
    const online = course('Online safety lead training', 24, {
      kind: 'roles',
      roles: ['online_safety_lead', 'headteacher'],
    });
    const d = data({
      courses: [firstAid, online],
      people: [ta, cook, head],
      memberships: [
        post(ta, A, { jobTitle: 'Higher Level Teaching Assistant' }),
        post(cook, A, { jobTitle: 'Cook' }),
        post(head, A, { jobTitle: 'Headteacher' }),
      ],
      roleAssignments: [role(head, A, 'headteacher', '2019')],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60 });
    expect(r.rows.map((row) => row.cells.map((c) => (c ? c.status : null)))).toEqual([
      ['missing', null],
      [null, null],
      [null, 'missing'],
    ]);
    expect(jobTitleMatches('Teaching Assistant (SEN)', ['teaching assistant'])).toBe(true);
    expect(jobTitleMatches('Assistant Headteacher', ['Teaching Assistant'])).toBe(false);
  });

  it('archived courses are not required', () => {
    const p = person('Ann Archive');
    const old = course('Old course', 12, { kind: 'all_staff' }, true);
    const r = computeCompliance(data({ courses: [old, annual], people: [p], memberships: [post(p, A)] }), {
      asOf,
      expiringDays: 60,
    });
    expect(r.courses.map((c) => c.name)).toEqual(['Annual safeguarding update']);
    expect(r.overall.required).toBe(1);
  });
});

describe('leavers, starters and people in two settings', () => {
  it('a leaver drops out of compliance but keeps their history', () => {
    const leaver = person('Lee Leaver');
    const stayer = person('Sue Stayer');
    const d = data({
      courses: [annual],
      people: [leaver, stayer],
      memberships: [post(leaver, A, { end: '2026-07-31' }), post(stayer, A)],
      completions: [done(leaver, annual, '2024-09-01'), done(stayer, annual, '2026-09-01')],
    });
    const now = computeCompliance(d, { asOf, expiringDays: 60 });
    expect(now.rows.map((r) => r.name)).toEqual(['Sue Stayer']);
    expect(now.settings[0]).toMatchObject({ people: 1, percentCompliant: 100 });
    expect(now.exceptions).toEqual([]);
    // As of a date while they still worked there, they count (and their training had lapsed).
    const then = computeCompliance(d, { asOf: '2026-03-01', expiringDays: 60 });
    expect(then.rows.map((r) => r.name).sort()).toEqual(['Lee Leaver', 'Sue Stayer']);
    // (Sue's training, done in September 2026, had not happened yet in March.)
    expect(then.exceptions).toMatchObject([
      { name: 'Sue Stayer', status: 'missing' },
      { name: 'Lee Leaver', status: 'expired', expiresOn: '2025-09-01' },
    ]);
    // The history is still there to read.
    expect(d.completions.filter((c) => c.personId === leaver.id)).toHaveLength(1);
  });

  it('someone who has not started yet is not counted; the leaving day itself still counts', () => {
    const starter = person('Stan Starter');
    const d = data({
      courses: [annual],
      people: [starter],
      memberships: [post(starter, A, { start: '2027-01-05', end: null })],
    });
    expect(computeCompliance(d, { asOf, expiringDays: 60 }).rows).toEqual([]);
    const leaving = person('Lena Lastday');
    const d2 = data({ courses: [annual], people: [leaving], memberships: [post(leaving, A, { end: asOf })] });
    expect(computeCompliance(d2, { asOf, expiringDays: 60 }).rows).toHaveLength(1);
  });

  it('a person in two settings counts in both settings, once in the trust totals, and needs DSL training only where they are a DSL', () => {
    const gareth = person('Gareth Pryce');
    const d = data({
      courses,
      people: [gareth],
      memberships: [
        post(gareth, A, { jobTitle: 'Inclusion Lead', flags: ['deputy_dsl'] }),
        post(gareth, B, { jobTitle: 'Inclusion Lead (outreach)' }),
      ],
      completions: [done(gareth, induction, '2019-09-02'), done(gareth, annual, '2025-12-20')],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60 });
    const a = r.settings.find((s) => s.settingId === A)!;
    const b = r.settings.find((s) => s.settingId === B)!;
    expect(a.counts).toEqual({ valid: 1, expiring: 1, expired: 0, missing: 1 });
    expect(b.counts).toEqual({ valid: 1, expiring: 1, expired: 0, missing: 0 });
    expect(b.percentCompliant).toBe(100);
    expect(a.percentCompliant).toBe(66.7);
    // Trust-wide: three (person, course) pairs, not five.
    expect(r.overall).toMatchObject({ required: 3, compliant: 2 });
    // One exception per person and course, naming the settings concerned.
    const annualException = r.exceptions.find((e) => e.courseId === annual.id)!;
    expect(annualException).toMatchObject({
      status: 'expiring',
      expiresOn: '2026-12-20',
      settingIds: [A, B],
    });
    expect(r.exceptions.find((e) => e.courseId === dsl.id)).toMatchObject({
      status: 'missing',
      settingIds: [A],
    });
  });
});

describe('role changes mid-year', () => {
  it('a person who became the DSL needs DSL training from then, and stops needing it when they hand over', () => {
    const daniel = person('Daniel Achebe');
    const rebecca = person('Rebecca Thornton');
    const d = data({
      courses: [dsl],
      people: [daniel, rebecca],
      memberships: [
        post(daniel, A, { jobTitle: 'Deputy Headteacher' }),
        post(rebecca, A, { jobTitle: 'Deputy Headteacher' }),
      ],
      roleAssignments: [
        role(rebecca, A, 'dsl', '2020-09-01', '2026-03-31'),
        role(daniel, A, 'dsl', '2026-04-01'),
      ],
      completions: [done(rebecca, dsl, '2023-05-10')],
    });
    const before = computeCompliance(d, { asOf: '2026-02-01', expiringDays: 60 });
    expect(before.rows.map((r) => [r.name, r.cells[0]?.status ?? null])).toEqual([
      ['Daniel Achebe', null],
      ['Rebecca Thornton', 'expired'],
    ]);
    const after = computeCompliance(d, { asOf: '2026-06-01', expiringDays: 60 });
    expect(after.rows.map((r) => [r.name, r.cells[0]?.status ?? null, r.cells[0]?.since ?? null])).toEqual([
      ['Daniel Achebe', 'missing', '2026-04-01'],
      ['Rebecca Thornton', null, null],
    ]);
  });

  it('the register governs over a stale flag: a DSL flag with an ended register entry is not required', () => {
    const p = person('Old Flag');
    const m = post(p, A, { flags: ['dsl'] });
    expect(requirementFor(dsl, m, [role(p, A, 'dsl', '2018', '2025-08')], asOf)).toBeNull();
    expect(requirementFor(dsl, m, [], asOf)).toEqual({ since: '2020-09-01' });
    // A DSL role at another setting does not make them a DSL here.
    expect(requirementFor(dsl, post(p, B), [role(p, A, 'dsl', '2024')], asOf)).toBeNull();
  });
});

describe('percentages per setting and per course, and the exceptions list', () => {
  it('counts each required course of each person, and people fully compliant', () => {
    const people = ['Ann One', 'Ben Two', 'Cat Three', 'Dan Four'].map((n) => person(n));
    const [a1, b2, c3, d4] = people as [
      ReturnType<typeof person>,
      ReturnType<typeof person>,
      ReturnType<typeof person>,
      ReturnType<typeof person>,
    ];
    const d = data({
      courses: [induction, annual],
      people,
      memberships: people.map((p) => post(p, A)),
      completions: [
        done(a1, induction, '2020-09-01'),
        done(a1, annual, '2026-09-01'),
        done(b2, induction, '2020-09-01'),
        done(b2, annual, '2025-12-01'),
        done(c3, induction, '2020-09-01'),
        done(c3, annual, '2024-09-01'),
        done(d4, annual, '2026-10-01'),
      ],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60 });
    expect(r.settings).toHaveLength(1);
    expect(r.settings[0]).toMatchObject({
      people: 4,
      peopleFullyCompliant: 2,
      required: 8,
      compliant: 6,
      percentCompliant: 75,
      counts: { valid: 5, expiring: 1, expired: 1, missing: 1 },
    });
    expect(r.courseFigures.map((c) => c.percentCompliant)).toEqual([75, 75]);
    expect(r.exceptions.map((e) => [e.name, e.status])).toEqual([
      ['Dan Four', 'missing'],
      ['Cat Three', 'expired'],
      ['Ben Two', 'expiring'],
    ]);
  });

  it('percent is null when nothing is required, and settings can be chosen', () => {
    const p = person('Gov Only');
    const q = person('Other Place');
    const d = data({
      courses: [annual],
      people: [p, q],
      memberships: [post(p, A, { jobTitle: 'Governor', flags: ['governor'] }), post(q, B)],
    });
    const r = computeCompliance(d, { asOf, expiringDays: 60, settingIds: [A as never] });
    expect(r.settings).toEqual([
      expect.objectContaining({ settingId: A, people: 1, required: 0, percentCompliant: null }),
    ]);
  });
});

describe('DSL training for the leads register', () => {
  it('reports the status of the DSL course, the worst if there are several', () => {
    const p = person('Marcus Bell');
    const q = person('Priya Shah');
    const completions = [done(p, dsl, '2024-09-01'), done(q, dsl, '2026-01-10')];
    expect(dslTrainingStatus(p.id, courses, completions, asOf, 60)).toEqual({
      status: 'expired',
      courseId: dsl.id,
      courseName: 'DSL training',
      lastCompleted: '2024-09-01',
      expiresOn: '2026-09-01',
    });
    expect(dslTrainingStatus(q.id, courses, completions, asOf, 60)?.status).toBe('valid');
    expect(dslTrainingStatus(q.id, courses, indexCompletions(completions).of(q.id), asOf, 60)?.status).toBe(
      'valid',
    );
    const eyfs = course('EYFS DSL training', 24, { kind: 'roles', roles: ['dsl'] });
    expect(dslTrainingStatus(q.id, [...courses, eyfs], completions, asOf, 60)).toMatchObject({
      status: 'missing',
      courseName: 'EYFS DSL training',
    });
    expect(dslTrainingStatus(q.id, [annual], completions, asOf, 60)).toBeNull();
  });
});

describe('head counts', () => {
  it('counts each current person once across settings', () => {
    const p = person('Gareth Twice');
    const q = person('Lena Left');
    const r = computeCompliance(
      data({
        courses: [annual],
        people: [p, q],
        memberships: [post(p, A), post(p, B), post(q, A, { end: '2025-01-01' })],
      }),
      { asOf, expiringDays: 60, rows: false },
    );
    expect(r.people).toBe(1);
    expect(r.settings.map((s) => s.people)).toEqual([1, 1]);
  });
});
