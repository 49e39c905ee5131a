import { describe, expect, it } from 'vitest';
import { spanText } from '../../../src/core/document';
import { readBody, readHeader } from '../../../src/core/extraction/header';
import { doc } from './support';

function dates(...lines: string[]) {
  const h = readHeader(doc(...lines).blocks);
  return {
    written: h.dates.written?.value ?? null,
    approved: h.dates.approved?.value ?? null,
    lastReviewed: h.dates.lastReviewed?.value ?? null,
    nextReview: h.dates.nextReview?.value ?? null,
    body: h.approvingBody?.value ?? null,
    version: h.version?.value ?? null,
    problems: h.problems.map((p) => p.message),
  };
}

describe('header dates', () => {
  it.each([
    [['Date of last review: September 2022', 'Date of next review: September 2023'], { lastReviewed: '2022-09', nextReview: '2023-09' }],
    [['Last reviewed: 14/07/2024', 'Next review due: July 2025'], { lastReviewed: '2024-07-14', nextReview: '2025-07' }],
    [['Reviewed: Spring 2021'], { lastReviewed: '2021' }],
    [['Review date: 03/10/2023 (or when required)'], { nextReview: '2023-10-03' }],
    [['Policy review date: Autumn 2025'], { nextReview: '2025' }],
    [['Date for review: 1st September 2025'], { nextReview: '2025-09-01' }],
    [['To be reviewed: Summer Term 2026'], { nextReview: '2026' }],
    [['Due for review: 2024/25'], { nextReview: '2024' }],
    [['Next review: TBC'], { nextReview: null }],
    [['Date approved: 12.10.2023'], { approved: '2023-10-12' }],
    [['Approval date - 05/12/22'], { approved: '2022-12-05' }],
    [['Date ratified by governors: 21st March 2024'], { approved: '2024-03-21' }],
    [['Adopted: January 2023'], { approved: '2023-01' }],
    [['Date written: June 2021'], { written: '2021-06' }],
    [['Date of issue: 01/09/2020'], { written: '2020-09-01' }],
    [['Date: 03/10/2022'], { lastReviewed: '2022-10-03' }],
    [['Last updated: 2 February 2025'], { lastReviewed: '2025-02-02' }],
    [['Review date: Sept 24'], { nextReview: '2024-09' }],
    [['Last review: 09/23'], { lastReviewed: '2023-09' }],
    [['Policy reviewed September 2023'], { lastReviewed: '2023-09' }],
    [['Ratified: Autumn Term 2023'], { approved: '2023' }],
    [['Signed: Mrs A Khan (Chair of Governors)   Date: 12/10/23'], { approved: '2023-10-12' }],
    [['Approved by Governors: September 2023'], { approved: '2023-09', body: 'Governors' }],
  ])('%j', (lines, expected) => {
    expect(dates(...lines)).toMatchObject(expected);
  });

  it('reads a tab-separated "Written By / Agreed By" table, UK day first', () => {
    const d = dates('Written By\tL Sanderson\tVersion 1.0\t06/09/21', 'Agreed By\tFGB\t\t17/11/21');
    expect(d).toMatchObject({ written: '2021-09-06', approved: '2021-11-17', body: 'FGB', version: '1.0' });
  });

  it('reads the same table flattened into one line by a PDF or Word reader', () => {
    const d = dates('Written By L Sanderson Version 1.0 06/09/21 Agreed By FGB 17/11/21');
    expect(d).toMatchObject({ written: '2021-09-06', approved: '2021-11-17', body: 'FGB', version: '1.0' });
  });

  it('reads a table of labels over a row of values', () => {
    const d = dates('Version\tDate approved\tApproved by\tNext review', '3.2\t14/06/2024\tLocal Governing Body\tJune 2025');
    expect(d).toMatchObject({ version: '3.2', approved: '2024-06-14', body: 'Local Governing Body', nextReview: '2025-06' });
  });

  it('reads a version history table, keeping the latest review', () => {
    const d = dates('Version\tDate\tAuthor\tChanges', '1.0\tSeptember 2021\tJ Bloggs\tNew policy', '2.0\tSeptember 2022\tJ Bloggs\tKCSIE 2022 changes', '2.1\tOctober 2023\tA Patel\tNew DSL');
    expect(d.lastReviewed).toBe('2023-10');
  });

  it('attaches "Date:" to the label before it on the same line', () => {
    expect(dates('Reviewed by: Mrs J Smith    Date: 01/09/2023')).toMatchObject({ lastReviewed: '2023-09-01' });
    expect(dates('Approved by: Full Governing Body\tDate: 15/11/2023')).toMatchObject({ approved: '2023-11-15', body: 'Full Governing Body' });
  });

  it('reads statements in the text', () => {
    expect(dates('This policy was ratified by the Governing Body on 12th October 2023.')).toMatchObject({ approved: '2023-10-12', body: 'Governing Body' });
    expect(dates('This policy was approved by the Trust Board in July 2024 and will be reviewed again in July 2025.')).toMatchObject({ approved: '2024-07', body: 'Trust Board', nextReview: '2025-07' });
    expect(dates('This policy will be reviewed every five years or more often as necessary. The next scheduled review date for this policy is May 2029.')).toMatchObject({ nextReview: '2029-05' });
    expect(dates('The policy was last reviewed in November 2023 by the Curriculum Committee.')).toMatchObject({ lastReviewed: '2023-11' });
    expect(dates('Agreed by the Resources Committee on 4 March 2024')).toMatchObject({ approved: '2024-03-04', body: 'Resources Committee' });
  });

  it('reads "Sept 24" as a month only after a label, never in running text', () => {
    expect(dates('This policy covers trips such as the Year 6 visit on Sept 24 and the summer fair.')).toMatchObject({ lastReviewed: null, nextReview: null });
  });

  it('ignores dates that are not about the policy', () => {
    const d = dates(
      'All staff will receive annual training, last updated in September 2023.',
      'Consent forms are sent out annually in autumn.',
      'Keeping Children Safe in Education 2023 sets out the duties.',
      'Content must be read and agreed by at least one other colleague before 2024.',
    );
    expect(d).toMatchObject({ written: null, approved: null, lastReviewed: null, nextReview: null, body: null });
  });

  it('leaves a date empty when the text gives none', () => {
    expect(dates('Social Media Policy', 'This policy applies to all staff.')).toMatchObject({ written: null, approved: null, lastReviewed: null, nextReview: null });
  });

  it('reports an impossible date and leaves the field empty', () => {
    const h = readHeader(doc('Date approved: 31/02/2023', 'Next review: 30/02/2024').blocks);
    expect(h.dates.approved).toBeNull();
    expect(h.dates.nextReview).toBeNull();
    expect(h.problems).toHaveLength(2);
    expect(h.problems[0]!.kind).toBe('impossible_date');
    expect(h.problems[0]!.message).toContain('"31/02/2023" is not a real date');
    expect(h.problems[0]!.message).toContain('approval date');
  });

  it('keeps the source span of each date', () => {
    const d = doc('Social Media Policy', 'Date of next review: September 2023');
    const h = readHeader(d.blocks);
    expect(spanText(d, h.dates.nextReview!.source!)).toBe('September 2023');
    expect(h.dates.nextReview!.confidence).toBeGreaterThan(0.7);
  });
});

describe('approving body', () => {
  it.each([
    ['FGB', 'FGB'],
    ['the Full Governing Body', 'Full Governing Body'],
    ['LGB on 3/3/24', 'LGB'],
    ['Trust Board', 'Trust Board'],
    ['the Board of Trustees', 'Board of Trustees'],
    ['Executive', 'Executive'],
    ['the Standards and Curriculum Committee at its meeting', 'Standards and Curriculum Committee'],
    ['Management Committee', 'Management Committee'],
    ['Headteacher', 'Headteacher'],
  ])('%s -> %s', (text, expected) => {
    expect(readBody(text)?.value).toBe(expected);
  });

  it.each(['at least one other colleague', 'the parents', 'Mrs J Smith'])('%s is not a body', (text) => {
    expect(readBody(text)).toBeNull();
  });
});

describe('version', () => {
  it.each([
    [['Version 1.0'], '1.0'],
    [['Version: 3'], '3'],
    [['Version number: 4.2'], '4.2'],
    [['Online Safety Policy v2.1'], '2.1'],
  ])('%j -> %s', (lines, expected) => {
    expect(dates(...lines).version).toBe(expected);
  });

  it('does not read "the latest version of" as a version', () => {
    expect(dates('Staff must read the latest version of KCSIE 2024.').version).toBeNull();
  });
});
