// Policies laid out the ways schools commonly lay them out (our own wording): a cover table of fields, a
// commercial-template header ("Approved by / Last reviewed on / Next review due by"), a letterhead with
// the facts in prose. Read through the real plain-text reader, as an imported .txt would be.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { extractionFacts } from '../../../src/core/extraction/facts';
import { readPlainText } from '../../../src/documents/readers/text';
import { context } from './support';

const read = (text: string) => {
  const result = extractPolicy(readPlainText(text), context());
  return { result, facts: extractionFacts(result) };
};

const TEMPLATE_HEADER = `Online safety policy

Ashgrove Primary School

Approved by:\tMr P Lindqvist (Chair of Governors)\tDate: 14 November 2024
Last reviewed on:\t14 November 2024
Next review due by:\tNovember 2025

Contents
1. Aims
2. Legislation and guidance
3. Roles and responsibilities

1. Aims
Our school aims to have robust processes in place to ensure the online safety of pupils, staff, volunteers and governors, and to deliver an effective approach to online safety which empowers us to protect and educate the whole school community in its use of technology.

2. Legislation and guidance
This policy is based on the Department for Education's (DfE's) statutory safeguarding guidance, Keeping Children Safe in Education, and its advice for schools on Preventing and tackling bullying and Searching, screening and confiscation. It also refers to the DfE's guidance on protecting children from radicalisation.
It reflects existing legislation, including but not limited to the Education Act 1996 (as amended), the Education and Inspections Act 2006 and the Equality Act 2010. In addition, it reflects the Education Act 2011.

3. Roles and responsibilities
3.1 The governing board
The governing board has overall responsibility for monitoring this policy and holding the headteacher to account for its implementation.
The governor who oversees online safety is Mrs Rosa Delgado.
3.2 The headteacher
The headteacher is responsible for ensuring that staff understand this policy, and that it is being implemented consistently throughout the school.
3.3 The designated safeguarding lead
Details of the school's designated safeguarding lead (DSL) and deputies are set out in our child protection and safeguarding policy. Our DSL is Mr Ben Achebe, Deputy Headteacher.
The deputy DSLs are: Mrs Ola Nowicka and Ms Tess Brand.

4. Monitoring arrangements
This policy will be reviewed every year by the DSL. At every review, the policy will be shared with the governing board.

5. Links with other policies
This online safety policy is linked to our:
- Child protection and safeguarding policy
- Behaviour policy
- Staff disciplinary procedures
- Data protection policy and privacy notices
- Complaints procedure
- ICT and internet acceptable use policy
`;

const COVER_TABLE = `Policy name\tSafeguarding and Child Protection Policy
Setting\tWillow Tree Nursery School
Version\t7
Approved by\tManagement Committee
Date approved\t03.09.2024
Next review date\tSeptember 2025
Policy owner\tHeadteacher

Willow Tree Nursery School is committed to safeguarding and promoting the welfare of all children in our care. Everyone who comes into contact with children and their families has a role to play.

Key contacts
Role\tName\tTelephone
Designated Safeguarding Lead\tMs Yasmin Corrigan\t01632 960 555
Deputy Designated Safeguarding Lead\tMr Leon Hart\t01632 960 556
Nominated Governor for Safeguarding\tMrs Gwen Alder\tvia the office
Chair of Governors\tMr Ade Bankole\tvia the office
Headteacher\tMs Yasmin Corrigan\t01632 960 555

The local authority designated officer (LADO) can be contacted on 01632 960 000.
This policy will be reviewed annually.
`;

const LETTERHEAD = `HILLCREST ACADEMY
Part of the Meridian Learning Trust

E-SAFETY POLICY

Policy adopted by the Local Governing Body: 12th March 2024
Review: Every two years (next review March 2026)

Introduction
Hillcrest Academy is an 11-18 academy. Students in Years 7 to 13 use the academy's network, and sixth form students may bring their own devices. The Principal, Dr Ruth Okonkwo, is responsible for ensuring this policy is implemented. The e-safety co-ordinator is Mr Jonah Wilde.

Students must not use personal devices to take photographs of other students. Mobile phones are to be switched off in lessons.

Social networking sites such as Instagram, Snapchat and TikTok are blocked on the academy network. Staff must not add students as friends on any social network.

Illegal content will be reported to the police and to CEOP.
`;

const PIPES_AND_DASHES = `Brambleside C of E Junior School
E-Safety & Acceptable Use Policy
Date of Issue: Sept 2023 | Review Date: Sept 2024 | Version 3
Designated Safeguarding Lead: Mrs. Sarah O’Connor-Hughes
Deputy DSL(s): Mrs Bea Lamb and Mr Carl Doyle
Link governor for online safety – Revd. Peter Oyelaran
Reviewed: September 2023   Next Review: September 2024

Our pupils are aged 7-11. This policy is reviewed annually by the Teaching and Learning Committee.
`;

describe('common layouts', () => {
  it('reads a template header with a person approving for the board', () => {
    const { facts, result } = read(TEMPLATE_HEADER);
    expect(facts).toMatchObject({
      setting_name: 'Ashgrove Primary School',
      phase: 'primary',
      policy_title: 'Online safety policy',
      policy_type: 'online_safety',
      last_review: '2024-11-14',
      next_review: '2025-11',
      review_cadence_months: 12,
      approved_by: 'Chair of Governors',
    });
    expect(result.dates.approved?.value).toBe('2024-11-14');
    expect(facts.named_leads).toEqual([
      { role: 'chair_of_governors', name: 'P Lindqvist' },
      { role: 'safeguarding_governor', name: 'Rosa Delgado' },
      { role: 'dsl', name: 'Ben Achebe' },
      { role: 'deputy_dsl', name: 'Ola Nowicka' },
      { role: 'deputy_dsl', name: 'Tess Brand' },
    ]);
    expect(facts.guidance_cited).toEqual([
      'Keeping Children Safe in Education',
      'Preventing and Tackling Bullying',
      'Searching, Screening and Confiscation',
      'Education Act 1996',
      'Education and Inspections Act 2006',
      'Equality Act 2010',
      'Education Act 2011',
    ]);
    expect(facts.linked_policies).toEqual(['Child protection and safeguarding policy', 'Behaviour policy', 'Staff disciplinary procedures', 'Data protection policy and privacy notices', 'Complaints procedure', 'ICT and internet acceptable use policy']);
    expect(facts.topics).not.toContain('monitoring_and_filtering');
  });

  it('reads a cover table of fields and a key-contacts table', () => {
    const { facts } = read(COVER_TABLE);
    expect(facts).toMatchObject({
      setting_name: 'Willow Tree Nursery School',
      phase: 'preschool',
      policy_title: 'Safeguarding and Child Protection Policy',
      policy_type: 'child_protection',
      version: '7',
      last_review: '2024-09-03',
      next_review: '2025-09',
      review_cadence_months: 12,
      approved_by: 'Management Committee',
    });
    expect(facts.named_leads).toEqual([
      { role: 'dsl', name: 'Yasmin Corrigan' },
      { role: 'deputy_dsl', name: 'Leon Hart' },
      { role: 'safeguarding_governor', name: 'Gwen Alder' },
      { role: 'chair_of_governors', name: 'Ade Bankole' },
      { role: 'headteacher', name: 'Yasmin Corrigan' },
    ]);
    expect(facts.topics).not.toContain('staff_contact_with_parents');
  });

  it('reads facts given in prose under a letterhead', () => {
    const { facts, result } = read(LETTERHEAD);
    expect(facts).toMatchObject({
      setting_name: 'Hillcrest Academy',
      phase: 'secondary',
      policy_title: 'E-safety Policy',
      policy_type: 'online_safety',
      last_review: '2024-03-12',
      next_review: '2026-03',
      review_cadence_months: 24,
      approved_by: 'Local Governing Body',
    });
    expect(facts.named_leads).toEqual([
      { role: 'headteacher', name: 'Ruth Okonkwo' },
      { role: 'online_safety_lead', name: 'Jonah Wilde' },
    ]);
    expect(result.blockedServices.map((b) => b.value)).toEqual(['Instagram', 'Snapchat', 'TikTok']);
    expect(facts.topics).toEqual(expect.arrayContaining(['staff_contact_with_pupils', 'personal_devices', 'illegal_content_and_police', 'blocked_sites']));
  });

  it('reads fields separated by pipes, "Deputy DSL(s)" and a dash before a name', () => {
    const { facts, result } = read(PIPES_AND_DASHES);
    expect(facts).toMatchObject({
      setting_name: 'Brambleside C of E Junior School',
      phase: 'junior',
      policy_title: 'E-Safety & Acceptable Use Policy',
      policy_type: 'online_safety',
      version: '3',
      last_review: '2023-09',
      next_review: '2024-09',
      review_cadence_months: 12,
      named_leads: [
        { role: 'dsl', name: "Sarah O'Connor-Hughes" },
        { role: 'deputy_dsl', name: 'Bea Lamb' },
        { role: 'deputy_dsl', name: 'Carl Doyle' },
        { role: 'safeguarding_governor', name: 'Peter Oyelaran' },
      ],
    });
    expect(result.dates.written?.value).toBe('2023-09');
  });
});
