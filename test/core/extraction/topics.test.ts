import { describe, expect, it } from 'vitest';
import type { TopicFramework } from '../../../src/core/config';
import { spanText } from '../../../src/core/document';
import { expandAlternatives } from '../../../src/core/extraction/topic-phrases';
import { findTopics, stem } from '../../../src/core/extraction/topics';
import { context, doc } from './support';

const framework = () => context().frameworks.find((f) => f.policyType === 'social_media')!;
const strengths = (...lines: string[]) => Object.fromEntries(findTopics(doc(...lines).blocks, framework()).map((t) => [t.topicId, t.strength]));

describe('topics covered, with their passages', () => {
  it('stems plurals and endings the same way for text and phrases', () => {
    expect(stem('breaches')).toBe(stem('breach'));
    expect(stem('reported')).toBe(stem('report'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('filtering')).toBe(stem('filter'));
  });

  it('finds a topic from one clear phrase and shows the sentence', () => {
    const d = doc('Staff will not accept friend requests from pupils. They may use their own phones at break.');
    const t = findTopics(d.blocks, framework()).find((x) => x.topicId === 'staff_contact_with_pupils')!;
    expect(t.strength).toBe('covered');
    expect(spanText(d, t.passages[0]!)).toBe('Staff will not accept friend requests from pupils.');
  });

  it('needs a clear phrase, or weak signals in three places, for a topic to be covered', () => {
    expect(strengths('The confidentiality of pupils matters to us.').data_protection).toBe('partly');
    expect(strengths('The confidentiality of pupils matters to us.', 'Confidential records are locked away.').data_protection).toBe('partly');
    expect(strengths('The confidentiality of pupils matters to us.', 'Confidential records are locked away.', 'Staff keep what they learn confidential.').data_protection).toBe('covered');
    expect(strengths('The confidentiality of pupils matters to us.', 'Personal data is kept under the data protection rules.').data_protection).toBe('covered');
  });

  it('does not take a heading on policy monitoring for filtering and monitoring', () => {
    expect(strengths('# Monitoring arrangements', 'The DSL keeps a log of incidents and the governors see it, monitoring this policy each term.').monitoring_and_filtering).toBe('partly');
    expect(strengths('# Filtering and monitoring', 'The school checks its systems each term.').monitoring_and_filtering).toBe('covered');
  });

  it('counts a heading that names the topic', () => {
    expect(strengths('# Cyberbullying', 'We deal with it under our anti-bullying procedures.').cyberbullying).toBe('covered');
  });

  it('reads "Act 2018" style citations as the legal framework', () => {
    expect(strengths('This policy has due regard to the Data Protection Act 2018.').legal_framework).toBe('covered');
    expect(strengths('Staff act with care at all times.').legal_framework).toBeUndefined();
  });

  it('does not count a topic from a list of linked policies', () => {
    const d = doc('This policy links with:', '- Mobile and smart technology policy', '- Anti-bullying policy');
    expect(Object.keys(Object.fromEntries(findTopics(d.blocks, framework(), new Set(['b2', 'b3'])).map((t) => [t.topicId, 1])))).not.toContain('personal_devices');
  });

  it('leaves out topics the text does not touch', () => {
    const s = strengths('Pupils should not access social networking sites at school.', 'Parents are asked not to post images of other children.');
    expect(s.blocked_sites).toBeUndefined();
    expect(s.illegal_content_and_police).toBeUndefined();
    expect(s.passwords_and_account_security).toBeUndefined();
    expect(s.parent_conduct).toBe('covered');
    expect(s.pupil_use_and_age_limits).toBe('covered');
  });

  it('uses the phrases of the framework it is given, with prefix and number wildcards', () => {
    const custom: TopicFramework = {
      policyType: 'social_media',
      topics: [{ id: 'moderation', label: 'Moderation', description: '', phrases: ['moderat*'], requiredForPhases: [] }, { id: 'years', label: 'Years', description: '', phrases: ['year #'], requiredForPhases: [] }],
    };
    const found = findTopics(doc('Comments are moderated by the office.', 'Pupils in Year 6 use tablets.').blocks, custom);
    expect(found.map((t) => [t.topicId, t.strength])).toEqual([
      ['moderation', 'covered'],
      ['years', 'covered'],
    ]);
  });

  it('finds every phrase of the shipped framework in a sentence that uses it', () => {
    for (const topic of framework().topics) {
      for (const phrase of topic.phrases) {
        // Every way of writing it, sampled when there are many: alternatives, prefixes, numbers and gaps filled in.
        const all = expandAlternatives(phrase.replace(/^~/, ''));
        const step = Math.max(1, Math.floor(all.length / 12));
        for (let i = 0; i < all.length; i += step) {
          const words = all[i]!.replace(/\*/g, 'ion').replace(/#/g, '2018').replace(/ \.\. /g, ' ');
          const found = findTopics(doc(`Staff note that ${words} matters here.`).blocks, framework()).map((t) => t.topicId);
          expect(found, `${topic.id}: "${phrase}" as "${words}"`).toContain(topic.id);
        }
      }
    }
  });
});

describe('extractTopics', () => {
  it('gives the same topics as the full extraction', async () => {
    const { extractPolicy, extractTopics } = await import('../../../src/core/extraction/extract');
    const d = doc('Online Safety Policy', 'This policy links with:', '- Mobile phones policy', 'Staff must not accept friend requests from pupils.', 'The school uses a web filter and monitors devices.', 'This policy will be reviewed annually.');
    expect(extractTopics(d, context())).toEqual(extractPolicy(d, context()).topics);
    expect(extractTopics(d, context()).map((t) => t.topicId)).not.toContain('personal_devices');
  });
});
