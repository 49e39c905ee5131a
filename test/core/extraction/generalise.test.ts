// Forms found by reading policies of our own in the styles of other settings (test/extraction-seeds/own):
// each rule in a short text of its own, so a later change that breaks one says which.
import { describe, expect, it } from 'vitest';
import { readBlockedServices, readOfficialChannels } from '../../../src/core/extraction/channels';
import { citationLabel, readGuidance } from '../../../src/core/extraction/guidance';
import { readHeader } from '../../../src/core/extraction/header';
import { readLeads } from '../../../src/core/extraction/leads';
import { readLinkedPolicies } from '../../../src/core/extraction/linked-policies';
import { readName } from '../../../src/core/extraction/person-names';
import { phaseFromAges, readSetting } from '../../../src/core/extraction/setting';
import { context, doc } from './support';

const linked = (...lines: string[]) => readLinkedPolicies(doc(...lines).blocks, 'Online Safety Policy').items.map((i) => i.value);
const leads = (...lines: string[]) => readLeads(doc(...lines).blocks).leads.map((l) => `${l.value.role}: ${l.value.name}`);
const others = (...lines: string[]) => readLeads(doc(...lines).blocks).others.map((o) => `${o.value.name} (${o.value.roleText})`);
const guidance = (...lines: string[]) => readGuidance(doc(...lines).blocks, context().guidance).map((g) => citationLabel(g.value));

describe('linked policies named in a sentence', () => {
  it('splits "the X Policy and the Y Policy" into two policies', () => {
    expect(linked('This policy should be read alongside our Child Protection and Safeguarding Policy, the Acceptable Use Policy and the Behaviour Policy.')).toEqual([
      'Child Protection and Safeguarding Policy',
      'Acceptable Use Policy',
      'Behaviour Policy',
    ]);
  });

  it('splits "X Policy and Y Policy" and keeps a code of conduct joined by "and the"', () => {
    expect(linked('Breaches by staff may be dealt with under the Staff Code of Conduct and the Disciplinary Policy.')).toEqual(['Staff Code of Conduct', 'Disciplinary Policy']);
    expect(linked('This policy links to our Behaviour Policy, Anti-Bullying Policy and Data Protection Policy, and to national guidance.')).toEqual([
      'Behaviour Policy',
      'Anti-Bullying Policy',
      'Data Protection Policy',
    ]);
  });

  it('splits a one-paragraph list under its heading, and ignores "the implementation of this policy"', () => {
    expect(linked('# Links with other policies', 'Safeguarding and Child Protection Policy; Behaviour Policy; Staff Code of Conduct; Data Protection Policy.')).toEqual([
      'Safeguarding and Child Protection Policy',
      'Behaviour Policy',
      'Staff Code of Conduct',
      'Data Protection Policy',
    ]);
    expect(linked('# Roles', 'The headteacher is responsible for the implementation of this policy across the school and reports to governors each year.')).toEqual([]);
  });

  it('drops "each academy\'s" before a policy\'s name', () => {
    expect(linked("This policy operates in conjunction with the trust's Data Protection Policy, Staff Code of Conduct and each academy's Behaviour Policy.")).toEqual([
      'Data Protection Policy',
      'Behaviour Policy',
      'Staff Code of Conduct',
    ]);
  });
});

describe('approving body', () => {
  it('prefers an "Approved by:" line to the body inside a date label', () => {
    const h = readHeader(doc('Date approved by governors: 14th October 2024', 'Approved by: Curriculum and Standards Committee').blocks);
    expect(h.approvingBody?.value).toBe('Curriculum and Standards Committee');
    expect(h.dates.approved?.value).toBe('2024-10-14');
  });

  it('takes an explicit approval date over the date a signature was signed', () => {
    const h = readHeader(doc('Approved:\tGovernors\' Pupil Welfare Committee, 27/06/2024', 'Signed: Mrs J Holt (Chair of Governors)   Date: 01/07/2024').blocks);
    expect(h.dates.approved?.value).toBe('2024-06-27');
    expect(h.approvingBody?.value).toBe("Governors' Pupil Welfare Committee");
  });

  it('reads "Responsible committee:" as the approving body', () => {
    expect(readHeader(doc('Ratified: Autumn Term 2024', 'Responsible committee: Full Governing Body').blocks).approvingBody?.value).toBe('Full Governing Body');
  });
});

describe('named people', () => {
  it('never reads an organisation as a person', () => {
    expect(leads('Data Protection Officer\tVeritau Ltd\tdpo@veritau.example')).toEqual([]);
    expect(readName('Judicium Education Services', 0)).toBeNull();
  });

  it('reads a surname that is also a place or a month after a title, and Welsh particles', () => {
    expect(leads('Deputy DSL: Ms Laura Kent')).toEqual(['deputy_dsl: Laura Kent']);
    expect(readName('Revd Dafydd ap Rhys', 0)?.name).toBe('Dafydd ap Rhys');
  });

  it('reads a name in brackets after a role in prose', () => {
    expect(leads('Staff must report any concern to the Designated Safeguarding Lead (Mrs Ruth Adams-Kaur) or the Deputy DSL (Mr Ifan Jenkins).')).toEqual([
      'dsl: Ruth Adams-Kaur',
      'deputy_dsl: Ifan Jenkins',
    ]);
  });

  it('lets prose name a head when the only other head is a role in brackets beside another lead', () => {
    expect(leads('The Designated Safeguarding Lead is Mrs A Brown (Headteacher). The Principal is Dr Olumide Bankole-Smith.')).toEqual([
      'dsl: A Brown',
      'headteacher: A Brown',
      'headteacher: Olumide Bankole-Smith',
    ]);
  });

  it('reads a signature line whose name is on the line below', () => {
    expect(leads('Signed: ........................ Chair of Governors', 'Print name: Mr Owen Price', 'Date: ..........')).toEqual(['chair_of_governors: Owen Price']);
  });

  it('reads the authors of a version history table', () => {
    expect(others('Version\tDate\tAuthor\tChanges', '1.0\t03/09/2021\tS Patel\tNew policy', '2.0\t18/09/2023\tD Whitfield\tStandards added')).toEqual([
      'S Patel (policy author)',
      'D Whitfield (policy author)',
    ]);
  });

  it('keeps a nursery owner and a trust CEO apart from the leads', () => {
    expect(others('Owner / Registered Person: Mrs Gwen Morgan')).toEqual(['Gwen Morgan (Owner / Registered Person)']);
    expect(others('The Chief Executive Officer, Mrs Alison Fairbairn, is accountable to the Trust Board.')).toEqual(['Alison Fairbairn (Chief Executive Officer)']);
  });

  it('does not list "T Okafor" of a history table again beside the lead "Tunde Okafor"', () => {
    expect(others('Online Safety Lead: Mr Tunde Okafor', 'Version\tReviewed by', '2.0\tT Okafor')).toEqual([]);
  });
});

describe('guidance', () => {
  it('reads every year of "the Children Act 1989 and 2004"', () => {
    expect(guidance('Children Act 1989 and 2004')).toEqual(['Children Act 1989', 'Children Act 2004']);
  });

  it('finds the year after the rest of a long title, or after a dash', () => {
    expect(guidance('Sharing nudes and semi-nudes: advice for education settings working with children and young people (UKCIS, 2024)')).toEqual([
      'Sharing nudes and semi-nudes: advice for education settings 2024',
    ]);
    expect(guidance('The Prevent duty guidance for England and Wales (2023)')).toEqual(['Prevent Duty Guidance 2023']);
    expect(guidance('Education for a Connected World – 2020 edition')).toEqual(['Education for a Connected World 2020']);
  });

  it('does not take a subject in lower case for a citation, unless the document is named so', () => {
    expect(guidance('Sixth form students receive sessions on sharing nudes and semi-nudes.')).toEqual([]);
    expect(guidance('We follow the DfE filtering and monitoring standards.')).toEqual(['Filtering and Monitoring Standards for Schools and Colleges']);
  });

  it('knows the SEND Code of Practice', () => {
    expect(guidance('This policy follows the SEND Code of Practice 2015.')).toEqual(['SEND Code of Practice: 0 to 25 years 2015']);
  });
});

describe('settings and phase', () => {
  it('names the trust of a trust-wide policy, with no phase', () => {
    const r = readSetting(doc('Northern Lights Learning Trust', 'Trust Online Safety Policy', 'This policy applies to every academy in the Northern Lights Learning Trust, from nurseries to sixth forms.').blocks, 2);
    expect(r.settingName?.value).toBe('Northern Lights Learning Trust');
    expect(r.phase).toBeNull();
  });

  it('does not read "X Academy" out of "X Academy Trust"', () => {
    const r = readSetting(doc('Riverside Academy Trust', 'Safeguarding Policy').blocks, 2);
    expect(r.settingName?.value).toBe('Riverside Academy Trust');
  });

  it('reads the phase of "an 11-18 secondary academy"', () => {
    const r = readSetting(doc('Oakfield Academy', 'Online Safety Policy', 'Oakfield Academy is an 11–18 secondary academy in the north of the county.').blocks, 2);
    expect(r.phase?.value).toBe('secondary');
    expect(phaseFromAges('an all-through school for pupils aged 3-19')).toBe('all-through');
  });
});

describe('blocked services', () => {
  it('reads the services named after a colon in the same sentence', () => {
    expect(readBlockedServices(doc('The following social media sites are blocked on the school network: Snapchat, TikTok and Instagram.').blocks).map((b) => b.value)).toEqual(['Snapchat', 'TikTok', 'Instagram']);
  });
});

describe('official channels', () => {
  it('reads each channel of "a Facebook page and an Instagram account", and a handle in a list', () => {
    expect(readOfficialChannels(doc('The school has a Facebook page and an Instagram account, managed by the office.').blocks).map((c) => c.value)).toEqual(['Facebook page', 'Instagram account']);
    expect(readOfficialChannels(doc("The school's official social media channels are:", '- Facebook: https://www.facebook.com/stbedes', '- X: @StBedesJuniors').blocks).map((c) => c.value)).toEqual([
      'https://www.facebook.com/stbedes',
      '@StBedesJuniors',
    ]);
  });
});
