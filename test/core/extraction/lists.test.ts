import { describe, expect, it } from 'vitest';
import { readBlockedServices, readOfficialChannels, readTemplateSource } from '../../../src/core/extraction/channels';
import { readLinkedPolicies } from '../../../src/core/extraction/linked-policies';
import { doc } from './support';

const linked = (ownTitle: string | null, ...lines: string[]) => readLinkedPolicies(doc(...lines).blocks, ownTitle).items.map((i) => i.value);

describe('linked policies', () => {
  it('reads the list under "Links with other policies", cutting examples off an item', () => {
    expect(
      linked(
        'Online Safety Policy',
        '# Links with other policies',
        '- This policy links with several other policies, including but not limited to:',
        '  - Anti-bullying policy',
        '  - Acceptable Use Policies (AUP)',
        '  - Curriculum policies, such as: Computing, PSHE and RSE',
        '  - Data security and GDPR',
        '# Expectations',
        '- All members of the community are expected to behave responsibly online.',
      ),
    ).toEqual(['Anti-bullying policy', 'Acceptable Use Policies (AUP)', 'Curriculum policies', 'Data security and GDPR']);
  });

  it.each([
    'This policy operates in conjunction with the following school policies and documents:',
    'This policy should be read in conjunction with:',
    'To identify responsibilities of the school and staff in line with the following policies:',
    'Other relevant policies include:',
  ])('reads a list after "%s"', (lead) => {
    expect(linked(null, lead, '· Behaviour Policy', '· Complaints Policy', '· Whistleblowing Procedure', 'Roles and responsibilities')).toEqual(['Behaviour Policy', 'Complaints Policy', 'Whistleblowing Procedure']);
  });

  it('adds policies the text names, once, and never the policy itself', () => {
    expect(
      linked(
        'Social Media Policy',
        'Social Media Policy',
        'This policy operates in conjunction with the following policies:',
        '- Allegations of Abuse Against Staff Policy',
        '- Child Protection & Safeguarding Policy',
        'Concerns will be handled under the Allegations of Abuse Policy or the Child Protection and Safeguarding Policy, and the Social Media Policy applies throughout. ICT may be monitored in accordance with the Acceptable Use Policy.',
      ),
    ).toEqual(['Allegations of Abuse Against Staff Policy', 'Child Protection & Safeguarding Policy', 'Acceptable Use Policy']);
  });

  it('reads a list of policies within a sentence about this policy', () => {
    expect(linked('Online Safety Policy', 'Title', 'This policy should be read alongside our child protection policy, behaviour policy and anti-bullying policy.')).toEqual(['Child protection policy', 'Behaviour policy', 'Anti-bullying policy']);
    expect(linked('Online Safety Policy', 'Title', 'It links with the Child Protection Policy, the Staff Code of Conduct and the Acceptable Use Agreement.')).toEqual(['Child Protection Policy', 'Staff Code of Conduct', 'Acceptable Use Agreement']);
    expect(linked(null, 'Title', 'In conjunction with the Board of Trustees, handling complaints regarding this policy in line with procedures.')).toEqual([]);
  });

  it('reads policies named in lower case when the policy gives no list', () => {
    expect(linked('Social Media Policy', 'All cases of online bullying will be dealt with in accordance with the school’s anti-bullying policy.', 'Breaches of this policy are taken seriously.')).toEqual(['Anti-bullying policy']);
  });

  it('does not take a list of laws or duties for linked policies', () => {
    expect(linked(null, 'Liability can arise under the laws of:', '- Defamation', '- Copyright', 'The headteacher is responsible for:', '- Reviewing this policy', '- Training staff')).toEqual([]);
  });
});

describe('official channels, blocked services and template', () => {
  it('reads official channels: addresses, platforms in a list, and "the school has a ... channel"', () => {
    const channels = (...lines: string[]) => readOfficialChannels(doc(...lines).blocks).map((c) => c.value);
    expect(channels('Hillcrest Primary School official social media channels are: <https://www.facebook.com/hillcrestprimary> and https://x.com/HillcrestPS')).toEqual([
      'https://www.facebook.com/hillcrestprimary',
      'https://x.com/HillcrestPS',
    ]);
    expect(channels('Our official social media channels are:', '- Facebook', '- Instagram', 'Staff must not post on them from personal devices.')).toEqual(['Facebook', 'Instagram']);
    expect(channels('The school also has a private YouTube channel to share videos of performances.')).toEqual(['private YouTube channel']);
    expect(channels('Staff use setting email addresses to register official social media channels.', 'Pupils may not use Facebook in school.')).toEqual([]);
    expect(channels('Follow us on Twitter @AshgrovePS for news of school events.')).toEqual(['@AshgrovePS']);
    expect(channels('News is shared on www.instagram.com/ashgrove_primary and in the newsletter.', 'Advice for parents: https://www.facebook.com/help/parents.')).toEqual(['www.instagram.com/ashgrove_primary']);
  });

  it('reads blocked services, inline or listed, and not "is not a blocked site"', () => {
    const blocked = (...lines: string[]) => readBlockedServices(doc(...lines).blocks).map((c) => c.value);
    expect(blocked('The following social media websites are not accessible on the School’s network:', '· X (formerly known as Twitter).', '· Instagram', 'Facebook is not a blocked site as the School requires access to it.')).toEqual(['X (formerly Twitter)', 'Instagram']);
    expect(blocked('Access to TikTok, Snapchat and WhatsApp is blocked on the pupil network.')).toEqual(['TikTok', 'Snapchat', 'WhatsApp']);
    expect(blocked('YouTube is blocked for pupils but available to staff.')).toEqual(['YouTube']);
    expect(blocked('Facebook is not a blocked site as the School requires access to it for its own use.')).toEqual([]);
  });

  it('reads the template a policy builds on', () => {
    const template = (line: string) => readTemplateSource(doc(line).blocks)?.value ?? null;
    expect(template("This policy has been written by the school, building on The Education People's social media policy template with specialist advice.")).toBe("The Education People's social media policy template");
    expect(template('This policy is based on the Hartshire County Council model policy for schools.')).toBe('Hartshire County Council model policy');
    expect(template('This policy is adapted from the Oak Learning Trust template.')).toBe('Oak Learning Trust template');
    expect(template('Staff act as role models for pupils online.')).toBeNull();
  });
});
