// A synthetic local authority for scale testing: 600 settings, 3,000 policies, 30,000 staff and
// 300,000 training completions. Deterministic (seeded), with dates relative to `asOf`. The policy texts
// are assembled from the sample wording with random local choices, so comparisons have real work to do.
import { addDaysIso, addMonthsIso, type IsoDate } from '../../core/dates';
import type {
  CompletionId,
  MembershipId,
  PersonId,
  PolicyId,
  RoleAssignmentId,
  SettingId,
  TrustId,
} from '../../core/ids';
import type { Completion, Person, RoleAssignment, StaffMembership } from '../../core/model';
import type { PolicyOutline } from '../../core/outline';
import type { Setting } from '../../core/settings';
import type { Phase, PolicyType, RoleId, SettingType } from '../../core/vocabulary';
import {
  countyTemplateSections,
  onlineSafetySections,
  shortPolicySections,
  trustModelSections,
  type PolicyVoice,
} from './clauses';
import { FORENAMES, SURNAMES, idFactory, pick, seededRandom } from './random';
import { monthYear, sampleCourses, type SamplePolicy, type SampleTrust } from './sample-trust';

export const LA_SCALE = {
  settings: 600,
  policiesPerSetting: 5,
  staffPerSetting: 50,
  completionsPerPerson: 10,
};

const PLACES = [
  'Ashby',
  'Barrow',
  'Calder',
  'Dunmere',
  'Elmstead',
  'Fenwick',
  'Garston',
  'Hartwell',
  'Ivybridge',
  'Jarrow',
  'Kelsall',
  'Langford',
  'Marsden',
  'Netherby',
  'Oldfield',
  'Penrith',
  'Quarndon',
  'Redmarsh',
  'Selby',
  'Thornbury',
  'Upton',
  'Vale',
  'Westbury',
  'Yarrow',
  'Alderley',
  'Bramley',
  'Cresswell',
  'Denholme',
  'Eastwood',
  'Fairfield',
  'Greenhill',
  'Holme',
  'Ingleby',
  'Kirkby',
  'Lowther',
  'Moorside',
  'Northgate',
  'Overton',
  'Parkside',
  'Queensbury',
  'Riverside',
  'Stanton',
  'Tilbury',
  'Underhill',
  'Valley Road',
  'Whitmore',
  'Ashgrove',
  'Beckside',
  'Churchill',
  'Danesmoor',
  'Edgecote',
  'Foxhill',
  'Glenfield',
  'Highfield',
  'Ironbridge',
  'Kingsmead',
  'Lakeside',
  'Millbrook',
  'Newlands',
  'Orchard',
];

const PHASE_MIX: { phase: Phase; type: SettingType; share: number; suffix: string[] }[] = [
  { phase: 'preschool', type: 'early_years', share: 0.2, suffix: ['Pre-school', 'Nursery', 'Playgroup'] },
  { phase: 'infant', type: 'maintained', share: 0.13, suffix: ['Infant School', 'CE Infant School'] },
  { phase: 'junior', type: 'maintained', share: 0.12, suffix: ['Junior School', 'CE Junior School'] },
  {
    phase: 'primary',
    type: 'academy',
    share: 0.45,
    suffix: ['Primary School', 'CE Primary School', 'Community Primary School', 'Primary Academy'],
  },
  { phase: 'secondary', type: 'academy', share: 0.07, suffix: ['Academy', 'High School'] },
  { phase: 'special', type: 'maintained', share: 0.03, suffix: ['Special School'] },
];

const POLICY_KINDS: { type: PolicyType; title: string }[] = [
  { type: 'social_media', title: 'Social Media Policy' },
  { type: 'online_safety', title: 'Online Safety Policy' },
  { type: 'child_protection', title: 'Child Protection and Safeguarding Policy' },
  { type: 'acceptable_use', title: 'Acceptable Use Policy' },
  { type: 'other', title: 'Mobile Phones and Smart Technology Policy' },
];

export function buildLaScale(asOf: IsoDate, scale = LA_SCALE): SampleTrust {
  const random = seededRandom(600);
  const ids = {
    setting: idFactory('5e771e01'),
    person: idFactory('9e850001'),
    role: idFactory('a5516001'),
    course: idFactory('c0a25e01'),
    membership: idFactory('3e3be501'),
    completion: idFactory('c03e7101'),
    policy: idFactory('90c1c701'),
  };
  const created = `${asOf}T09:00:00.000Z`;
  const months = (n: number) => addMonthsIso(asOf, -n);

  const { courses, course } = sampleCourses(ids.course, created);

  const settings: Setting[] = [];
  const used = new Set<string>();
  for (const mix of PHASE_MIX) {
    const count = Math.round(scale.settings * mix.share);
    for (let i = 0; i < count && settings.length < scale.settings; i += 1) {
      let name: string;
      let attempt = 0;
      do {
        name = `${pick(random, PLACES)} ${pick(random, mix.suffix)}`;
        attempt += 1;
        if (attempt > 20)
          name = `${pick(random, PLACES)} ${pick(random, PLACES)} ${pick(random, mix.suffix)}`;
      } while (used.has(name));
      used.add(name);
      const urn =
        mix.phase === 'preschool'
          ? `EY${String(400000 + settings.length).padStart(6, '0')}`
          : String(100000 + settings.length * 37);
      settings.push({
        id: ids.setting<SettingId>(),
        name,
        phase: mix.phase,
        type: mix.type,
        localAuthority: 'Northmoor',
        urn,
        linkedSettingIds: [],
        archived: false,
        createdAt: created,
        updatedAt: created,
      });
    }
  }
  while (settings.length < scale.settings) {
    const name = `${pick(random, PLACES)} Primary School ${settings.length}`;
    settings.push({
      id: ids.setting<SettingId>(),
      name,
      phase: 'primary',
      type: 'academy',
      localAuthority: 'Northmoor',
      urn: String(100000 + settings.length * 37),
      linkedSettingIds: [],
      archived: false,
      createdAt: created,
      updatedAt: created,
    });
  }

  const people: Person[] = [];
  const memberships: StaffMembership[] = [];
  const roleAssignments: RoleAssignment[] = [];
  const completions: Completion[] = [];
  const policies: SamplePolicy[] = [];
  const newPerson = (): Person => {
    const forename = pick(random, FORENAMES);
    const surname = pick(random, SURNAMES);
    const person: Person = {
      id: ids.person<PersonId>(),
      name: `${forename} ${surname}`,
      forename,
      surname,
      email: '',
      createdAt: created,
      updatedAt: created,
    };
    people.push(person);
    return person;
  };
  const complete = (personId: PersonId, key: string, on: IsoDate) => {
    completions.push({
      id: ids.completion<CompletionId>(),
      personId,
      courseId: course(key),
      completedOn: on > asOf ? asOf : on,
      provider: 'Northmoor Safeguarding Partnership',
      evidenceFileId: null,
      createdAt: created,
    });
  };
  const assign = (personId: PersonId, settingId: SettingId, role: RoleId, fromMonths: number) =>
    roleAssignments.push({
      id: ids.role<RoleAssignmentId>(),
      personId,
      settingId,
      role,
      from: months(fromMonths),
      to: null,
      sourceVersionId: null,
      createdAt: created,
      updatedAt: created,
    });

  // One data protection officer serves fifty settings.
  const dpos = Array.from({ length: Math.ceil(scale.settings / 50) }, () => newPerson());

  settings.forEach((setting, index) => {
    const staff: { person: Person; role: 'head' | 'dsl' | 'deputy' | 'governor' | 'staff' }[] = [];
    for (let i = 0; i < scale.staffPerSetting; i += 1) {
      const role =
        i === 0
          ? 'head'
          : i === 1
            ? 'dsl'
            : i === 2
              ? 'deputy'
              : i >= scale.staffPerSetting - 3
                ? 'governor'
                : 'staff';
      staff.push({ person: newPerson(), role });
    }
    for (const { person, role } of staff) {
      const startMonths = 2 + Math.floor(random() * 100);
      const leaver = role === 'staff' && random() < 0.04;
      memberships.push({
        id: ids.membership<MembershipId>(),
        personId: person.id,
        settingId: setting.id,
        jobTitle:
          role === 'head'
            ? setting.phase === 'preschool'
              ? 'Manager'
              : 'Headteacher'
            : role === 'governor'
              ? 'Governor'
              : role === 'dsl'
                ? 'Deputy Headteacher'
                : pick(random, [
                    'Class Teacher',
                    'Teaching Assistant',
                    'Practitioner',
                    'Office Manager',
                    'Midday Supervisor',
                  ]),
        flags:
          role === 'dsl'
            ? ['dsl']
            : role === 'deputy'
              ? ['deputy_dsl']
              : role === 'governor'
                ? ['governor']
                : role === 'head'
                  ? ['leadership']
                  : [],
        start: months(startMonths),
        end: leaver ? months(Math.floor(random() * startMonths)) : null,
        createdAt: created,
        updatedAt: created,
      });
      // Exactly ten completions a person: induction, online safety induction, six annual updates, two more by role.
      const start = months(startMonths);
      complete(person.id, 'induction', start);
      complete(person.id, 'online_safety_induction', addDaysIso(start, 14));
      const lag = random() < 0.12 ? 13 + Math.floor(random() * 4) : Math.floor(random() * 12);
      for (let y = 0; y < 6; y += 1) complete(person.id, 'annual_update', months(lag + y * 12));
      if (role === 'dsl' || role === 'deputy') {
        const dslLag = random() < 0.15 ? 25 + Math.floor(random() * 6) : Math.floor(random() * 23);
        complete(person.id, 'dsl', months(dslLag));
        complete(person.id, 'dsl', months(dslLag + 24));
      } else if (role === 'governor') {
        complete(person.id, 'governor', months(Math.floor(random() * 40)));
        complete(person.id, 'prevent', months(Math.floor(random() * 40)));
      } else {
        complete(person.id, 'prevent', months(Math.floor(random() * 36)));
        complete(person.id, 'prevent', months(36 + Math.floor(random() * 36)));
      }
    }
    const head = staff[0]!.person;
    const dsl = staff[1]!.person;
    const deputy = staff[2]!.person;
    const governor = staff[scale.staffPerSetting - 1]!.person;
    assign(head.id, setting.id, 'headteacher', 30);
    assign(dsl.id, setting.id, 'dsl', 24);
    if (setting.phase !== 'preschool') {
      assign(deputy.id, setting.id, 'deputy_dsl', 12);
      if (random() < 0.9) assign(governor.id, setting.id, 'safeguarding_governor', 18);
      assign(dpos[Math.floor(index / 50)]!.id, setting.id, 'dpo', 40);
    }

    const isEarly = setting.phase === 'preschool';
    for (const kind of POLICY_KINDS.slice(0, scale.policiesPerSetting)) {
      const approved = months(Math.floor(random() * 30));
      const v: PolicyVoice = {
        settingName: setting.name,
        settingWord: isEarly ? 'pre-school' : 'school',
        childrenWord: isEarly ? 'children' : 'pupils',
        headTitle: isEarly ? 'manager' : 'headteacher',
        dslName: random() < 0.7 ? dsl.name : null,
        deputyNames: random() < 0.5 ? [deputy.name] : [],
        governorName: random() < 0.5 ? governor.name : null,
        officialChannels: [
          pick(random, [
            'the school website',
            'Facebook',
            'X (formerly Twitter)',
            'Instagram',
            'the school app',
          ]),
        ],
        blockedServices: random() < 0.3 ? [pick(random, ['TikTok', 'Snapchat', 'Instagram'])] : [],
        guidance: [`Keeping Children Safe in Education ${2021 + Math.floor(random() * 5)}`],
        cadenceSentence:
          random() < 0.1
            ? null
            : pick(random, [
                'This policy will be reviewed annually.',
                'This policy will be reviewed every two years.',
                'The governing body will review this policy every three years.',
                'This policy will be reviewed at least annually.',
              ]),
        staffBreaks: random() < 0.6 ? 'breaks_only' : 'not_permitted',
        parentFriends: random() < 0.7 ? 'never' : 'head_approval',
        minimumAge: 13,
        accountsRunBy: 'the headteacher',
        linkedPolicies: ['Child protection policy', 'Staff code of conduct', 'Anti-bullying policy'],
        earlyYears: isEarly,
      };
      const sections =
        kind.type === 'social_media'
          ? random() < 0.6
            ? trustModelSections(v)
            : random() < 0.8
              ? countyTemplateSections(v)
              : shortPolicySections(v)
          : onlineSafetySections(v);
      const outline: PolicyOutline = {
        settingName: setting.name,
        title: kind.title,
        headerStyle: 'lines',
        numbering: 'sectioned',
        sections,
        header: [
          { label: 'Approved by', value: isEarly ? 'Management Committee' : 'Full Governing Body' },
          { label: 'Date approved', value: monthYear(approved) },
          ...(random() < 0.8
            ? [{ label: 'Date of next review', value: monthYear(addMonthsIso(approved, 12)) }]
            : []),
        ],
      };
      const slug = setting.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      policies.push({
        id: ids.policy<PolicyId>(),
        settingId: setting.id,
        type: kind.type,
        title: kind.title,
        fileStem: `${slug}-${kind.type}`,
        outline,
      });
    }
  });

  return {
    trust: {
      id: 'a1b2c3d4-0000-4000-8000-000000000600' as TrustId,
      name: 'Northmoor County Council',
      kind: 'local_authority',
    },
    settings,
    people,
    roleAssignments,
    courses,
    memberships,
    completions,
    reviews: [],
    policies,
  };
}
