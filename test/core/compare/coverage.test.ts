import { describe, expect, it } from 'vitest';
import { byGaps, coverageLists, coverageMatrix, type CoverageSettingInput } from '../../../src/core/compare/coverage';
import type { TopicFramework } from '../../../src/core/config';
import type { TopicEvidence } from '../../../src/core/extraction/types';
import type { PolicyId, SettingId } from '../../../src/core/ids';

const framework: TopicFramework = {
  policyType: 'social_media',
  topics: [
    { id: 'staff_personal_use', label: 'Staff personal use', description: '', phrases: ['personal use'], requiredForPhases: ['preschool', 'infant', 'primary'] },
    { id: 'personal_devices', label: 'Personal devices', description: '', phrases: ['mobile phone'], requiredForPhases: ['preschool'] },
    { id: 'blocked_sites', label: 'Blocked sites', description: '', phrases: ['blocked'], requiredForPhases: [] },
  ],
};

const span = (blockId: string) => ({ blockId, start: 0, end: 10 });
const ev = (topicId: string, strength: 'covered' | 'partly', n = 1): TopicEvidence => ({ topicId, strength, confidence: 0.8, passages: Array.from({ length: n }, (_, i) => span(`b${i + 1}`)) });
const setting = (id: string, name: string, phase: CoverageSettingInput['phase'], topics: TopicEvidence[] | null): CoverageSettingInput => ({
  settingId: id as SettingId,
  name,
  phase,
  policy: topics ? { policyId: `p-${id}` as PolicyId, versionId: null, title: 'Social Media Policy', topics } : null,
});

const settings = [
  setting('s1', 'Acorn Pre-school', 'preschool', [ev('staff_personal_use', 'covered', 3)]),
  setting('s2', 'Birch Infant School', 'infant', [ev('staff_personal_use', 'partly'), ev('personal_devices', 'covered', 2), ev('blocked_sites', 'covered')]),
  setting('s3', 'Cedar Primary School', 'primary', null),
];

describe('coverageMatrix', () => {
  it('gives each cell its status, passages and whether a required topic is missing', () => {
    const m = coverageMatrix({ policyType: 'social_media', framework, settings, overrides: [], asOf: '2026-11-21' });
    const acorn = m.rows.find((r) => r.name === 'Acorn Pre-school')!;
    expect(acorn.cells.map((c) => [c.topicId, c.status, c.passageCount, c.requiredMissing])).toEqual([
      ['staff_personal_use', 'covered', 3, false],
      ['personal_devices', 'not_covered', 0, true],
      ['blocked_sites', 'not_covered', 0, false],
    ]);
    expect(acorn.requiredMissing).toEqual(['personal_devices']);
    expect(acorn.percent).toBeCloseTo(33.3, 1);
    const birch = m.rows.find((r) => r.name === 'Birch Infant School')!;
    // Partly counts half: (0.5 + 1 + 1) / 3.
    expect(birch.percent).toBeCloseTo(83.3, 1);
    expect(birch.requiredMissing).toEqual([]);
    const cedar = m.rows.find((r) => r.name === 'Cedar Primary School')!;
    expect(cedar.policyId).toBeNull();
    expect(cedar.requiredMissing).toEqual(['staff_personal_use']);
    expect(m.withoutPolicy).toBe(1);
    // Per topic, over the three settings: staff use = (1 + 0.5 + 0) / 3.
    expect(m.columns[0]!.percent).toBeCloseTo(50, 1);
    expect(m.columns[0]!.requiredMissing).toBe(1);
    expect(m.columns[1]!.covered).toBe(1);
  });

  it('applies the latest overrule of a cell and marks it, keeping what the reading found', () => {
    const m = coverageMatrix({
      policyType: 'social_media',
      framework,
      settings,
      asOf: '2026-11-21',
      overrides: [
        { settingId: 's1' as SettingId, topicId: 'personal_devices', covered: false, note: 'first thought', createdAt: '2026-01-01T00:00:00Z' },
        { settingId: 's1' as SettingId, topicId: 'personal_devices', covered: true, note: 'Covered in the separate mobile phone policy', createdAt: '2026-02-01T00:00:00Z' },
        { settingId: 's2' as SettingId, topicId: 'blocked_sites', covered: false, note: 'Only says nothing is blocked', createdAt: '2026-02-01T00:00:00Z' },
      ],
    });
    const cell = m.rows.find((r) => r.name === 'Acorn Pre-school')!.cells[1]!;
    expect(cell).toMatchObject({ status: 'covered', extracted: 'not_covered', requiredMissing: false, override: { covered: true, note: 'Covered in the separate mobile phone policy' } });
    const birchBlocked = m.rows.find((r) => r.name === 'Birch Infant School')!.cells[2]!;
    expect(birchBlocked).toMatchObject({ status: 'not_covered', extracted: 'covered', passageCount: 1 });
    // Two cells are overruled (one of them twice: the latest counts).
    expect(m.overridesApplied).toBe(2);
  });

  it('filters by phase and sorts by gaps', () => {
    const byName = coverageMatrix({ policyType: 'social_media', framework, settings, overrides: [], asOf: '2026-11-21' });
    expect(byName.rows.map((r) => r.name)).toEqual(['Acorn Pre-school', 'Birch Infant School', 'Cedar Primary School']);
    const gaps = coverageMatrix({ policyType: 'social_media', framework, settings, overrides: [], asOf: '2026-11-21', sort: 'gaps' });
    // Acorn and Cedar each miss one required topic; Cedar covers nothing, so it comes first.
    expect(gaps.rows.map((r) => r.name)).toEqual(['Cedar Primary School', 'Acorn Pre-school', 'Birch Infant School']);
    expect([...gaps.rows].sort(byGaps)).toEqual(gaps.rows);
    const early = coverageMatrix({ policyType: 'social_media', framework, settings, overrides: [], asOf: '2026-11-21', phases: ['preschool'] });
    expect(early.rows.map((r) => r.name)).toEqual(['Acorn Pre-school']);
    expect(early.columns[0]!.percent).toBe(100);
  });

  it('lists covered, partly and missing topic ids', () => {
    expect(coverageLists([ev('staff_personal_use', 'partly'), ev('blocked_sites', 'covered')], framework)).toEqual({
      covered: ['blocked_sites'],
      partly: ['staff_personal_use'],
      missing: ['personal_devices'],
    });
  });
});
