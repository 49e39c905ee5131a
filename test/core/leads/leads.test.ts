import { describe, expect, it } from 'vitest';
import { assignmentState, currentHolders } from '../../../src/core/leads/holders';
import { plainName, samePersonName, splitName } from '../../../src/core/leads/names';
import { findVacancies } from '../../../src/core/leads/vacancies';
import { findMismatches, type DslTrainingState, type PolicyLeads } from '../../../src/core/leads/mismatches';
import { planLeadsFromPolicy } from '../../../src/core/leads/from-policy';
import { leadsOverview } from '../../../src/core/leads/register';
import type { PersonId, PolicyId, RoleAssignmentId, SettingId } from '../../../src/core/ids';
import type { Person, RoleAssignment } from '../../../src/core/model';
import type { Setting } from '../../../src/core/settings';
import type { Phase, RoleId } from '../../../src/core/vocabulary';

const AS_OF = '2026-11-21';
const REQUIRED = {
  preschool: ['dsl', 'headteacher'],
  infant: ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
  junior: ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
  primary: ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
  secondary: ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
  'all-through': ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
  special: ['dsl', 'headteacher', 'deputy_dsl', 'safeguarding_governor', 'dpo'],
} satisfies Record<Phase, RoleId[]>;
const CONFIG = { requiredRoles: REQUIRED, dslSettingsLimit: 2 };

function setting(id: string, name: string, phase: Phase): Setting {
  return {
    id: id as SettingId,
    name,
    phase,
    type: 'academy',
    localAuthority: '',
    urn: '',
    linkedSettingIds: [],
    archived: false,
    createdAt: '',
    updatedAt: '',
  };
}
const people: Person[] = [];
function person(name: string): PersonId {
  const found = people.find((p) => p.name === name);
  if (found) return found.id;
  const id = `person-${people.length}` as PersonId;
  const [forename, ...rest] = name.split(' ');
  people.push({
    id,
    name,
    forename: forename!,
    surname: rest.join(' '),
    email: '',
    createdAt: '',
    updatedAt: '',
  });
  return id;
}
let n = 0;
function role(
  name: string,
  settingId: string,
  r: RoleId,
  from: string | null,
  to: string | null = null,
): RoleAssignment {
  n += 1;
  return {
    id: `ra-${n}` as RoleAssignmentId,
    personId: person(name),
    settingId: settingId as SettingId,
    role: r,
    from,
    to,
    sourceVersionId: null,
    createdAt: '',
    updatedAt: '',
  };
}

const harbour = setting('harbour', 'Harbour View Primary School', 'primary');
const junior = setting('junior', 'Brookfield Junior School', 'junior');
const acorns = setting('acorns', 'Oakridge Acorns Pre-school', 'preschool');
const assignments = [
  role('Kwame Mensah', 'harbour', 'headteacher', '2022-01-01'),
  role('Rebecca Thornton', 'harbour', 'dsl', '2021-09-01', '2026-08-21'),
  role('Daniel Achebe', 'harbour', 'dsl', '2026-08-21'),
  role('Fatima Chowdhury', 'harbour', 'deputy_dsl', '2025-05-01'),
  role('Patrick Quinn', 'harbour', 'safeguarding_governor', '2024-12'),
  role('Emma Walsh', 'harbour', 'dpo', '2021'),
  role('Claire Donnelly', 'junior', 'headteacher', '2023-11-01'),
  role('Marcus Bell', 'junior', 'dsl', '2023-11-01'),
  role('Priya Shah', 'junior', 'deputy_dsl', '2024-11-01'),
  role('Emma Walsh', 'junior', 'dpo', '2021'),
  role('Ruth Hughes', 'junior', 'safeguarding_governor', '2022-11-01', '2026-09-21'),
  role('Sinead Murphy', 'acorns', 'headteacher', '2022-09-01'),
];

describe('who holds a role on a day', () => {
  it('runs from the first day to the day it ended (exclusive), so a hand over leaves no gap and no overlap', () => {
    const old = assignments[1]!;
    const next = assignments[2]!;
    expect(assignmentState(old, '2026-08-20')).toBe('current');
    expect(assignmentState(next, '2026-08-20')).toBe('future');
    expect(assignmentState(old, '2026-08-21')).toBe('ended');
    expect(assignmentState(next, '2026-08-21')).toBe('current');
    expect(
      currentHolders(assignments, '2026-08-21')
        .get(harbour.id)
        ?.get('dsl')
        ?.map((a) => a.id),
    ).toEqual([next.id]);
  });
  it('reads month and year dates from their first day', () => {
    expect(assignmentState({ from: '2024-12', to: null }, '2024-11-30')).toBe('future');
    expect(assignmentState({ from: '2024-12', to: null }, '2024-12-01')).toBe('current');
    expect(assignmentState({ from: '2020', to: '2026-09' }, '2026-09-01')).toBe('ended');
  });
});

describe('names', () => {
  it('drops titles and asides, and matches initials and surnames', () => {
    expect(plainName('Mrs Paula Trewin')).toBe('Paula Trewin');
    expect(plainName('Jacqui Spinks (Head of School)')).toBe('Jacqui Spinks');
    expect(samePersonName('Mrs Paula Trewin', 'Paula Trewin')).toBe(true);
    expect(samePersonName('R Thornton', 'Rebecca Thornton')).toBe(true);
    expect(samePersonName('Mrs Thornton', 'Rebecca Thornton')).toBe(true);
    expect(samePersonName("Julie O'Neill", 'Julie ONeill')).toBe(true);
    expect(samePersonName('Rachel Thornton', 'Rebecca Thornton')).toBe(false);
    expect(samePersonName('Daniel Achebe', 'Rebecca Thornton')).toBe(false);
    expect(splitName('Siân ap Rhys')).toEqual({ forename: 'Siân', surname: 'ap Rhys' });
    expect(splitName('Mr David Llewellyn')).toEqual({ forename: 'David', surname: 'Llewellyn' });
  });
});

describe('vacancies', () => {
  it('shows a required role with no current holder, with who held it last', () => {
    const vacancies = findVacancies([harbour, junior, acorns], assignments, people, REQUIRED, AS_OF);
    expect(vacancies.map((v) => [v.settingName, v.role, v.reason])).toEqual([
      [
        'Brookfield Junior School',
        'safeguarding_governor',
        'No current safeguarding governor (required for junior settings): Ruth Hughes held the role until 21 Sep 2026.',
      ],
      [
        'Oakridge Acorns Pre-school',
        'dsl',
        'No current DSL (required for pre-school / nursery settings): none is recorded in the register.',
      ],
    ]);
  });
  it('follows the configured roles per phase, and a role ending makes one', () => {
    const relaxed = { ...REQUIRED, junior: ['dsl', 'headteacher'] as RoleId[] };
    expect(findVacancies([junior], assignments, people, relaxed, AS_OF)).toEqual([]);
    const ended = assignments.map((a) =>
      a.role === 'deputy_dsl' && a.settingId === harbour.id ? { ...a, to: '2026-11-20' } : a,
    );
    expect(findVacancies([harbour], ended, people, REQUIRED, AS_OF).map((v) => v.role)).toEqual([
      'deputy_dsl',
    ]);
    expect(findVacancies([harbour], ended, people, REQUIRED, '2026-11-19')).toEqual([]);
  });
  it('says when someone takes the role up later', () => {
    const later = [...assignments, role('Tomasz Nowak', 'acorns', 'dsl', '2027-01-04')];
    expect(findVacancies([acorns], later, people, REQUIRED, AS_OF)[0]?.reason).toBe(
      'No current DSL (required for pre-school / nursery settings): Tomasz Nowak takes it up on 4 Jan 2027.',
    );
  });
});

describe('mismatches between the policies and the register', () => {
  const policies: PolicyLeads[] = [
    {
      policyId: 'hv' as PolicyId,
      settingId: harbour.id,
      title: 'Social Media Policy',
      leads: [
        { role: 'dsl', name: 'Rebecca Thornton' },
        { role: 'deputy_dsl', name: 'Mrs F Chowdhury' },
      ],
    },
    {
      policyId: 'bj' as PolicyId,
      settingId: junior.id,
      title: 'Online Safety Policy',
      leads: [
        { role: 'dsl', name: 'Marcus Bell' },
        { role: 'deputy_dsl', name: 'Joseph Evans' },
        { role: 'safeguarding_governor', name: 'Ruth Hughes' },
      ],
    },
  ];
  const input = { settings: [harbour, junior, acorns], people, assignments, policies };

  it('the policy names a former DSL; someone who is not the holder; a governor whose term ended', () => {
    const found = findMismatches(input, AS_OF, CONFIG);
    expect(found.map((m) => [m.kind, m.name, m.role, m.reason])).toEqual([
      [
        'former_holder',
        'Ruth Hughes',
        'safeguarding_governor',
        'The Online Safety Policy names Ruth Hughes as safeguarding governor, who left the role on 21 Sep 2026; the register has no current safeguarding governor: the policy names a former safeguarding governor.',
      ],
      [
        'not_holder',
        'Joseph Evans',
        'deputy_dsl',
        'The Online Safety Policy names Joseph Evans as deputy DSL, but the register’s current deputy DSL is Priya Shah.',
      ],
      [
        'former_holder',
        'Rebecca Thornton',
        'dsl',
        'The Social Media Policy names Rebecca Thornton as DSL, who left the role on 21 Aug 2026; the current DSL is Daniel Achebe: the policy names a former DSL.',
      ],
    ]);
  });

  it('finds nothing while the named DSL still holds the role', () => {
    expect(findMismatches(input, '2026-08-20', CONFIG).filter((m) => m.settingId === harbour.id)).toEqual([]);
  });

  it('flags one person named DSL in more settings than the limit (register and policies together)', () => {
    const busy = [...assignments, role('Marcus Bell', 'harbour', 'dsl', '2026-09-01')];
    const withAcorns: PolicyLeads[] = [
      ...policies,
      {
        policyId: 'ac' as PolicyId,
        settingId: acorns.id,
        title: 'Social Media Policy',
        leads: [{ role: 'dsl', name: 'Mr M Bell' }],
      },
    ];
    const found = findMismatches({ ...input, assignments: busy, policies: withAcorns }, AS_OF, CONFIG).filter(
      (m) => m.kind === 'dsl_limit',
    );
    expect(found.map((m) => m.settingId)).toEqual([junior.id, harbour.id, acorns.id]);
    expect(found[0]?.reason).toBe(
      'Marcus Bell is named as DSL in 3 settings, more than the trust’s limit of 2: Brookfield Junior School, Harbour View Primary School and Oakridge Acorns Pre-school.',
    );
    expect(
      findMismatches({ ...input, assignments: busy, policies: withAcorns }, AS_OF, {
        dslSettingsLimit: 3,
      }).filter((m) => m.kind === 'dsl_limit'),
    ).toEqual([]);
  });

  it('flags a DSL or deputy whose DSL training has expired or is missing, when training records exist', () => {
    const training = (id: PersonId): DslTrainingState | null =>
      id === person('Marcus Bell')
        ? {
            status: 'expired',
            courseName: 'DSL training',
            lastCompleted: '2024-09-21',
            expiresOn: '2026-09-21',
          }
        : id === person('Priya Shah')
          ? { status: 'missing', courseName: 'DSL training', lastCompleted: null, expiresOn: null }
          : {
              status: 'valid',
              courseName: 'DSL training',
              lastCompleted: '2026-01-10',
              expiresOn: '2028-01-10',
            };
    const found = findMismatches({ ...input, policies: [], dslTraining: training }, AS_OF, CONFIG);
    expect(found.map((m) => m.reason)).toEqual([
      'Marcus Bell, DSL of Brookfield Junior School: DSL training expired on 21 Sep 2026 (last completed 21 Sep 2024).',
      'Priya Shah, deputy DSL of Brookfield Junior School: no DSL training is recorded.',
    ]);
    expect(findMismatches({ ...input, policies: [] }, AS_OF, CONFIG)).toEqual([]);
  });

  it('puts it all together per setting', () => {
    const overview = leadsOverview(input, AS_OF, CONFIG);
    const hv = overview.settings.find((s) => s.settingId === harbour.id)!;
    expect(hv.rows.map((r) => [r.name, r.role, r.state])).toEqual([
      ['Daniel Achebe', 'dsl', 'current'],
      ['Fatima Chowdhury', 'deputy_dsl', 'current'],
      ['Patrick Quinn', 'safeguarding_governor', 'current'],
      ['Kwame Mensah', 'headteacher', 'current'],
      ['Emma Walsh', 'dpo', 'current'],
      ['Rebecca Thornton', 'dsl', 'ended'],
    ]);
    expect(hv.mismatches.map((m) => m.kind)).toEqual(['former_holder']);
    expect(overview.counts).toMatchObject({
      settings: 3,
      vacancies: 2,
      mismatches: 3,
      settingsWithIssues: 3,
    });
  });
});

describe('adding a policy’s named leads to the register', () => {
  it('matches people by name, creates the rest, and starts each role from the policy’s date', () => {
    const plan = planLeadsFromPolicy(
      {
        settingId: 'alphege' as SettingId,
        leads: [
          { role: 'dsl', name: 'Jacqui Spinks' },
          { role: 'headteacher', name: 'Jacqui Spinks' },
          { role: 'safeguarding_governor', name: 'Mrs Paula Trewin', from: '2021-09' },
        ],
        defaultFrom: '2022-09',
        people,
        assignments,
      },
      AS_OF,
    );
    expect(plan.map((p) => [p.role, p.person.kind, p.person.name, p.from, p.action, p.selected])).toEqual([
      ['dsl', 'new', 'Jacqui Spinks', '2022-09', 'add', true],
      ['headteacher', 'new', 'Jacqui Spinks', '2022-09', 'add', true],
      ['safeguarding_governor', 'new', 'Paula Trewin', '2021-09', 'add', true],
    ]);
    expect(plan[0]!.person).toBe(plan[1]!.person);
  });

  it('skips who is already current, holds back a former holder and a second DSL', () => {
    const plan = planLeadsFromPolicy(
      {
        settingId: harbour.id,
        leads: [
          { role: 'dsl', name: 'Rebecca Thornton' },
          { role: 'deputy_dsl', name: 'Fatima Chowdhury' },
          { role: 'dsl', name: 'Owen Griffiths' },
          { role: 'deputy_dsl', name: 'Priya Shah' },
        ],
        defaultFrom: null,
        people,
        assignments,
      },
      AS_OF,
    );
    expect(plan.map((p) => [p.name, p.person.kind, p.action, p.selected])).toEqual([
      ['Rebecca Thornton', 'existing', 'former', false],
      ['Fatima Chowdhury', 'existing', 'already_current', false],
      ['Owen Griffiths', 'new', 'add', false],
      ['Priya Shah', 'existing', 'add', true],
    ]);
    expect(plan[0]!.note).toBe(
      'Rebecca Thornton left the DSL role on 21 Aug 2026: the policy names a former DSL. Tick to add the role again.',
    );
    expect(plan[2]!.note).toBe(
      'Daniel Achebe is the current DSL: adding Owen Griffiths as well gives the setting two. Use Hand over instead if Owen Griffiths has taken over.',
    );
  });
});
