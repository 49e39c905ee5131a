import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyExtraction } from '../../../src/core/extraction/empty';
import type { Correction, ExtractionResult } from '../../../src/core/extraction/types';
import {
  checkCorrection,
  CORRECTABLE_FIELDS,
  effectiveFacts,
  effectiveField,
  withCorrection,
  withoutCorrection,
} from '../../../src/core/policies/effective';
import { documentDate, isOlderThan } from '../../../src/core/policies/versions';

const span = (blockId: string, start: number, end: number) => ({ blockId, start, end });

function extraction(): ExtractionResult {
  const x = emptyExtraction('social_media');
  x.policyType = { value: 'social_media', source: span('b1', 0, 12), confidence: 0.9 };
  x.settingName = { value: 'Oakfield Primary School', source: span('b0', 0, 23), confidence: 0.95 };
  x.dates.approved = { value: '2021-11-17', text: '17/11/21', source: span('b2', 10, 18), confidence: 0.9 };
  x.dates.nextReview = { value: '2023-09', source: span('b3', 22, 36), confidence: 0.8 };
  x.reviewCadenceMonths = { value: 12, source: span('b4', 0, 40), confidence: 0.7 };
  x.namedLeads = [{ value: { role: 'dsl', name: 'Jo Bell' }, source: span('b5', 31, 38), confidence: 0.9 }];
  return x;
}

const fix = (
  field: Correction['field'],
  value: unknown,
  correctedAt = '2025-01-10T10:00:00.000Z',
): Correction => ({ field, value, correctedAt });

describe('effective values', () => {
  it('are what the reader found, with where it found them, when nothing is corrected', () => {
    const f = effectiveField(extraction(), [], 'dates.approved');
    expect(f).toMatchObject({
      value: '2021-11-17',
      origin: 'extracted',
      sources: [span('b2', 10, 18)],
      confidence: 0.9,
      correction: null,
    });
    expect(effectiveField(extraction(), [], 'version')).toMatchObject({
      value: null,
      origin: 'none',
      sources: [],
    });
    expect(effectiveFacts(extraction(), []).namedLeads).toEqual([{ role: 'dsl', name: 'Jo Bell' }]);
  });

  it('take the user’s correction over the reading, and keep the evidence for the reading', () => {
    const corrections = [
      fix('dates.approved', '2021-12-01'),
      fix('namedLeads', [
        { role: 'dsl', name: 'Sam Patel' },
        { role: 'deputy_dsl', name: 'Jo Bell' },
      ]),
    ];
    const facts = effectiveFacts(extraction(), corrections);
    expect(facts.dates.approved).toBe('2021-12-01');
    expect(facts.namedLeads).toEqual([
      { role: 'dsl', name: 'Sam Patel' },
      { role: 'deputy_dsl', name: 'Jo Bell' },
    ]);
    expect(effectiveField(extraction(), corrections, 'dates.approved')).toMatchObject({
      origin: 'corrected',
      sources: [span('b2', 10, 18)],
    });
  });

  it('read a correction to null as "the document does not say", not as "not corrected"', () => {
    const facts = effectiveFacts(extraction(), [fix('reviewCadenceMonths', null)]);
    expect(facts.reviewCadenceMonths).toBeNull();
    expect(
      effectiveField(extraction(), [fix('reviewCadenceMonths', null)], 'reviewCadenceMonths').origin,
    ).toBe('corrected');
  });

  it('the latest correction of a field wins, whatever order they are stored in', () => {
    const later = fix('title', 'Social Media and Online Conduct Policy', '2025-03-01T00:00:00.000Z');
    const earlier = fix('title', 'Social Media Policy', '2025-02-01T00:00:00.000Z');
    expect(effectiveFacts(extraction(), [later, earlier]).title).toBe(
      'Social Media and Online Conduct Policy',
    );
  });

  it('withCorrection keeps one correction per field; withoutCorrection puts the reading back', () => {
    let list = withCorrection([], fix('phase', 'infant'));
    list = withCorrection(list, fix('phase', 'primary'));
    list = withCorrection(list, fix('version', '2.0'));
    expect(list.map((c) => [c.field, c.value])).toEqual([
      ['phase', 'primary'],
      ['version', '2.0'],
    ]);
    expect(withoutCorrection(list, 'phase').map((c) => c.field)).toEqual(['version']);
  });

  it('a correction is checked before it is stored: impossible dates and bad cadences are refused', () => {
    expect(checkCorrection('dates.nextReview', '2023-02-31')).toMatchObject({ ok: false });
    expect(checkCorrection('dates.nextReview', '2023-09')).toEqual({ ok: true, value: '2023-09' });
    expect(checkCorrection('reviewCadenceMonths', 0)).toMatchObject({ ok: false });
    expect(checkCorrection('reviewCadenceMonths', 24)).toEqual({ ok: true, value: 24 });
    expect(checkCorrection('phase', 'nursery')).toMatchObject({ ok: false });
    expect(checkCorrection('approvingBody', '  Full Governing Body ')).toEqual({
      ok: true,
      value: 'Full Governing Body',
    });
    expect(
      checkCorrection('namedLeads', [
        { role: 'dsl', name: ' Ana ' },
        { role: 'wizard', name: 'X' },
      ]),
    ).toEqual({ ok: true, value: [{ role: 'dsl', name: 'Ana' }] });
  });

  it('any field with any correction yields a value of the field’s type (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORRECTABLE_FIELDS), fc.anything(), (field, value) => {
        const f = effectiveField(extraction(), [fix(field, value)], field);
        if (field === 'policyType') return typeof f.value === 'string';
        if (
          ['namedLeads', 'guidanceCited', 'linkedPolicies', 'officialChannels', 'blockedServices'].includes(
            field,
          )
        )
          return Array.isArray(f.value);
        if (field === 'reviewCadenceMonths')
          return f.value === null || (typeof f.value === 'number' && f.value > 0);
        return f.value === null || typeof f.value === 'string';
      }),
    );
  });
});

describe('which version is newer', () => {
  it('uses the latest date a document gives, at its precision', () => {
    expect(
      documentDate({
        dates: { written: '2021-09-06', approved: '2021-11-17', lastReviewed: null, nextReview: '2023' },
      }),
    ).toBe('2021-11-17');
    expect(
      documentDate({ dates: { written: null, approved: null, lastReviewed: '2022-09', nextReview: null } }),
    ).toBe('2022-09');
    expect(
      documentDate({ dates: { written: null, approved: null, lastReviewed: null, nextReview: '2025' } }),
    ).toBeNull();
    expect(isOlderThan('2021-11-17', '2022-09')).toBe(true);
    expect(isOlderThan('2022-09', '2022-09-15')).toBe(false);
    expect(isOlderThan(null, '2022')).toBe(false);
  });
});

import { parsePartialDateInput, partialDateInputText } from '../../../src/core/policies/date-input';

describe('dates typed on the review screen', () => {
  it.each([
    ['17/11/2021', '2021-11-17'],
    ['06/09/21', '2021-09-06'],
    ['3rd October 2022', '2022-10-03'],
    ['September 2023', '2023-09'],
    ['Sept 2023', '2023-09'],
    ['09/2023', '2023-09'],
    ['Spring 2021', '2021'],
    ['2023', '2023'],
    ['', null],
  ])('"%s" is %s', (text, value) => {
    expect(parsePartialDateInput(text)).toEqual({ ok: true, value });
  });
  it.each(['31/02/2023', '29/02/2023', '13/2023', 'soon', '32 January 2024'])(
    '"%s" is refused, not shifted',
    (text) => {
      expect(parsePartialDateInput(text).ok).toBe(false);
    },
  );
  it('reads back what it writes, at every precision (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('day', 'month', 'year'),
        (y, m, d, precision) => {
          const value =
            precision === 'year'
              ? `${y}`
              : precision === 'month'
                ? `${y}-${String(m).padStart(2, '0')}`
                : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const parsed = parsePartialDateInput(partialDateInputText(value));
          return parsed.ok && parsed.value === value;
        },
      ),
    );
  });
});
