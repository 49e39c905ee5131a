import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../../src/core/compare/coverage';
import { matrixRows, positionsRows } from '../../../src/core/compare/export';
import { comparePositions, positionFromValue } from '../../../src/core/compare/positions';
import type { PolicyId, SettingId } from '../../../src/core/ids';
import { toCsv } from '../../../src/documents/csv/write-csv';

const framework = {
  policyType: 'social_media' as const,
  topics: [
    { id: 'personal_devices', label: 'Personal devices', description: '', phrases: [], requiredForPhases: ['preschool' as const] },
    { id: 'blocked_sites', label: 'Blocked sites', description: '', phrases: [], requiredForPhases: [] },
  ],
};

describe('CSV rows', () => {
  it('gives the matrix one row per setting, a word per cell, overrules with their notes, and the per-topic percentages', () => {
    const m = coverageMatrix({
      policyType: 'social_media',
      framework,
      asOf: '2026-11-21',
      settings: [
        { settingId: 's1' as SettingId, name: '=SUM(A1) Nursery', phase: 'preschool', policy: { policyId: 'p' as PolicyId, versionId: null, title: 'Social Media Policy', topics: [{ topicId: 'blocked_sites', strength: 'covered', passages: [{ blockId: 'b', start: 0, end: 1 }], confidence: 1 }] } },
        { settingId: 's2' as SettingId, name: 'Birch School', phase: 'primary', policy: null },
      ],
      overrides: [{ settingId: 's2' as SettingId, topicId: 'blocked_sites', covered: true, note: '+ in the AUP', createdAt: 'x' }],
    });
    const rows = matrixRows(m);
    expect(rows[0]).toEqual(['Setting', 'Phase', 'Policy', 'Coverage %', 'Required topics missing', 'Personal devices', 'Blocked sites', 'Overrules']);
    expect(rows[1]).toEqual(['=SUM(A1) Nursery', 'Pre-school / nursery', 'Social Media Policy', '50', 'Personal devices', 'Missing (required)', 'Covered (1 passage)', '']);
    expect(rows[2]).toEqual(['Birch School', 'Primary', 'No policy', '50', '', 'Not covered', 'Covered [overruled]', 'Blocked sites: covered (+ in the AUP)']);
    expect(rows[3]).toEqual(['Coverage per topic %', '', '', '50', '', '0', '100', '']);
    // The writer guards every cell a spreadsheet would run as a formula.
    const csv = toCsv(rows);
    expect(csv).toContain("'=SUM(A1) Nursery");
    expect(csv).toContain('Blocked sites: covered (+ in the AUP)');
  });

  it('gives the positions one row per setting with the evidence words and corrections', () => {
    const c = comparePositions({
      policyType: 'social_media',
      asOf: '2026-11-21',
      settings: [
        {
          settingId: 's1' as SettingId, name: 'Ash', phase: 'infant', policyId: 'p1' as PolicyId,
          positions: [positionFromValue('staff_personal_use', 'breaks_only', [{ blockId: 'b1', start: 0, end: 5 }])],
          corrections: [{ question: 'pupil_minimum_age', value: 13, note: 'Checked with the head', correctedAt: 'x' }],
        },
      ],
    });
    const rows = positionsRows(c, () => 'Staff may use social media at break.');
    expect(rows[0]!.slice(0, 4)).toEqual(['Setting', 'Phase', 'Staff personal use of social media in working hours', 'Staff personal use of social media in working hours: evidence']);
    expect(rows[1]!.slice(0, 6)).toEqual(['Ash', 'Infant', 'Breaks only', 'Staff may use social media at break.', '13 (corrected)', 'Corrected: Checked with the head']);
    expect(rows[2]![0]).toBe('Settings disagree');
  });
});
