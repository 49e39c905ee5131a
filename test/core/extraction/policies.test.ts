// Whole policies of our own wording, one per phase and header style, read as a user's .txt file would be.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { extractionFacts } from '../../../src/core/extraction/facts';
import { readPlainText } from '../../../src/documents/readers/text';
import { context } from './support';

function facts(text: string) {
  const result = extractPolicy(readPlainText(text), context());
  return { result, facts: extractionFacts(result) };
}

const SECONDARY = `
Kingsway High School

ONLINE SAFETY POLICY 2024-25

Version: 4.1
Approved by: Local Governing Body
Date approved: 14th October 2024
Next review: October 2025
Review cycle: Annual

Key people
Designated Safeguarding Lead\tMr Samuel Osei (Deputy Headteacher)
Deputy DSLs\tMs Claire Dunn, Mr Ravi Gill
Online Safety Lead\tMrs Nadia Karim
Link Governor for Safeguarding\tDr Helen Fraser
Headteacher\tMrs Jo Whitfield

1. Aims

1.1 This policy applies to all members of the Kingsway High School community, including staff, students, volunteers, parents and visitors who have access to the school's digital systems.
1.2 It is written with regard to Keeping Children Safe in Education 2024, the Filtering and Monitoring Standards for Schools and Colleges and Teaching Online Safety in Schools (2023).

2. Legislation and guidance

This policy has due regard to the following legislation:
- The Online Safety Act 2023
- The Education and Inspections Act 2006
- The Data Protection Act 2018

3. Filtering and monitoring

3.1 The school uses a web filter on all devices and monitors student activity on the network. Students in Key Stage 3 and Key Stage 4 are taught how filtering works.
3.2 Access to TikTok and Snapchat is blocked on the student network.

4. Mobile phones

4.1 Students in Years 7 to 11 must keep mobile phones switched off during the school day. Sixth form students may use personal devices in the study centre.

5. Cyberbullying

5.1 Online bullying is dealt with under the Anti-Bullying Policy and may lead to sanctions. Where a criminal offence may have been committed, the police will be informed.

6. Related policies

This policy should be read alongside:
- Child Protection and Safeguarding Policy
- Behaviour Policy
- Acceptable Use Agreements
- Staff Code of Conduct
`;

const NURSERY = `
Little Wrens Day Nursery

Use of Mobile Phones, Cameras and Social Media Policy

Date adopted: 2nd May 2023
Review date: May 2024
Signed on behalf of the nursery: Kerry Mills (Nursery Manager)

Policy statement
At Little Wrens Day Nursery we keep children safe when photographs are taken. The nursery manager, Kerry Mills, is our Designated Safeguarding Lead and Lauren Pike is the deputy.

Procedures
- Staff mobile phones are stored in lockers and are not used in the rooms where children are present.
- Photographs of children are taken only on nursery tablets, with parental consent.
- Staff must not accept friend requests from parents on personal social media accounts.
- Our official Facebook page is managed by the manager.

This policy was adopted by the management committee and is reviewed every year.
`;

const JUNIOR = `
Oakfield Junior School
Child Protection and Safeguarding Policy

Written by\tMrs S Patel\t01/09/2024
Ratified by FGB\t\t26/09/2024
Review\tAnnually

Our Designated Safeguarding Lead is Mrs Sunita Patel (Headteacher). In her absence, contact a deputy: Mr Owen Grey or Miss Amy Lo.

The governor responsible for safeguarding is Mr Peter Hale.

This policy follows Keeping Children Safe in Education (September 2024) and Working Together to Safeguard Children 2023, and the procedures of the Hartshire Safeguarding Children Partnership.
`;

const SPECIAL = `
Acceptable Use Policy

Fernhill Special School

Last reviewed: 31/02/2024
Next review due: Spring 2025

Pupils at Fernhill use computers and tablets with close supervision. This policy will be reviewed every two years by the Headteacher.
`;

const ROLES_WITHOUT_NAMES = `Greenbank Primary School

Child Protection Policy

1. Introduction
1.1 Greenbank Primary School fully recognises its responsibilities for child protection. The Designated Safeguarding Lead will liaise with the Local Authority Designated Officer (LADO) when an allegation is made against a member of staff.
1.2 Following the Byron Review (Professor Tanya Byron, 2008), schools have strengthened online safety education.
1.3 Referrals are made to Children's Social Care through the Front Door service.
2. Roles
2.1 The Headteacher will ensure that the policy is implemented. The Chair of Governors will deal with allegations against the Headteacher.
2.2 The DSL is responsible for referrals; in their absence a deputy will act.
2.3 Mrs Evans in the office keeps visitor records. Staff should speak to Mr Patel, the site manager, about building security.
3. Review
3.1 The governing body reviews this policy annually. It was last reviewed in September 2024.
Signed: ____________________ (Chair of Governors)   Date: ______________
Signed: ____________________ (Headteacher)   Date: ______________
`;

describe('policies of every phase', () => {
  it('reads a secondary online safety policy with a key-people table', () => {
    const { facts: f, result } = facts(SECONDARY);
    expect(f).toMatchObject({
      setting_name: 'Kingsway High School',
      phase: 'secondary',
      policy_title: 'Online Safety Policy',
      policy_type: 'online_safety',
      version: '4.1',
      last_review: '2024-10-14',
      next_review: '2025-10',
      review_cadence_months: 12,
      approved_by: 'Local Governing Body',
    });
    expect(f.named_leads).toEqual(
      expect.arrayContaining([
        { role: 'dsl', name: 'Samuel Osei' },
        { role: 'deputy_dsl', name: 'Claire Dunn' },
        { role: 'deputy_dsl', name: 'Ravi Gill' },
        { role: 'online_safety_lead', name: 'Nadia Karim' },
        { role: 'safeguarding_governor', name: 'Helen Fraser' },
        { role: 'headteacher', name: 'Jo Whitfield' },
      ]),
    );
    expect(f.named_leads).toHaveLength(6);
    expect(f.guidance_cited).toEqual(
      expect.arrayContaining([
        'Keeping Children Safe in Education 2024',
        'Filtering and Monitoring Standards for Schools and Colleges',
        'Teaching Online Safety in Schools 2023',
        'Online Safety Act 2023',
        'Education and Inspections Act 2006',
        'Data Protection Act 2018',
      ]),
    );
    expect(f.linked_policies).toEqual(expect.arrayContaining(['Child Protection and Safeguarding Policy', 'Behaviour Policy', 'Acceptable Use Agreements', 'Staff Code of Conduct', 'Anti-Bullying Policy']));
    expect(result.blockedServices.map((b) => b.value)).toEqual(['TikTok', 'Snapchat']);
    expect(f.topics).toEqual(expect.arrayContaining(['scope_definition', 'monitoring_and_filtering', 'personal_devices', 'cyberbullying', 'illegal_content_and_police', 'legal_framework', 'blocked_sites', 'review_cycle', 'roles_and_responsibilities']));
  });

  it('reads a nursery policy: adoption date, manager as head and DSL, deputy in prose', () => {
    const { facts: f, result } = facts(NURSERY);
    expect(f).toMatchObject({
      setting_name: 'Little Wrens Day Nursery',
      phase: 'preschool',
      policy_title: 'Use of Mobile Phones, Cameras and Social Media Policy',
      policy_type: 'social_media',
      last_review: '2023-05-02',
      next_review: '2024-05',
      review_cadence_months: 12,
    });
    expect(f.named_leads).toEqual([
      { role: 'headteacher', name: 'Kerry Mills' },
      { role: 'dsl', name: 'Kerry Mills' },
      { role: 'deputy_dsl', name: 'Lauren Pike' },
    ]);
    expect(result.officialChannels.map((c) => c.value)).toEqual(['Facebook page']);
    expect(f.topics).toEqual(expect.arrayContaining(['personal_devices', 'images_and_consent', 'staff_contact_with_parents', 'official_accounts']));
  });

  it('reads a junior child protection policy with a tab header and "Review Annually"', () => {
    const { facts: f } = facts(JUNIOR);
    expect(f).toMatchObject({
      setting_name: 'Oakfield Junior School',
      phase: 'junior',
      policy_title: 'Child Protection and Safeguarding Policy',
      policy_type: 'child_protection',
      last_review: '2024-09-26',
      next_review: null,
      review_cadence_months: 12,
      approved_by: 'FGB',
    });
    expect(f.named_leads).toEqual(
      expect.arrayContaining([
        { role: 'dsl', name: 'Sunita Patel' },
        { role: 'headteacher', name: 'Sunita Patel' },
        { role: 'deputy_dsl', name: 'Owen Grey' },
        { role: 'deputy_dsl', name: 'Amy Lo' },
        { role: 'safeguarding_governor', name: 'Peter Hale' },
      ]),
    );
    expect(f.named_leads).toHaveLength(5);
    expect(f.other_named_people).toEqual([{ name: 'S Patel', role_text: 'policy author' }]);
    expect(f.guidance_cited).toEqual(['Keeping Children Safe in Education 2024', 'Working Together to Safeguard Children 2023', 'Hartshire Safeguarding Children Partnership procedures']);
  });

  it('reads a special school AUP, reporting an impossible date rather than shifting it', () => {
    const { facts: f, result } = facts(SPECIAL);
    expect(f).toMatchObject({ setting_name: 'Fernhill Special School', phase: 'special', policy_title: 'Acceptable Use Policy', policy_type: 'acceptable_use', last_review: null, next_review: '2025', review_cadence_months: 24 });
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'impossible_date', message: expect.stringContaining('31/02/2024') })]);
  });

  it('leaves everything the text does not say empty', () => {
    const { facts: f } = facts('Social Media Policy\n\nStaff must not post photographs of pupils on their personal accounts. Parents are asked not to post images of other children.\n');
    expect(f).toMatchObject({ setting_name: null, phase: null, version: null, last_review: null, next_review: null, review_cadence_months: null, approved_by: null, named_leads: [], guidance_cited: [], linked_policies: [] });
  });

  it('names no lead where the text names roles without people, and reads "It was last reviewed in ..."', () => {
    const { facts: f } = facts(ROLES_WITHOUT_NAMES);
    expect(f.named_leads).toEqual([]);
    expect(f.other_named_people).toEqual([{ name: 'Patel', role_text: 'site manager' }]);
    expect(f).toMatchObject({ setting_name: 'Greenbank Primary School', policy_type: 'child_protection', last_review: '2024-09', review_cadence_months: 12, approved_by: null });
  });
});
