// extractPolicy as a whole: never throws, every value points at real text, dates are real dates at
// their precision, and the facts follow the labels' conventions (last review = later of reviewed/approved).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialDate } from '../../../src/core/dates';
import type { Block, StructuredDocument } from '../../../src/core/document';
import { extractPolicy } from '../../../src/core/extraction/extract';
import { extractionFacts, laterDate, lastReviewOf } from '../../../src/core/extraction/facts';
import { emptyExtraction } from '../../../src/core/extraction/empty';
import type { Extracted } from '../../../src/core/extraction/types';
import { context, doc } from './support';

const FRAGMENTS = [
  'Designated Safeguarding Lead:', 'Mrs Jane Hollis', 'Deputy DSLs:', 'Mr Omar Said and Ms Li Na', 'Date approved:', '31/02/2023', '06/09/21',
  'Spring 2021', '2023/24', 'Next review due:', 'September 2025', 'This policy will be reviewed every two years.', 'Approved by', 'FGB', 'Version 2.1',
  'Keeping Children Safe in Education 2024', 'Data Protection Act 2018', 'Oakmere Primary School', 'and Little Owls Nursery', 'Social Media Policy',
  'This policy links with:', 'Behaviour Policy', 'Staff must not accept friend requests from pupils.', 'TikTok is blocked.', '(Headteacher)', '\t', ':', '–',
  'Our official channels are: https://www.facebook.com/oakmere', 'building on the county template', '·', 'St.', "O'Neill", 'Chair of Governors',
];

const blockArb = fc
  .record({
    kind: fc.constantFrom<Block['kind']>('heading', 'paragraph', 'list-item', 'table-row'),
    parts: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 8 }),
  })
  .map(({ kind, parts }) => ({ kind, text: parts.join(' ') }));

describe('extractPolicy on any text', () => {
  it('never throws, and every source span lies inside its block', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 25 }), (raw) => {
        const d: StructuredDocument = {
          format: 'txt',
          warnings: [],
          blocks: raw.map((b, i) => ({ id: `b${i}`, kind: b.kind, text: b.text, headingPath: [], ...(b.kind === 'table-row' ? { cells: b.text.split('\t') } : {}) })),
        };
        const r = extractPolicy(d, context());
        const values: (Extracted<unknown> | null)[] = [
          r.settingName, r.phase, r.title, r.policyType, r.version, r.approvingBody, r.reviewCadenceMonths, r.templateSource,
          r.dates.written, r.dates.approved, r.dates.lastReviewed, r.dates.nextReview,
          ...r.linkedSettings, ...r.namedLeads, ...r.otherNamedPeople, ...r.guidanceCited, ...r.linkedPolicies, ...r.officialChannels, ...r.blockedServices,
        ];
        const spans = [...values.map((v) => v?.source ?? null), ...r.topics.flatMap((t) => t.passages), ...r.problems.map((p) => p.source)];
        for (const s of spans) {
          if (!s) continue;
          const block = d.blocks.find((b) => b.id === s.blockId);
          expect(block).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(block!.text.length);
        }
        for (const v of values) {
          if (!v) continue;
          expect(v.confidence).toBeGreaterThan(0);
          expect(v.confidence).toBeLessThanOrEqual(1);
        }
        for (const date of Object.values(r.dates)) if (date) expect(isPartialDate(date.value)).toBe(true);
        if (r.reviewCadenceMonths) expect(Number.isInteger(r.reviewCadenceMonths.value) && r.reviewCadenceMonths.value > 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same result for the same document', () => {
    const d = doc('Oakmere Primary School', 'Social Media Policy', 'Date approved: 06/09/21', 'Designated Safeguarding Lead: Mrs Jane Hollis');
    expect(extractPolicy(d, context())).toEqual(extractPolicy(d, context()));
  });

  it('finds nothing in an empty document', () => {
    const r = extractPolicy({ format: 'txt', blocks: [], warnings: [] }, context());
    expect({ ...r, policyType: r.policyType.value }).toEqual({ ...emptyExtraction(), policyType: 'other' });
  });
});

describe('the facts of an extraction', () => {
  const at = (value: string): Extracted<string> => ({ value, source: null, confidence: 0.9 });

  it('takes the later of two dates, and the more precise one when one holds the other', () => {
    expect(laterDate('2022-09', '2022-10-03')).toBe('2022-10-03');
    expect(laterDate('2023', '2022-12-31')).toBe('2023');
    expect(laterDate('2022', '2022-10-03')).toBe('2022-10-03');
    expect(laterDate('2022-09', '2022-09-15')).toBe('2022-09-15');
    expect(laterDate(null, '2021')).toBe('2021');
  });

  it('reads last review as the later of the last-reviewed and approval dates, else the written date', () => {
    const r = emptyExtraction('social_media');
    expect(lastReviewOf(r)).toBeNull();
    r.dates.written = at('2021-09-06');
    expect(lastReviewOf(r)?.value).toBe('2021-09-06');
    r.dates.approved = at('2021-11-17');
    expect(lastReviewOf(r)?.value).toBe('2021-11-17');
    r.dates.lastReviewed = at('2022-09');
    expect(lastReviewOf(r)?.value).toBe('2022-09');
    r.dates.lastReviewed = at('2021-10');
    expect(lastReviewOf(r)?.value).toBe('2021-11-17');
  });

  it('lists the seven lead roles as leads and the register’s other roles with the other people', () => {
    const r = emptyExtraction('social_media');
    r.namedLeads = [
      { value: { role: 'headteacher', name: 'Nicola Setford' }, source: null, confidence: 0.9 },
      { value: { role: 'data_controller', name: 'Nicola Setford' }, source: null, confidence: 0.9 },
    ];
    r.otherNamedPeople = [{ value: { name: 'Nicola Setford', roleText: 'Named Person with lead responsibility' }, source: null, confidence: 0.9 }];
    const f = extractionFacts(r);
    expect(f.named_leads).toEqual([{ role: 'headteacher', name: 'Nicola Setford' }]);
    expect(f.other_named_people).toEqual([{ name: 'Nicola Setford', role_text: 'Data Controller; Named Person with lead responsibility' }]);
  });
});
