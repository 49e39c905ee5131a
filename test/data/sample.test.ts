// The sample trust has something true to show for every feature.
import { describe, expect, it } from 'vitest';
import { addMonthsIso } from '../../src/core/dates';
import { documentText } from '../../src/core/document';
import { outlineToDocument, outlineToText } from '../../src/core/outline';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { buildLaScale, LA_SCALE } from '../../src/data/sample/la-scale';

const asOf = '2026-11-21';
const sample = buildSampleTrust(asOf);
const setting = (name: string) => sample.settings.find((s) => s.name === name)!;
const person = (name: string) => sample.people.find((p) => p.name === name)!;

describe('the sample trust', () => {
  it('has six settings across the phases, one school linked to its nursery', () => {
    expect(sample.settings.map((s) => s.phase).sort()).toEqual(['infant', 'infant', 'junior', 'preschool', 'primary', 'primary']);
    expect(setting('Oakridge Primary School').linkedSettingIds).toEqual([setting('Oakridge Acorns Pre-school').id]);
  });

  it('is the same every time for the same date', () => {
    expect(buildSampleTrust(asOf)).toEqual(sample);
  });

  it('has an overdue review and one due soon, stated in the policies', () => {
    const infant = sample.policies.find((p) => p.fileStem === 'brookfield-infant-social-media')!;
    expect(outlineToText(infant.outline)).toContain('Date of next review: September 2026');
    const junior = sample.policies.find((p) => p.fileStem === 'brookfield-junior-social-media')!;
    expect(outlineToText(junior.outline)).toContain('Next review due: 11/12/2026');
  });

  it('has a policy with no dates and no names', () => {
    const text = outlineToText(sample.policies.find((p) => p.fileStem === 'st-cuthberts-social-media')!.outline);
    expect(text).not.toMatch(/\d{4}/);
    expect(text).not.toMatch(/Designated Safeguarding Lead,/);
  });

  it('has a vacancy: Brookfield Junior’s safeguarding governor stood down', () => {
    const junior = setting('Brookfield Junior School').id;
    const governors = sample.roleAssignments.filter((r) => r.settingId === junior && r.role === 'safeguarding_governor');
    expect(governors).toHaveLength(1);
    expect(governors[0]!.to).toBe(addMonthsIso(asOf, -2));
  });

  it('has a policy naming a former DSL', () => {
    const harbour = sample.policies.find((p) => p.fileStem === 'harbour-view-social-media')!;
    expect(outlineToText(harbour.outline)).toContain('Rebecca Thornton');
    const dsl = sample.roleAssignments.filter((r) => r.settingId === setting('Harbour View Primary School').id && r.role === 'dsl');
    expect(dsl.find((r) => r.personId === person('Rebecca Thornton').id)?.to).not.toBeNull();
    expect(dsl.find((r) => r.personId === person('Daniel Achebe').id)?.to).toBeNull();
  });

  it('has a stale citation and a cadence longer than annual', () => {
    const texts = sample.policies.map((p) => outlineToText(p.outline)).join('\n');
    expect(texts).toContain('Keeping Children Safe in Education 2022');
    expect(texts).toContain('review this policy every three years');
  });

  it('has an expired DSL training', () => {
    const dslCourse = sample.courses.find((c) => c.validityMonths === 24)!;
    const marcus = sample.completions.filter((c) => c.personId === person('Marcus Bell').id && c.courseId === dslCourse.id);
    expect(marcus.map((c) => c.completedOn)).toEqual([addMonthsIso(asOf, -26)]);
  });

  it('has a person working in two settings', () => {
    const gareth = sample.memberships.filter((m) => m.personId === person('Gareth Pryce').id);
    expect(gareth).toHaveLength(2);
  });

  it('shares one template across settings, with local edits', () => {
    const body = (stem: string) => outlineToText(sample.policies.find((p) => p.fileStem === stem)!.outline);
    const a = body('brookfield-infant-social-media');
    const b = body('brookfield-junior-social-media');
    expect(a).toContain('Kestrel Vale Learning Trust model social media policy');
    expect(b).toContain('Kestrel Vale Learning Trust model social media policy');
    expect(a).toContain('online learning journal');
    expect(b).not.toContain('online learning journal');
  });

  it('renders an outline to structured text with clause numbers and heading paths', () => {
    const doc = outlineToDocument(sample.policies[0]!.outline, 'docx');
    const clause = doc.blocks.find((b) => b.number === '3.1')!;
    expect(clause.headingPath).toEqual(['Social Media Policy', 'Staff personal use of social media']);
    expect(new Set(doc.blocks.map((b) => b.id)).size).toBe(doc.blocks.length);
    expect(documentText(doc)).toContain('3.1 Staff may use personal social media during their breaks');
  });
});

describe('the LA-scale sample', () => {
  it('has the sizes the benchmarks need', () => {
    const la = buildLaScale(asOf);
    expect(la.settings).toHaveLength(LA_SCALE.settings);
    expect(new Set(la.settings.map((s) => s.name)).size).toBe(LA_SCALE.settings);
    expect(la.policies).toHaveLength(3000);
    expect(la.memberships).toHaveLength(30000);
    expect(la.completions).toHaveLength(300000);
    expect(la.completions.every((c) => c.completedOn <= asOf)).toBe(true);
  });
});
