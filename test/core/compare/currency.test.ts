import { describe, expect, it } from 'vitest';
import { cadenceCheck, currencyReport, editionInForce, findOutdatedTerms, staleCitations } from '../../../src/core/compare/currency';
import type { GuidanceEdition, TopicFramework } from '../../../src/core/config';
import type { Extracted, GuidanceCitation } from '../../../src/core/extraction/types';
import type { PolicyId, SettingId } from '../../../src/core/ids';
import { defaultGuidance } from '../../../src/data/defaults';
import { doc } from './docs';

const catalogue: GuidanceEdition[] = defaultGuidance();
const cite = (name: string, edition: number | null, guidanceId?: string): Extracted<GuidanceCitation> => ({
  value: guidanceId ? { guidanceId, name, edition } : { name, edition },
  source: { blockId: 'b1', start: 0, end: 5 },
  confidence: 0.9,
});

describe('guidance currency', () => {
  it('knows which edition is in force on a day', () => {
    const kcsie = catalogue.find((g) => g.id === 'kcsie')!;
    expect(editionInForce(kcsie, '2025-09-01')).toBe(2025);
    expect(editionInForce(kcsie, '2025-08-31')).toBe(2024);
  });

  it('flags an older edition with both years, by id or by alias; leaves undated and current ones alone', () => {
    const stale = staleCitations(
      [cite('Keeping Children Safe in Education', 2021, 'kcsie'), cite('KCSIE', 2021), cite('Working Together to Safeguard Children', 2023), cite('Working Together', 2018), cite('Keeping Children Safe in Education', null, 'kcsie')],
      catalogue,
      '2026-11-21',
    );
    expect(stale.map((s) => s.message)).toEqual([
      'cites Keeping Children Safe in Education 2021; 2025 is in force',
      'cites Working Together to Safeguard Children 2018; 2023 is in force',
    ]);
    expect(stale[0]).toMatchObject({ guidanceId: 'kcsie', cited: 2021, current: 2025 });
  });

  it('does not flag the previous edition before the new one is in force', () => {
    expect(staleCitations([cite('Keeping Children Safe in Education', 2024, 'kcsie')], catalogue, '2025-07-01')).toEqual([]);
    expect(staleCitations([cite('Keeping Children Safe in Education', 2024, 'kcsie')], catalogue, '2025-09-02')).toHaveLength(1);
  });
});

describe('outdated terms and cadence', () => {
  const nursery = doc('Our lead practitioner for safeguarding is the manager.', 'We follow the EYFS 2017 safeguarding and welfare requirements.', 'Concerns go to the Local Safeguarding Children Board.');

  it('finds replaced early-years terms with their passages, from the day they were replaced', () => {
    const found = findOutdatedTerms(nursery, 'preschool', '2026-11-21');
    expect(found.map((f) => [f.termId, f.found])).toEqual([
      ['lead_practitioner', 'lead practitioner'],
      ['eyfs_old_edition', 'EYFS 2017'],
      ['lscb', 'Local Safeguarding Children Board'],
    ]);
    expect(found[0]!.passages).toEqual([{ blockId: 'b1', start: 4, end: 21 }]);
    // Before September 2025 "lead practitioner" was the EYFS's own term.
    expect(findOutdatedTerms(nursery, 'preschool', '2025-06-01').map((f) => f.termId)).not.toContain('lead_practitioner');
  });

  it('flags a cadence longer than the standard and reports none stated as such', () => {
    expect(cadenceCheck(60, 12)).toMatchObject({ status: 'longer', message: 'Reviewed every 5 years, longer than the trust standard (annually)' });
    expect(cadenceCheck(12, 12).status).toBe('within');
    expect(cadenceCheck(null, 12).status).toBe('not_stated');
  });
});

describe('currencyReport', () => {
  const framework: TopicFramework = {
    policyType: 'social_media',
    topics: [{ id: 'personal_devices', label: 'Personal devices and mobile phones', description: '', phrases: [], requiredForPhases: ['preschool'] }],
  };
  it('lists each setting’s stale citations, missing required topics, outdated terms and cadence, flagged first', () => {
    const r = currencyReport({
      policyType: 'social_media',
      framework,
      guidance: catalogue,
      standardCadenceMonths: 12,
      asOf: '2026-11-21',
      settings: [
        { settingId: 'a' as SettingId, name: 'Alder School', phase: 'primary', policy: { policyId: 'pa' as PolicyId, title: 'Social Media Policy', document: doc('Reviewed annually.'), topics: [], guidanceCited: [cite('KCSIE', 2025)], reviewCadenceMonths: 12 } },
        { settingId: 'b' as SettingId, name: 'Bluebell Nursery', phase: 'preschool', policy: { policyId: 'pb' as PolicyId, title: 'Social Media Policy', document: doc('Our lead practitioner is the manager.'), topics: [], guidanceCited: [cite('KCSIE', 2022)], reviewCadenceMonths: 36 } },
        { settingId: 'c' as SettingId, name: 'Cherry Infant School', phase: 'infant', policy: null },
      ],
    });
    const bluebell = r.rows[0]!;
    expect(bluebell.name).toBe('Bluebell Nursery');
    expect(bluebell.stale.map((s) => s.message)).toEqual(['cites Keeping Children Safe in Education 2022; 2025 is in force']);
    expect(bluebell.missingRequired).toEqual([{ topicId: 'personal_devices', label: 'Personal devices and mobile phones' }]);
    expect(bluebell.outdatedTerms.map((t) => t.termId)).toEqual(['lead_practitioner']);
    expect(bluebell.cadence?.status).toBe('longer');
    expect(r.rows.find((x) => x.name === 'Alder School')!.flagged).toBe(false);
    expect(r.counts).toMatchObject({ stale: 1, missingRequired: 1, outdatedTerms: 1, cadenceLonger: 1, withoutPolicy: 1 });
    expect(r.inForce.find((g) => g.guidanceId === 'kcsie')!.edition).toBe(2025);
  });

  it('does not call a covered required topic missing', () => {
    const r = currencyReport({
      policyType: 'social_media', framework, guidance: catalogue, standardCadenceMonths: 12, asOf: '2026-11-21',
      settings: [{ settingId: 'b' as SettingId, name: 'Bluebell Nursery', phase: 'preschool', policy: { policyId: 'pb' as PolicyId, title: 'Social Media Policy', document: doc('Text.'), topics: [{ topicId: 'personal_devices', strength: 'partly', passages: [], confidence: 0.5 }], guidanceCited: [], reviewCadenceMonths: 12 } }],
    });
    expect(r.rows[0]!.missingRequired).toEqual([]);
  });

  it('respects a coverage overrule: a topic overruled as covered is not missing', () => {
    const r = currencyReport({
      policyType: 'social_media', framework, guidance: catalogue, standardCadenceMonths: 12, asOf: '2026-11-21',
      overrides: [{ settingId: 'b' as SettingId, topicId: 'personal_devices', covered: true }],
      settings: [{ settingId: 'b' as SettingId, name: 'Bluebell Nursery', phase: 'preschool', policy: { policyId: 'pb' as PolicyId, title: 'Social Media Policy', document: doc('Text.'), topics: [], guidanceCited: [], reviewCadenceMonths: 12 } }],
    });
    expect(r.rows[0]!.missingRequired).toEqual([]);
  });
});
