// The sample trust: six fictional settings written for this project, with dates relative to `asOf` so
// the sample always shows something true for every feature: an overdue review, one due soon, a policy
// with no date, a cadence exception, a vacancy, a policy naming a former DSL, a stale citation, an
// expired DSL training, a person working in two settings, and a template shared by three settings.
import {
  addDaysIso,
  addMonthsIso,
  formatUkDate,
  MONTH_NAMES,
  parsePartialDate,
  type IsoDate,
} from '../../core/dates';
import type {
  CourseId,
  MembershipId,
  PersonId,
  PolicyId,
  ReviewId,
  RoleAssignmentId,
  SettingId,
  TrustId,
  CompletionId,
} from '../../core/ids';
import type {
  Course,
  Person,
  Review,
  RoleAssignment,
  StaffFlag,
  StaffMembership,
  Completion,
} from '../../core/model';
import type { Setting } from '../../core/settings';
import type { Phase, PolicyType, RoleId, SettingType } from '../../core/vocabulary';
import { defaultCourses } from '../defaults';
import {
  countyTemplateSections,
  onlineSafetySections,
  shortPolicySections,
  trustModelSections,
  type PolicyVoice,
} from './clauses';
import type { HeaderField, PolicyOutline } from '../../core/outline';
import { FORENAMES, SURNAMES, idFactory, pick, seededRandom } from './random';
import { sampleVisits, type SampleVisits } from './sample-visits';

export interface SamplePolicy {
  id: PolicyId;
  settingId: SettingId;
  type: PolicyType;
  title: string;
  fileStem: string;
  outline: PolicyOutline;
}

export interface SampleTrust {
  trust: { id: TrustId; name: string; kind: 'trust' | 'local_authority' };
  settings: Setting[];
  people: Person[];
  roleAssignments: RoleAssignment[];
  courses: Course[];
  memberships: StaffMembership[];
  completions: Completion[];
  reviews: Review[];
  policies: SamplePolicy[];
  /** Audit visits (the sample trust has them; the LA-scale sample does not). */
  visits?: SampleVisits;
}

export const SAMPLE_TRUST_NAME = 'Kestrel Vale Learning Trust';

const dayMonthYear = (d: IsoDate) => {
  const p = parsePartialDate(d)!;
  return `${p.day} ${MONTH_NAMES[p.month! - 1]} ${p.year}`;
};
/** "September 2025", as policies write their review dates. */
export const monthYear = (d: IsoDate) => {
  const p = parsePartialDate(d)!;
  return `${MONTH_NAMES[p.month! - 1]} ${p.year}`;
};

/** The default course catalogue with the sample's ids, and each course's id by its key. */
export function sampleCourses(
  newId: <T extends string>() => T,
  created: string,
): { courses: Course[]; course: (key: string) => CourseId } {
  const courseIds = new Map<string, CourseId>();
  const courses: Course[] = defaultCourses().map((d) => {
    const id = newId<CourseId>();
    courseIds.set(d.key, id);
    return {
      id,
      name: d.name,
      validityMonths: d.validityMonths,
      audience: d.audience,
      description: d.description,
      archived: false,
      createdAt: created,
      updatedAt: created,
    };
  });
  return { courses, course: (key) => courseIds.get(key)! };
}
const slashed = (d: IsoDate, shortYear = false) => {
  const p = parsePartialDate(d)!;
  const yy = shortYear ? String(p.year % 100).padStart(2, '0') : String(p.year);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${yy}`;
};

interface SettingSpec {
  key: string;
  name: string;
  phase: Phase;
  type: SettingType;
  urn: string;
  staff: number;
}

const SETTINGS: SettingSpec[] = [
  {
    key: 'acorns',
    name: 'Oakridge Acorns Pre-school',
    phase: 'preschool',
    type: 'early_years',
    urn: 'EY512345',
    staff: 8,
  },
  {
    key: 'brookInf',
    name: 'Brookfield Infant School',
    phase: 'infant',
    type: 'academy',
    urn: '148201',
    staff: 16,
  },
  {
    key: 'cuthbert',
    name: "St Cuthbert's CE Infant School",
    phase: 'infant',
    type: 'academy',
    urn: '148202',
    staff: 14,
  },
  {
    key: 'brookJun',
    name: 'Brookfield Junior School',
    phase: 'junior',
    type: 'academy',
    urn: '148203',
    staff: 18,
  },
  {
    key: 'harbour',
    name: 'Harbour View Primary School',
    phase: 'primary',
    type: 'academy',
    urn: '148204',
    staff: 24,
  },
  {
    key: 'oakridge',
    name: 'Oakridge Primary School',
    phase: 'primary',
    type: 'academy',
    urn: '148205',
    staff: 26,
  },
];

interface LeadSpec {
  name: string;
  setting: string;
  role: RoleId;
  /** Months before asOf the role began. */
  fromMonths: number;
  /** Months before asOf it ended; absent while current. */
  toMonths?: number;
  jobTitle: string;
  flags: StaffFlag[];
}

const LEADS: LeadSpec[] = [
  {
    name: 'Sinead Murphy',
    setting: 'acorns',
    role: 'headteacher',
    fromMonths: 50,
    jobTitle: 'Pre-school Manager',
    flags: ['leadership'],
  },
  {
    name: 'Sinead Murphy',
    setting: 'acorns',
    role: 'dsl',
    fromMonths: 50,
    jobTitle: 'Pre-school Manager',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Tomasz Nowak',
    setting: 'acorns',
    role: 'deputy_dsl',
    fromMonths: 20,
    jobTitle: 'Room Leader',
    flags: ['deputy_dsl'],
  },
  {
    name: 'Hannah Okafor',
    setting: 'brookInf',
    role: 'headteacher',
    fromMonths: 70,
    jobTitle: 'Headteacher',
    flags: ['leadership'],
  },
  {
    name: 'Hannah Okafor',
    setting: 'brookInf',
    role: 'dsl',
    fromMonths: 70,
    jobTitle: 'Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Joseph Evans',
    setting: 'brookInf',
    role: 'deputy_dsl',
    fromMonths: 30,
    jobTitle: 'Deputy Headteacher',
    flags: ['deputy_dsl', 'leadership'],
  },
  {
    name: 'David Llewellyn',
    setting: 'brookInf',
    role: 'safeguarding_governor',
    fromMonths: 40,
    jobTitle: 'Governor',
    flags: ['governor'],
  },
  {
    name: 'Emma Walsh',
    setting: 'brookInf',
    role: 'dpo',
    fromMonths: 60,
    jobTitle: 'Trust Data Protection Officer',
    flags: [],
  },
  {
    name: 'Claire Donnelly',
    setting: 'brookJun',
    role: 'headteacher',
    fromMonths: 36,
    jobTitle: 'Headteacher',
    flags: ['leadership'],
  },
  {
    name: 'Marcus Bell',
    setting: 'brookJun',
    role: 'dsl',
    fromMonths: 36,
    jobTitle: 'Assistant Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Priya Shah',
    setting: 'brookJun',
    role: 'deputy_dsl',
    fromMonths: 24,
    jobTitle: 'Year 5 Teacher',
    flags: ['deputy_dsl'],
  },
  {
    name: 'Emma Walsh',
    setting: 'brookJun',
    role: 'dpo',
    fromMonths: 60,
    jobTitle: 'Trust Data Protection Officer',
    flags: [],
  },
  // Brookfield Junior's safeguarding governor stood down: a vacancy.
  {
    name: 'Ruth Hughes',
    setting: 'brookJun',
    role: 'safeguarding_governor',
    fromMonths: 48,
    toMonths: 2,
    jobTitle: 'Governor',
    flags: ['governor'],
  },
  {
    name: 'Bethan Price',
    setting: 'cuthbert',
    role: 'headteacher',
    fromMonths: 80,
    jobTitle: 'Headteacher',
    flags: ['leadership'],
  },
  {
    name: 'Bethan Price',
    setting: 'cuthbert',
    role: 'dsl',
    fromMonths: 80,
    jobTitle: 'Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Owen Griffiths',
    setting: 'cuthbert',
    role: 'deputy_dsl',
    fromMonths: 26,
    jobTitle: 'SENCo',
    flags: ['deputy_dsl'],
  },
  {
    name: 'Nia Morgan',
    setting: 'cuthbert',
    role: 'safeguarding_governor',
    fromMonths: 14,
    jobTitle: 'Governor',
    flags: ['governor'],
  },
  {
    name: 'Emma Walsh',
    setting: 'cuthbert',
    role: 'dpo',
    fromMonths: 60,
    jobTitle: 'Trust Data Protection Officer',
    flags: [],
  },
  {
    name: 'Kwame Mensah',
    setting: 'harbour',
    role: 'headteacher',
    fromMonths: 45,
    jobTitle: 'Headteacher',
    flags: ['leadership'],
  },
  // Harbour View's policy still names Rebecca Thornton, who handed the DSL role over three months ago.
  {
    name: 'Rebecca Thornton',
    setting: 'harbour',
    role: 'dsl',
    fromMonths: 62,
    toMonths: 3,
    jobTitle: 'Deputy Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Daniel Achebe',
    setting: 'harbour',
    role: 'dsl',
    fromMonths: 3,
    jobTitle: 'Deputy Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Fatima Chowdhury',
    setting: 'harbour',
    role: 'deputy_dsl',
    fromMonths: 18,
    jobTitle: 'Family Support Worker',
    flags: ['deputy_dsl'],
  },
  {
    name: 'Patrick Quinn',
    setting: 'harbour',
    role: 'safeguarding_governor',
    fromMonths: 22,
    jobTitle: 'Governor',
    flags: ['governor'],
  },
  {
    name: 'Emma Walsh',
    setting: 'harbour',
    role: 'dpo',
    fromMonths: 60,
    jobTitle: 'Trust Data Protection Officer',
    flags: [],
  },
  {
    name: 'Aisha Rahman',
    setting: 'oakridge',
    role: 'headteacher',
    fromMonths: 55,
    jobTitle: 'Headteacher',
    flags: ['leadership'],
  },
  {
    name: 'Aisha Rahman',
    setting: 'oakridge',
    role: 'dsl',
    fromMonths: 55,
    jobTitle: 'Headteacher',
    flags: ['dsl', 'leadership'],
  },
  {
    name: 'Gareth Pryce',
    setting: 'oakridge',
    role: 'deputy_dsl',
    fromMonths: 28,
    jobTitle: 'Inclusion Lead',
    flags: ['deputy_dsl'],
  },
  {
    name: 'Siân ap Rhys',
    setting: 'oakridge',
    role: 'safeguarding_governor',
    fromMonths: 33,
    jobTitle: 'Governor',
    flags: ['governor'],
  },
  {
    name: 'Emma Walsh',
    setting: 'oakridge',
    role: 'dpo',
    fromMonths: 60,
    jobTitle: 'Trust Data Protection Officer',
    flags: [],
  },
];

/** Gareth Pryce also works at the linked pre-school: one person, two settings. */
const SECOND_POSTS: { name: string; setting: string; jobTitle: string; fromMonths: number }[] = [
  { name: 'Gareth Pryce', setting: 'acorns', jobTitle: 'Inclusion Lead (outreach)', fromMonths: 12 },
];

const BASE_LINKED = [
  'Child protection policy',
  'Online safety policy',
  'Acceptable use policy',
  'Staff code of conduct',
  'Anti-bullying policy',
  'Data protection policy',
];

function voice(name: string, over: Partial<PolicyVoice>): PolicyVoice {
  return {
    settingName: name,
    settingWord: 'school',
    childrenWord: 'pupils',
    headTitle: 'headteacher',
    dslName: null,
    deputyNames: [],
    governorName: null,
    officialChannels: ['the school website'],
    blockedServices: [],
    guidance: [],
    cadenceSentence:
      'This policy will be reviewed at least annually, and sooner if guidance changes or a concern shows it needs to be.',
    staffBreaks: 'breaks_only',
    parentFriends: 'never',
    minimumAge: 13,
    accountsRunBy: 'the headteacher and the school business manager',
    linkedPolicies: BASE_LINKED,
    earlyYears: false,
    ...over,
  };
}

function linesOutline(
  settingName: string,
  title: string,
  header: HeaderField[],
  sections: PolicyOutline['sections'],
): PolicyOutline {
  return {
    settingName,
    title,
    headerStyle: header.length > 0 ? 'lines' : 'none',
    header,
    numbering: 'sectioned',
    sections,
  };
}

export function buildSampleTrust(asOf: IsoDate): SampleTrust {
  const random = seededRandom(20261121);
  const ids = {
    setting: idFactory('5e771e00'),
    person: idFactory('9e850000'),
    role: idFactory('a5516000'),
    course: idFactory('c0a25e00'),
    membership: idFactory('3e3be500'),
    completion: idFactory('c03e7100'),
    policy: idFactory('90c1c700'),
    review: idFactory('4e71e700'),
  };
  const months = (n: number) => addMonthsIso(asOf, -n);
  const created = `${asOf}T09:00:00.000Z`;

  const settingIds = new Map<string, SettingId>();
  const settings: Setting[] = SETTINGS.map((spec) => {
    const id = ids.setting<SettingId>();
    settingIds.set(spec.key, id);
    return {
      id,
      name: spec.name,
      phase: spec.phase,
      type: spec.type,
      localAuthority: 'Northmoor',
      urn: spec.urn,
      linkedSettingIds: [],
      archived: false,
      createdAt: created,
      updatedAt: created,
    };
  });
  const sid = (key: string) => settingIds.get(key)!;
  // The pre-school is Oakridge Primary's nursery provision.
  settings.find((s) => s.id === sid('acorns'))!.linkedSettingIds.push(sid('oakridge'));
  settings.find((s) => s.id === sid('oakridge'))!.linkedSettingIds.push(sid('acorns'));

  const people: Person[] = [];
  const personByName = new Map<string, PersonId>();
  const person = (name: string): PersonId => {
    const known = personByName.get(name);
    if (known) return known;
    const id = ids.person<PersonId>();
    const [forename, ...rest] = name.split(' ');
    people.push({
      id,
      name,
      forename: forename ?? name,
      surname: rest.join(' '),
      email: '',
      createdAt: created,
      updatedAt: created,
    });
    personByName.set(name, id);
    return id;
  };

  const roleAssignments: RoleAssignment[] = LEADS.map((l) => ({
    id: ids.role<RoleAssignmentId>(),
    personId: person(l.name),
    settingId: sid(l.setting),
    role: l.role,
    from: months(l.fromMonths),
    to: l.toMonths === undefined ? null : months(l.toMonths),
    sourceVersionId: null,
    createdAt: created,
    updatedAt: created,
  }));

  const { courses, course } = sampleCourses(ids.course, created);

  // Staff: the leads (one membership per person and setting, flags merged), then generated colleagues.
  const memberships: StaffMembership[] = [];
  const membershipKey = new Map<string, StaffMembership>();
  const addMembership = (
    personId: PersonId,
    settingId: SettingId,
    jobTitle: string,
    flags: StaffFlag[],
    start: IsoDate,
    end: IsoDate | null,
  ) => {
    const key = `${personId}/${settingId}`;
    const existing = membershipKey.get(key);
    if (existing) {
      existing.flags = [...new Set([...existing.flags, ...flags])];
      if (start < (existing.start ?? start)) existing.start = start;
      return existing;
    }
    const m: StaffMembership = {
      id: ids.membership<MembershipId>(),
      personId,
      settingId,
      jobTitle,
      flags,
      start,
      end,
      createdAt: created,
      updatedAt: created,
    };
    memberships.push(m);
    membershipKey.set(key, m);
    return m;
  };
  for (const l of LEADS) {
    if (l.role === 'dpo') continue; // the trust's DPO is not on a setting's staff list
    const current = l.toMonths === undefined;
    const flags = current ? l.flags : l.flags.filter((f) => f !== 'dsl' && f !== 'deputy_dsl');
    addMembership(
      person(l.name),
      sid(l.setting),
      l.jobTitle,
      flags,
      months(Math.max(l.fromMonths, 12)),
      l.role === 'safeguarding_governor' && !current ? months(l.toMonths!) : null,
    );
  }
  for (const p of SECOND_POSTS)
    addMembership(person(p.name), sid(p.setting), p.jobTitle, [], months(p.fromMonths), null);

  const jobTitles = [
    'Class Teacher',
    'Teaching Assistant',
    'Teaching Assistant',
    'Midday Supervisor',
    'Office Manager',
    'Site Manager',
    'Cook',
    'Learning Support Assistant',
    'Class Teacher',
  ];
  const earlyYearsTitles = [
    'Early Years Practitioner',
    'Early Years Practitioner',
    'Nursery Assistant',
    'Apprentice Practitioner',
  ];
  const usedNames = new Set(personByName.keys());
  for (const spec of SETTINGS) {
    const already = memberships.filter((m) => m.settingId === sid(spec.key)).length;
    for (let i = already; i < spec.staff; i += 1) {
      let name: string;
      do name = `${pick(random, FORENAMES)} ${pick(random, SURNAMES)}`;
      while (usedNames.has(name));
      usedNames.add(name);
      const startMonths = 1 + Math.floor(random() * 90);
      const title = spec.phase === 'preschool' ? pick(random, earlyYearsTitles) : pick(random, jobTitles);
      // A leaver in each school keeps their history but drops out of compliance.
      const leaver = i === spec.staff - 1 && spec.phase !== 'preschool';
      addMembership(person(name), sid(spec.key), title, [], months(startMonths), leaver ? months(4) : null);
    }
    // Two governors per school besides the safeguarding governor.
    if (spec.phase !== 'preschool') {
      for (let g = 0; g < 2; g += 1) {
        let name: string;
        do name = `${pick(random, FORENAMES)} ${pick(random, SURNAMES)}`;
        while (usedNames.has(name));
        usedNames.add(name);
        addMembership(
          person(name),
          sid(spec.key),
          'Governor',
          ['governor'],
          months(6 + Math.floor(random() * 40)),
          null,
        );
      }
    }
  }

  // Training: induction at start; annual updates mostly in date, a few lapsed or lapsing; DSL training
  // with one lapsed (Marcus Bell, Brookfield Junior's DSL: 26 months ago).
  const completions: Completion[] = [];
  const complete = (personId: PersonId, key: string, on: IsoDate, provider: string) => {
    if (on > asOf) return;
    completions.push({
      id: ids.completion<CompletionId>(),
      personId,
      courseId: course(key),
      completedOn: on,
      provider,
      evidenceFileId: null,
      createdAt: created,
    });
  };
  for (const m of memberships) {
    const start = m.start ?? months(24);
    const isGovernor = m.flags.includes('governor');
    if (isGovernor) {
      if (random() < 0.8)
        complete(m.personId, 'governor', addMonthsIso(start, 2), 'Northmoor Governor Services');
      continue;
    }
    if (random() < 0.92)
      complete(m.personId, 'induction', addDaysIso(start, Math.floor(random() * 10)), 'In-house');
    if (random() < 0.8) complete(m.personId, 'online_safety_induction', addDaysIso(start, 14), 'In-house');
    const roll = random();
    const updateMonths =
      roll < 0.1 ? 13 + Math.floor(random() * 3) : roll < 0.2 ? 11 : Math.floor(random() * 9) + 1;
    if (months(updateMonths) >= start)
      complete(m.personId, 'annual_update', months(updateMonths), 'Kestrel Vale safeguarding team');
    if (random() < 0.6)
      complete(m.personId, 'prevent', months(Math.floor(random() * 40)), 'Home Office e-learning');
  }
  const dslTraining: [string, number][] = [
    ['Sinead Murphy', 9],
    ['Tomasz Nowak', 14],
    ['Hannah Okafor', 20],
    ['Joseph Evans', 23],
    ['Marcus Bell', 26],
    ['Priya Shah', 7],
    ['Bethan Price', 11],
    ['Owen Griffiths', 16],
    ['Daniel Achebe', 4],
    ['Fatima Chowdhury', 19],
    ['Aisha Rahman', 6],
    ['Gareth Pryce', 22],
  ];
  for (const [name, ago] of dslTraining)
    complete(person(name), 'dsl', months(ago), 'Northmoor Safeguarding Children Partnership');

  // Policies.
  const policies: SamplePolicy[] = [];
  const addPolicy = (
    settingKey: string,
    type: PolicyType,
    title: string,
    fileStem: string,
    outline: PolicyOutline,
  ) =>
    policies.push({ id: ids.policy<PolicyId>(), settingId: sid(settingKey), type, title, fileStem, outline });

  // Brookfield Infant: the trust model; overdue (next review two months ago); cites a superseded KCSIE.
  {
    const approved = months(14);
    const name = 'Brookfield Infant School';
    addPolicy(
      'brookInf',
      'social_media',
      'Social Media Policy',
      'brookfield-infant-social-media',
      linesOutline(
        name,
        'Social Media Policy',
        [
          { label: 'Approved by', value: 'Local Governing Body' },
          { label: 'Date approved', value: dayMonthYear(approved) },
          { label: 'Date of next review', value: monthYear(months(2)) },
          { label: 'Designated Safeguarding Lead', value: 'Hannah Okafor (Headteacher)' },
          { label: 'Safeguarding governor', value: 'Mr David Llewellyn' },
        ],
        trustModelSections(
          voice(name, {
            dslName: 'Hannah Okafor',
            deputyNames: ['Joseph Evans'],
            governorName: 'Mr David Llewellyn',
            officialChannels: ['the school website', 'a private class blog'],
            guidance: [
              'Keeping Children Safe in Education 2022',
              'Working Together to Safeguard Children 2023',
            ],
            localNote:
              "Our infant classes share an online learning journal with families. Only class teachers post to it, and parents can see only their own child's entries.",
          }),
        ),
      ),
    );
    const osApproved = months(10);
    addPolicy(
      'brookInf',
      'online_safety',
      'Online Safety Policy',
      'brookfield-infant-online-safety',
      linesOutline(
        name,
        'Online Safety Policy',
        [
          { label: 'Approved by', value: 'Local Governing Body' },
          { label: 'Date approved', value: dayMonthYear(osApproved) },
          { label: 'Date of next review', value: monthYear(addMonthsIso(osApproved, 12)) },
        ],
        onlineSafetySections(
          voice(name, { dslName: 'Hannah Okafor', guidance: ['Keeping Children Safe in Education 2025'] }),
        ),
      ),
    );
  }
  // Brookfield Junior: the same model with local edits; due soon; no safeguarding governor named.
  {
    const name = 'Brookfield Junior School';
    const reviewed = months(11);
    addPolicy(
      'brookJun',
      'social_media',
      'Social Media Policy',
      'brookfield-junior-social-media',
      linesOutline(
        name,
        'Social Media Policy',
        [
          { label: 'Last reviewed', value: monthYear(reviewed) },
          { label: 'Next review due', value: slashed(addDaysIso(asOf, 20)) },
          { label: 'Designated Safeguarding Lead', value: 'Marcus Bell' },
          { label: 'Deputy DSL', value: 'Priya Shah' },
        ],
        trustModelSections(
          voice(name, {
            dslName: 'Marcus Bell',
            deputyNames: ['Priya Shah'],
            staffBreaks: 'not_permitted',
            parentFriends: 'head_approval',
            officialChannels: [
              'the school website',
              'the school Facebook page (facebook.com/brookfieldjuniors)',
            ],
            accountsRunBy: 'the headteacher and the computing lead',
            guidance: ['Keeping Children Safe in Education 2025'],
            blockedServices: ['TikTok'],
          }),
        ),
      ),
    );
  }
  // Oakridge Acorns Pre-school: the model adapted for early years; cites a superseded EYFS; says nothing on phones.
  {
    const name = 'Oakridge Acorns Pre-school';
    const adopted = months(4);
    addPolicy(
      'acorns',
      'social_media',
      'Social Media Policy',
      'oakridge-acorns-social-media',
      linesOutline(
        name,
        'Social Media Policy',
        [
          { label: 'Manager', value: 'Sinead Murphy' },
          { label: 'Designated Safeguarding Lead', value: 'Sinead Murphy' },
          { label: 'Deputy DSL', value: 'Tomasz Nowak' },
          { label: 'Adopted', value: slashed(adopted) },
          { label: 'Review date', value: monthYear(addMonthsIso(adopted, 12)) },
        ],
        trustModelSections(
          voice(name, {
            settingWord: 'pre-school',
            childrenWord: 'children',
            headTitle: 'manager',
            dslName: 'Sinead Murphy',
            deputyNames: ['Tomasz Nowak'],
            officialChannels: ["our private parents' Facebook group"],
            accountsRunBy: 'the manager',
            guidance: [
              'Keeping Children Safe in Education 2025',
              'the Early Years Foundation Stage statutory framework 2024',
            ],
            earlyYears: true,
            linkedPolicies: [
              'Safeguarding and child protection policy',
              'Cameras and images policy',
              'Confidentiality policy',
              'Behaviour policy',
            ],
          }),
        ),
      ),
    );
  }
  // St Cuthbert's: short, no dates, no names.
  addPolicy(
    'cuthbert',
    'social_media',
    'Social Media Policy',
    'st-cuthberts-social-media',
    linesOutline(
      "St Cuthbert's CE Infant School",
      'Social Media Policy',
      [],
      shortPolicySections(voice("St Cuthbert's CE Infant School", { cadenceSentence: null })),
    ),
  );
  // Harbour View: the county template; names the former DSL; reviewed every three years (a cadence exception).
  {
    const name = 'Harbour View Primary School';
    const written = months(20);
    const agreed = addDaysIso(written, 45);
    const sections = countyTemplateSections(
      voice(name, {
        dslName: 'Rebecca Thornton',
        officialChannels: ['X (formerly Twitter) @HarbourViewPS', 'the school app'],
        accountsRunBy: 'the office manager',
        blockedServices: ['Snapchat', 'TikTok'],
        guidance: ['Keeping Children Safe in Education 2024'],
        cadenceSentence: 'The governing body will review this policy every three years.',
        linkedPolicies: [
          'Safeguarding and Child Protection',
          'Whistleblowing',
          'Data Protection',
          'Staff Code of Conduct',
          'Complaints',
        ],
      }),
    );
    policies.push({
      id: ids.policy<PolicyId>(),
      settingId: sid('harbour'),
      type: 'social_media',
      title: 'Social Media Policy',
      fileStem: 'harbour-view-social-media',
      outline: {
        settingName: name,
        title: 'Social Media Policy',
        headerStyle: 'table',
        header: [],
        numbering: 'running',
        sections,
        headerTable: [
          ['Written By', 'R Thornton', 'Version 2.1', slashed(written, true)],
          ['Agreed By', 'LGB', '', slashed(agreed, true)],
        ],
      },
    });
  }
  // Oakridge Primary: its own text, approved by the trust board; current.
  {
    const name = 'Oakridge Primary School';
    const approved = months(5);
    addPolicy(
      'oakridge',
      'social_media',
      'Social Media and Online Communication Policy',
      'oakridge-primary-social-media',
      linesOutline(
        name,
        'Social Media and Online Communication Policy',
        [
          { label: 'Policy owner', value: 'Aisha Rahman, Headteacher and Designated Safeguarding Lead' },
          { label: 'Approved by', value: 'Trust Board' },
          { label: 'Date approved', value: formatUkDate(approved) },
          { label: 'Review Frequency', value: 'Annually' },
        ],
        countyTemplateSections(
          voice(name, {
            dslName: 'Aisha Rahman',
            officialChannels: ['the school website', 'Instagram @oakridgeprimary'],
            accountsRunBy: 'the headteacher',
            guidance: [
              'Keeping Children Safe in Education 2025',
              'Working Together to Safeguard Children 2023',
            ],
            cadenceSentence: null,
            linkedPolicies: [
              'Child protection and safeguarding policy',
              'Online safety policy',
              'Behaviour policy',
              'Photography policy',
            ],
          }),
        ),
      ),
    );
    const osApproved = months(2);
    addPolicy(
      'oakridge',
      'online_safety',
      'Online Safety Policy',
      'oakridge-primary-online-safety',
      linesOutline(
        name,
        'Online Safety Policy',
        [
          { label: 'Approved by', value: 'Trust Board' },
          { label: 'Date approved', value: slashed(osApproved) },
        ],
        onlineSafetySections(
          voice(name, { dslName: 'Aisha Rahman', guidance: ['Keeping Children Safe in Education 2025'] }),
        ),
      ),
    );
  }

  const reviews: Review[] = [
    {
      id: ids.review<ReviewId>(),
      policyId: policies.find((p) => p.fileStem === 'oakridge-primary-social-media')!.id,
      settingId: sid('oakridge'),
      approvedOn: months(5),
      reviewer: 'Aisha Rahman',
      approvingBody: 'Trust Board',
      meetingDate: months(5),
      minuteRef: 'TB/24/7.2',
      summary: 'Updated for KCSIE 2025; added Instagram as an official channel.',
      versionId: null,
      nextReview: null,
      createdAt: created,
    },
  ];

  return {
    trust: { id: 'a1b2c3d4-0000-4000-8000-000000000001' as TrustId, name: SAMPLE_TRUST_NAME, kind: 'trust' },
    settings,
    people,
    roleAssignments,
    courses,
    memberships,
    completions,
    reviews,
    policies,
    visits: sampleVisits(asOf, sid('harbour')),
  };
}
