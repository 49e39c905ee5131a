// The sample policies' wording: written for this project, in two template families (the trust's model
// policy and a county council template) plus a short stand-alone text. Settings that share a family
// share most sentences and differ in their local edits, as real policies do.
import type { Clause, Section } from '../../core/outline';

export type StaffBreakRule = 'breaks_only' | 'not_permitted';
export type ParentFriendRule = 'never' | 'head_approval';

export interface PolicyVoice {
  settingName: string;
  /** 'school', 'pre-school', 'academy' */
  settingWord: string;
  /** 'pupils', 'children', 'learners' */
  childrenWord: string;
  headTitle: string;
  dslName: string | null;
  deputyNames: string[];
  governorName: string | null;
  officialChannels: string[];
  blockedServices: string[];
  guidance: string[];
  cadenceSentence: string | null;
  staffBreaks: StaffBreakRule;
  parentFriends: ParentFriendRule;
  minimumAge: number;
  accountsRunBy: string;
  linkedPolicies: string[];
  /** Early years settings talk about the EYFS and key persons, and (in this sample) say nothing on phones. */
  earlyYears: boolean;
  /** A local paragraph only this setting has. */
  localNote?: string;
}

const c = (text: string, bullets?: string[]): Clause => (bullets ? { text, bullets } : { text });

function guidanceSentence(v: PolicyVoice): string {
  if (v.guidance.length === 0) return '';
  return ` It takes account of ${v.guidance.join(', ')}.`;
}

/** The trust's model social media policy, as a setting adapts it. */
export function trustModelSections(v: PolicyVoice): Section[] {
  const s = v.settingWord;
  const kids = v.childrenWord;
  const sections: Section[] = [
    {
      heading: 'Purpose and scope',
      clauses: [
        c(
          `This policy sets out how ${v.settingName} expects staff, volunteers, governors, parents and carers to use social media safely and responsibly. It is based on the Kestrel Vale Learning Trust model social media policy and has been adapted for our ${s}.${guidanceSentence(v)}`,
        ),
        c(
          `In this policy, social media means any website or app that lets people share content or talk to each other online, including social networks, messaging apps, video and photo sharing services, forums, blogs and online games with chat.`,
        ),
        c(`This policy applies to all staff, including supply staff, volunteers, students on placement, governors and contractors, whenever their use of social media could affect the ${s}, its ${kids} or its reputation.`),
      ],
    },
    {
      heading: 'Roles and responsibilities',
      clauses: [
        c(
          v.dslName
            ? `The Designated Safeguarding Lead (DSL), ${v.dslName}, has overall responsibility for online safety, including the safe use of social media.${v.deputyNames.length > 0 ? ` The deputy designated safeguarding leads are ${v.deputyNames.join(' and ')}.` : ''}`
            : `The Designated Safeguarding Lead (DSL) has overall responsibility for online safety, including the safe use of social media.`,
        ),
        c(`The ${v.headTitle} makes sure that staff understand this policy and that it is followed.`),
        c(v.governorName ? `${v.governorName} is the governor responsible for safeguarding and reports to the governing body on how this policy works in practice.` : `The governing body monitors how this policy works in practice.`),
      ],
    },
    {
      heading: 'Staff personal use of social media',
      clauses: [
        c(
          v.staffBreaks === 'breaks_only'
            ? `Staff may use personal social media during their breaks, away from ${kids} and out of their sight. Personal use during working time is not permitted.`
            : `Staff must not use personal social media at any time during the working day, including breaks, while they are on the ${s} site.`,
        ),
        c(`Staff are responsible for what they post on their personal accounts and should remember that their online conduct can affect their professional reputation and that of the ${s}. They should set privacy settings so that their personal information is not public.`),
        c(`Staff must not post anything that could identify ${kids}, criticise colleagues or bring the ${s} into disrepute.`),
      ],
    },
    {
      heading: 'Contact with children and families',
      clauses: [
        c(`Staff must not send or accept friend or follow requests from current or past ${kids} under the age of 18, and must not give ${kids} their personal contact details. Any attempt by a child to make contact online is reported to the DSL.`),
        c(
          v.parentFriends === 'never'
            ? `Staff must not accept friend requests from parents or carers on personal accounts. Where a member of staff already knows a family outside the ${s}, they tell the ${v.headTitle}, who will agree how contact is managed.`
            : `Staff should not accept friend requests from parents or carers on personal accounts unless the ${v.headTitle} has agreed it in advance, for example where they are already friends or relatives.`,
        ),
        c(`Communication with parents and carers about the ${s} takes place through official channels only, never through personal accounts or messaging apps.`),
      ],
    },
    {
      heading: 'Official social media',
      clauses: [
        c(
          `The ${s}'s official social media ${v.officialChannels.length === 1 ? 'channel is' : 'channels are'} ${v.officialChannels.join(' and ')}. Accounts are created and run only by ${v.accountsRunBy}, using ${s} email addresses, with at least two administrators.`,
        ),
        c(`Posts are checked before they are published, and comments are moderated. Inappropriate comments are removed and, where necessary, reported.`),
        c(`Passwords for official accounts are strong, kept securely, changed when an administrator leaves and never shared by email. Staff always log out of official accounts on shared devices.`),
      ],
    },
    {
      heading: 'Photographs and videos',
      clauses: [
        c(`Photographs or videos of ${kids} are only published with written consent from their parents or carers, which is checked before every post. Full names are never published alongside images.`),
        c(
          v.earlyYears
            ? `Only the ${s}'s own tablet is used to take images of ${kids}, and images are kept on the ${s}'s secure system and deleted when no longer needed.`
            : `Staff use ${s} devices, never personal cameras, to take images of ${kids}, and images are stored on the ${s} network, not on personal devices or personal cloud storage.`,
        ),
      ],
    },
    {
      heading: `${capitalise(kids)}'s use of social media`,
      clauses: [
        c(`Many social media services have a minimum age of ${v.minimumAge}. We do not use services with ${kids} that they are too young to join, and we talk to parents and carers about age limits.`),
        c(`Any use of social media with ${kids} for learning is supervised by staff and risk assessed by the DSL beforehand.`),
        c(`${capitalise(kids)} are taught in an age-appropriate way how to stay safe online, including what to do if something worries them.`),
      ],
    },
    {
      heading: 'Filtering, monitoring and data protection',
      clauses: [
        c(`Access to social media on ${s} devices and the ${s} network is managed through our filtering and monitoring systems, which are checked each term.${v.blockedServices.length > 0 ? ` ${v.blockedServices.join(' and ')} are blocked on the ${s} network.` : ''}`),
        c(`Personal information about ${kids}, families and staff is handled in line with data protection law (UK GDPR and the Data Protection Act 2018) and is never shared on social media.`),
      ],
    },
    {
      heading: 'Training',
      clauses: [c(`The safe use of social media is covered with all staff at induction and in the annual safeguarding update. Parents and carers are given guidance on safe use through the newsletter.`)],
    },
    {
      heading: 'Concerns and breaches',
      clauses: [
        c(`Concerns about anyone's use of social media are reported to the DSL. Any concern that a child may be at risk is dealt with under our child protection policy.`),
        c(`A breach of this policy by a member of staff may lead to disciplinary action. Concerns about a member of staff are managed under the allegations procedure.`),
      ],
    },
    {
      heading: 'Links with other policies',
      clauses: [c('This policy should be read alongside:', v.linkedPolicies)],
    },
  ];
  if (v.earlyYears) {
    sections.splice(6, 1, {
      heading: "Children's use of technology",
      clauses: [
        c(`Children in our ${s} do not use social media. Any technology used with children is chosen by their key person, supervised at all times and suitable for their age.`),
        c(`We share advice with parents and carers on keeping young children safe online, including the minimum age of ${v.minimumAge} that most social media services set.`),
      ],
    });
  }
  if (v.localNote) sections.splice(5, 0, { heading: 'Local arrangements', clauses: [c(v.localNote)] });
  if (v.cadenceSentence) sections.push({ heading: 'Review', clauses: [c(v.cadenceSentence)] });
  return sections;
}

/** The county council's template: running paragraph numbers, a legal section, a longer staff code. */
export function countyTemplateSections(v: PolicyVoice): Section[] {
  const s = v.settingWord;
  const kids = v.childrenWord;
  return [
    {
      heading: 'Introduction',
      clauses: [
        c(`Social media offers ${v.settingName} new ways to communicate with families and the wider community. This policy sets out the standards expected of everyone who works for the ${s} so that ${kids}, staff and the ${s}'s reputation are protected.${guidanceSentence(v)}`),
        c(`This policy covers personal and professional use of social networking sites, blogs, video and photo sharing sites, messaging services, forums and comment sections, whatever the device. New services not listed here are covered automatically.`),
      ],
    },
    {
      heading: 'Legal framework',
      clauses: [
        c(`Inappropriate use of social media can break the law. Staff should be aware of the following in particular:`, [
          'Data Protection Act 2018 and UK GDPR',
          'Equality Act 2010',
          'Computer Misuse Act 1990',
          'Protection from Harassment Act 1997',
          'the law of defamation and copyright',
        ]),
      ],
    },
    {
      heading: 'Responsibilities',
      clauses: [
        c(`The ${v.headTitle} is responsible for making sure this policy is followed and for approving the ${s}'s official accounts.${v.dslName ? ` The Designated Safeguarding Lead, ${v.dslName}, leads on online safety.` : ''}`),
        c(`All staff are responsible for their own use of social media and for reporting any concern about others' use.`),
      ],
    },
    {
      heading: 'Personal use by staff',
      clauses: [
        c(
          v.staffBreaks === 'breaks_only'
            ? `Personal use of social media is permitted only during breaks and lunchtimes, in staff areas away from ${kids}.`
            : `Personal use of social media is not permitted during the working day.`,
        ),
        c(`Staff must keep their personal and professional lives separate, must not identify themselves as employees of the ${s} in a way that could bring it into disrepute, and should review their privacy settings regularly.`),
        c(`Staff must not accept current or former ${kids} as friends or followers, and must not accept friend requests from parents or carers on personal accounts.`),
        c(`Staff must not use personal mobile phones or other personal devices to photograph or film ${kids}.`),
        c(`Staff who are the target of online abuse or cyberbullying should keep a record and report it to the ${v.headTitle}, who will support them and take it up with the platform or, where a crime may have been committed, the police.`),
      ],
    },
    {
      heading: 'Official use',
      clauses: [
        c(`Official ${s} accounts (${v.officialChannels.join(', ')}) may only be set up with the ${v.headTitle}'s written approval and are managed by ${v.accountsRunBy}.`),
        c(`Images of ${kids} are only posted where parents have given consent, and never with names attached. Account passwords are kept secure and changed at least termly.`),
      ],
    },
    {
      heading: 'Security and monitoring',
      clauses: [
        c(`The ${s}'s internet connection is filtered and monitored. ${v.blockedServices.length > 0 ? `Access to ${v.blockedServices.join(', ')} is blocked on ${s} devices.` : ''}`.trim()),
        c(`Illegal content, including indecent images of children, must never be opened or forwarded; it is reported immediately to the DSL, who will involve the police.`),
      ],
    },
    {
      heading: 'Breaches of this policy',
      clauses: [c(`Any breach of this policy may result in disciplinary action. Serious breaches may be referred to the police or the Local Authority Designated Officer.`)],
    },
    {
      heading: 'Related policies',
      clauses: [c('This policy should be read with:', v.linkedPolicies)],
    },
    ...(v.cadenceSentence ? [{ heading: 'Monitoring and review', clauses: [c(v.cadenceSentence)] }] : []),
  ];
}

/** A short stand-alone policy: no dates, no names, many topics left out. */
export function shortPolicySections(v: PolicyVoice): Section[] {
  const s = v.settingWord;
  const kids = v.childrenWord;
  return [
    {
      heading: 'Aims',
      clauses: [c(`This policy applies to all staff, volunteers and parents at ${v.settingName}. Social media includes any website or app used to share content or communicate.`)],
    },
    {
      heading: 'Staff',
      clauses: [
        c(`Staff must not use social media in front of ${kids} and should keep their accounts private.`),
        c(`Staff must not be friends with ${kids} online, and should not accept friend requests from parents.`),
        c(`Photographs of ${kids} must not be posted on personal accounts.`),
      ],
    },
    {
      heading: 'Parents',
      clauses: [
        c(`We ask parents and carers not to post photographs of other people's children, and to raise any concern with the ${s} directly rather than on social media.`),
        c(`${capitalise(kids)} under 13 should not have social media accounts, and parents are asked to supervise their children's use.`),
        c(`Cyberbullying of any member of the ${s} community will be dealt with under our anti-bullying policy. Please report any concern to the ${v.headTitle}.`),
      ],
    },
  ];
}

/** A short online safety policy in the trust's house style. */
export function onlineSafetySections(v: PolicyVoice): Section[] {
  const s = v.settingWord;
  const kids = v.childrenWord;
  return [
    {
      heading: 'Aims',
      clauses: [c(`This policy explains how ${v.settingName} keeps ${kids} and staff safe online, on ${s} devices and at home.${guidanceSentence(v)}`)],
    },
    {
      heading: 'Roles and responsibilities',
      clauses: [c(v.dslName ? `The DSL, ${v.dslName}, leads on online safety and keeps a log of online safety incidents.` : 'The DSL leads on online safety and keeps a log of online safety incidents.')],
    },
    {
      heading: 'Filtering and monitoring',
      clauses: [c(`Our filtering and monitoring systems are reviewed each year against the DfE filtering and monitoring standards, and checks are logged termly.`)],
    },
    {
      heading: 'Teaching online safety',
      clauses: [c(`${capitalise(kids)} are taught about staying safe online through the computing and RSHE curriculum, including passwords, sharing images and reporting concerns.`)],
    },
    {
      heading: 'Mobile phones and devices',
      clauses: [c(`Staff keep personal mobile phones in lockers during sessions. ${capitalise(kids)}'s phones are handed in at the start of the day.`)],
    },
    ...(v.cadenceSentence ? [{ heading: 'Review', clauses: [c(v.cadenceSentence)] }] : []),
  ];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
