import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { headerEnd, readTitle, typeFromTitle } from '../../../src/core/extraction/title';
import { context, doc } from './support';

const BODY = 'Everyone who works at or with the school has a part to play in keeping pupils safe online, and this document explains what we expect of them and why it matters.';

function title(...lines: string[]) {
  const d = doc(...lines);
  return readTitle(d.blocks, headerEnd(d.blocks))?.value ?? null;
}

describe('policy title', () => {
  it.each([
    [['Greenway Primary School', 'Social Media Policy', BODY], 'Social Media Policy'],
    [['SOCIAL MEDIA POLICY', 'Greenway Primary School', 'Social Media Policy', BODY], 'Social Media Policy'],
    [['ONLINE SAFETY POLICY', BODY], 'Online Safety Policy'],
    [["St. Mary's CE Infant School Social Media Policy", BODY], 'Social Media Policy'],
    [['Online Safety Policy 2024-25', BODY], 'Online Safety Policy'],
    [['Safeguarding and Child Protection Policy (September 2024)', BODY], 'Safeguarding and Child Protection Policy'],
    [['Acceptable Use Policy – Greenway Primary School', BODY], 'Acceptable Use Policy'],
    [['Statement of intent', BODY], null],
    [['Introduction', BODY, 'This policy links with other policies:', '- Behaviour Policy'], null],
  ])('%j -> %s', (lines, expected) => {
    expect(title(...lines)).toBe(expected);
  });
});

describe('policy type', () => {
  it.each([
    ['Social Media Policy', 'social_media'],
    ['Policy on the use of social networking', 'social_media'],
    ['Online Safety Policy', 'online_safety'],
    ['E-Safety Policy', 'online_safety'],
    ['Online Safety and Social Media Policy', 'online_safety'],
    ['Acceptable Use Policy (AUP)', 'acceptable_use'],
    ['ICT Acceptable Use Agreement for Staff', 'acceptable_use'],
    ['Child Protection and Safeguarding Policy', 'child_protection'],
    ['Safeguarding Policy', 'child_protection'],
    ['Behaviour Policy', 'other'],
  ])('%s -> %s', (t, expected) => {
    expect(typeFromTitle(t)).toBe(expected);
  });

  it('judges the type by content when there is no title', () => {
    const lines = ['Statement of intent', 'Hillcrest Primary School understands that social media is part of life for staff, parents and pupils, and that it brings risks as well as opportunities for all of us.'];
    for (let i = 0; i < 8; i += 1) lines.push(`Staff must use social media responsibly (point ${i + 1}); social media posts reflect on the school.`);
    const r = extractPolicy(doc(...lines), context());
    expect(r.title).toBeNull();
    expect(r.policyType.value).toBe('social_media');
    expect(r.policyType.source).toBeNull();
  });

  it('calls a policy on another subject "other"', () => {
    const r = extractPolicy(doc('Hillcrest Primary School', 'Uniform Policy', 'Pupils wear the school uniform every day, with the exception of non-uniform days agreed by the headteacher in advance.'), context());
    expect(r.policyType.value).toBe('other');
  });
});
