// Topic detection on wording the seeds do not use: for each topic of the default framework, sentences in the
// many ways English settings write it (nursery to secondary, special schools), and near misses that use a
// topic's words in passing (a linked-policy list, a post title, an Act's name, a heading with no body)
// and must not count as covered. Written from DOMAIN.md's definitions, not from any real policy.
import { describe, expect, it } from 'vitest';
import { findTopics } from '../../../src/core/extraction/topics';
import { context, doc } from './support';

const framework = () => context().frameworks.find((f) => f.policyType === 'social_media')!;
const strength = (topic: string, ...lines: string[]) => findTopics(doc(...lines).blocks, framework()).find((t) => t.topicId === topic)?.strength;

/** Each sentence alone must make the topic covered. */
const COVERED: Record<string, string[]> = {
  scope_definition: [
    'This policy applies to all staff, volunteers, governors and students on placement.',
    'It sets out what we expect of staff, parents and visitors when they use technology.',
    'Social media includes, but is not limited to, Facebook, Instagram, TikTok and WhatsApp.',
    'The policy covers the use of social networking sites such as YouTube and X.',
    'This guidance is for all members of the school community, both on and off site.',
  ],
  staff_personal_use: [
    'Staff must not use personal social media during working hours.',
    'Employees should set their personal profiles to private and check their privacy settings regularly.',
    'What staff do in their own time online must not bring the school into disrepute.',
    'Staff should not post comments about the nursery on their personal accounts.',
    'Colleagues are reminded that their online conduct outside work reflects on the academy.',
  ],
  staff_contact_with_pupils: [
    'Staff must not accept pupils as friends on any social networking site.',
    'There must be no communication with students via personal accounts.',
    'Adults in school will not follow former pupils under 18 on social media.',
    'Staff must not add learners, or ex-pupils, as friends or followers.',
    'No member of staff should give their personal contact details to pupils.',
  ],
  staff_contact_with_parents: [
    'Staff should not accept friend requests from parents and carers.',
    'Practitioners must not be friends with families of children at the nursery on social media.',
    'Where a member of staff has a pre-existing friendship with a parent, they must tell the manager.',
    'Staff must not communicate with pupils or their parents through private messaging apps.',
  ],
  official_accounts: [
    "The school's Facebook page is run by the office and the headteacher approves all posts.",
    'Official school accounts are managed by the computing lead.',
    'Follow us on X for news of trips and events.',
    'Only the business manager may post on behalf of the school.',
    'Comments on our pages are moderated daily.',
  ],
  images_and_consent: [
    'Photographs of children are only published with parental consent.',
    'Parents complete a media consent form when their child joins the setting.',
    'Images of pupils will not be labelled with their names.',
    'Staff must not film children on their own devices.',
  ],
  pupil_use_and_age_limits: [
    'Most social media services have a minimum age of 13.',
    'Children under 13 should not have accounts on these sites.',
    'Pupils use the internet only under adult supervision.',
    'Children do not have unsupervised access to tablets.',
    "Pupils' use of social media in school is not permitted.",
  ],
  parent_conduct: [
    'We ask parents not to post photographs of other children taken at school events.',
    'Parents and carers should not share images of other pupils online.',
    'Parents are asked to raise any concerns directly with the school rather than posting on social media.',
    'Negative comments about staff posted by parents will be taken seriously.',
  ],
  cyberbullying: [
    'Online bullying will be dealt with under our anti-bullying procedures.',
    'Bullying by text message or on social media is taken as seriously as any other bullying.',
    'Harassment of staff online will not be tolerated.',
    'Pupils who send hurtful messages will be supported to understand the harm they cause.',
  ],
  monitoring_and_filtering: [
    'The school uses a web filter on all devices.',
    "Staff and pupils' internet use is monitored by the IT provider.",
    'The trust monitors activity on its network and email system.',
    'Nursery tablets have parental controls and the broadband is filtered.',
  ],
  training_and_induction: [
    'All staff receive online safety training at induction.',
    'Pupils are taught how to stay safe online through the computing curriculum.',
    'We teach children the SMART rules.',
    'Parents are invited to online safety awareness sessions each year.',
    'Staff complete refresher training every year.',
  ],
  reporting_and_breaches: [
    'Staff must report any concern about a child to the DSL without delay.',
    'Breaches of this policy may lead to disciplinary action.',
    'Concerns are recorded on CPOMS.',
    'Any misuse will be dealt with under the staff code of conduct and may result in sanctions.',
  ],
  legal_framework: [
    'This policy has due regard to the Data Protection Act 2018 and the Equality Act 2010.',
    'Relevant legislation includes the Malicious Communications Act 1988.',
  ],
  review_cycle: [
    'This policy will be reviewed every two years by the governing body.',
    'The policy is reviewed annually, or sooner if guidance changes.',
    'Review frequency: annually.',
    'Review cycle: every three years.',
  ],
  roles_and_responsibilities: [
    'The headteacher is responsible for making sure staff follow this policy.',
    'The Designated Safeguarding Lead takes lead responsibility for online safety.',
    'The online safety lead will keep a log of incidents.',
    'Key people: the DSL, the deputy DSL and the nominated governor.',
  ],
  data_protection: [
    'Personal data is processed in line with UK GDPR.',
    'Staff must not share personal data about pupils on social media.',
    'Records are stored securely and kept for the retention period.',
    'Data protection law applies to everything we post.',
  ],
  passwords_and_account_security: [
    'Users must not share their passwords.',
    'Staff must lock their screens when they leave a device unattended.',
    'Accounts are protected by multi-factor authentication.',
    'Always log out of shared computers.',
  ],
  personal_devices: [
    'Staff keep their mobile phones in lockers during the session.',
    'Smart watches must not be used to take photographs.',
    'Pupils hand in their phones at the start of the day.',
    'Personal devices may not connect to the school network.',
  ],
  illegal_content_and_police: [
    'Indecent images of children will be reported to the police.',
    'If illegal content is found, the device will be isolated and the police contacted.',
    'Posting such material may be a criminal offence.',
  ],
  blocked_sites: [
    'Social networking sites are blocked on the school network.',
    'Access to TikTok is blocked for pupils.',
    'The filter blocks access to gaming and gambling websites.',
  ],
};

describe('topics in many wordings', () => {
  for (const [topic, sentences] of Object.entries(COVERED)) {
    it(`finds ${topic}`, () => {
      for (const s of sentences) expect(strength(topic, s), s).toBe('covered');
    });
  }
});

describe('words of a topic used in passing are not coverage', () => {
  it('does not take a linked policy, a post or an Act for data protection', () => {
    expect(strength('data_protection', 'This policy should be read with our Data Protection Policy and Behaviour Policy.')).not.toBe('covered');
    expect(strength('data_protection', 'Our Data Protection Officer is provided by the local authority.')).not.toBe('covered');
    expect(strength('data_protection', 'This policy takes account of KCSIE 2024 and the Data Protection Act 2018.')).not.toBe('covered');
    expect(strength('personal_devices', 'This policy links with the Mobile Phone and Camera Policy.')).not.toBe('covered');
    expect(strength('reporting_and_breaches', 'Read it with the Whistleblowing Policy and the Staff Code of Conduct.')).not.toBe('covered');
  });

  it('reads a legislation section as the legal framework, not as the topics its titles name', () => {
    const lines = ['# Legislation and guidance', '- Keeping Children Safe in Education 2024', '- UK GDPR', '- Data Protection Act 2018', '- Sharing nudes and semi-nudes (UKCIS, 2024)'];
    expect(strength('legal_framework', ...lines)).toBe('covered');
    expect(strength('data_protection', ...lines)).not.toBe('covered');
    expect(strength('illegal_content_and_police', ...lines)).not.toBe('covered');
  });

  it('does not take a list of policies after a lead-in for the topics they name', () => {
    const lines = ['Breaches are dealt with in line with our policies and procedures. These include:', '- Behaviour', '- Mobile and Smart Technology', '- Cyberbullying', 'Staff will be told the outcome.'];
    expect(strength('personal_devices', ...lines)).not.toBe('covered');
    expect(strength('cyberbullying', ...lines)).not.toBe('covered');
  });

  it('does not take teacher training or a trainee for staff training on the subject', () => {
    expect(strength('training_and_induction', 'The policy applies to staff, including those on initial teacher training placements.')).not.toBe('covered');
    expect(strength('training_and_induction', 'Teacher trainees follow the same code.')).not.toBe('covered');
    expect(strength('training_and_induction', 'Admin staff will be trained to use the website.')).not.toBe('covered');
  });

  it('needs more than a stated date for the review cycle', () => {
    expect(strength('review_cycle', 'Last reviewed: March 2024', 'Next review: March 2025')).toBe('partly');
    expect(strength('review_cycle', 'Next review: March 2025', 'Review frequency: annually')).toBe('covered');
  });

  it('takes no topic from a bulletin, a following or a heading with no body', () => {
    expect(strength('cyberbullying', 'Social media includes blogs, forums and bulletin boards.')).toBeUndefined();
    expect(strength('staff_contact_with_pupils', 'The following pupils are eligible for free school meals.')).toBeUndefined();
    expect(strength('passwords_and_account_security', '# Passwords')).not.toBe('covered');
  });

  it('does not take parents asked about phones, or pupils taught to report, as parent conduct or reporting', () => {
    expect(strength('parent_conduct', 'Parents are asked not to use their mobile phones in the nursery.')).not.toBe('covered');
    expect(strength('reporting_and_breaches', 'In Key Stage 4 students are taught how to report a range of problems they meet online.')).not.toBe('covered');
  });

  it('does not take photographing pupils on a phone for contact with pupils', () => {
    expect(strength('staff_contact_with_pupils', 'Staff must not use personal phones to photograph pupils.')).toBeUndefined();
  });
});
