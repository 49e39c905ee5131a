import { describe, expect, it } from 'vitest';
import { familyDrift, resemblance, sketchDocument, templateFamilies } from '../../../src/core/compare/families';
import { doc } from './docs';

// Two templates of our own, each adapted by settings with local edits.
function modelPolicy(name: string, channel: string, extra: string[] = []): string[] {
  return [
    '# Purpose',
    `This policy explains how ${name} expects staff, volunteers and families to use social media safely and responsibly.`,
    'Social media means any website or app that lets people share content or talk to each other online.',
    '# Staff',
    'Staff are responsible for what they post on personal accounts and set their privacy settings so that personal information is not public.',
    'Staff must not send or accept friend requests from current or past pupils, and must not give pupils personal contact details.',
    '# Official channels',
    `Our official channel is ${channel}; posts are checked before they are published and comments are moderated.`,
    'Passwords for official accounts are strong, kept securely and changed when an administrator leaves.',
    '# Images',
    'Photographs of children are published only with written consent from their parents or carers.',
    ...extra,
  ];
}
function countyTemplate(name: string): string[] {
  return [
    `${name} recognises that the internet brings opportunities to communicate with families in new ways.`,
    'The principles in this document apply to every platform, including ones that appear after it was written.',
    'Any employee who is the target of abuse online should keep screenshots and report it to the head teacher.',
    'Where a criminal offence may have taken place the school will inform the police and support the member of staff.',
    'Staff members must keep their professional and personal lives separate when they use networking sites.',
    'The governing body will review this document every three years or sooner if the law changes.',
  ];
}

const members = [
  { id: 'a', name: 'Ashby Infant School', document: doc(...modelPolicy('Ashby Infant School', 'the school website')) },
  { id: 'b', name: 'Barrow Pre-school', document: doc(...modelPolicy('Barrow Pre-school', 'a private parents’ Facebook group', ['Children never use social media at the pre-school; tablets are used offline with an adult.'])) },
  { id: 'c', name: 'Calder Junior School', document: doc(...modelPolicy('Calder Junior School', 'the school website and Instagram')) },
  { id: 'd', name: 'Dunmere Primary School', document: doc(...countyTemplate('Dunmere Primary School')) },
  { id: 'e', name: 'Elmstead Primary School', document: doc(...countyTemplate('Elmstead Primary School')) },
  { id: 'f', name: 'Fenwick Academy', document: doc('Fenwick Academy keeps this page short.', 'Ask the office about anything not covered here, including trips, uniform and lunches.', 'Our own rules for clubs are on the noticeboard by the hall, beside the lost property box.', 'Mobile phones are handed in at the office at the start of the day.') },
];

describe('templateFamilies', () => {
  it('groups policies by the template they derive from', () => {
    const r = templateFamilies(members, { minShingles: 5 });
    expect(r.families.map((f) => f.members.map((m) => m.id).sort())).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(r.unique).toEqual(['f']);
    const model = r.families[0]!;
    expect(model.members[0]!.id).toBe(model.representativeId);
    expect(model.members[0]!.resemblance).toBe(1);
  });

  it('measures resemblance as shared wording: identical documents 1, unrelated 0', () => {
    const a = sketchDocument(members[0]!.document);
    expect(resemblance(a, a)).toEqual({ jaccard: 1, containment: 1 });
    expect(resemblance(a, sketchDocument(members[3]!.document)).containment).toBe(0);
  });
});

describe('familyDrift', () => {
  it('finds the common text and each member’s local edits', () => {
    const family = members.slice(0, 3);
    const drift = familyDrift(family, 'a');
    const common = drift.common.blocks.map((b) => b.text);
    expect(common).toContain('Passwords for official accounts are strong, kept securely and changed when an administrator leaves.');
    // Where every member says something of its own, the common text keeps what they share.
    expect(common.find((t) => t.startsWith('This policy explains'))).toBe('This policy explains how … expects staff, volunteers and families to use social media safely and responsibly.');
    const barrow = drift.members.find((m) => m.id === 'b')!;
    const added = barrow.differences.flatMap((r) => (r.words ?? []).filter((w) => w.kind === 'added').map((w) => w.text.trim()));
    expect(added).toContain('Barrow Pre-school');
    expect(added.join(' ')).toContain('a private parents’ Facebook group');
    expect(barrow.differences.some((r) => r.status === 'only_b' && r.b!.text.startsWith('Children never use social media'))).toBe(true);
    // Text every member shares is no difference.
    expect(barrow.differences.some((r) => (r.a ?? r.b)!.text.startsWith('Passwords for official accounts'))).toBe(false);
    const ashby = drift.members.find((m) => m.id === 'a')!;
    expect(ashby.differences.flatMap((r) => (r.words ?? []).filter((w) => w.kind === 'removed'))).toEqual([]);
  });
});
