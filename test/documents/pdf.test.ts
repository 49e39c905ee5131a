// PDFs of our own making: lines and paragraphs rebuilt from positions, headings from font size and
// weight, list markers with hanging indents, page numbers dropped, running headers kept once.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/read';
import { flowPage, makePdf, type PdfText } from './fixtures/pdf';

const footer = (n: number, total: number): PdfText[] => [
  { text: 'Oakfield Primary School - Online Safety Policy', x: 72, y: 812, size: 8 },
  { text: `Page ${n} of ${total}`, x: 500, y: 30, size: 8 },
];

describe('PDF reading', () => {
  it('rebuilds paragraphs, headings and clauses, and drops page furniture', async () => {
    const long =
      'Staff must not use personal devices to photograph pupils, and must report any concern about online conduct to the designated safeguarding lead on the same day.';
    const page1 = flowPage([
      { text: 'Online Safety Policy', size: 20, bold: true },
      { text: 'Scope', size: 14, bold: true },
      { text: long },
      { text: 'This policy applies to all staff.', marker: '1.' },
      { text: 'It also applies to volunteers who work with pupils in school or on trips.', marker: '2.' },
      { text: 'Filtering', size: 14, bold: true },
      { text: 'The school uses a filtering service.', marker: '•' },
    ]);
    const page2 = flowPage([
      { text: 'Monitoring', size: 14, bold: true },
      { text: 'Logs are checked weekly by the network manager.', marker: '3.' },
    ]);
    const bytes = makePdf([
      [...page1, ...footer(1, 2)],
      [...page2, ...footer(2, 2)],
    ]);
    const doc = await readDocument({ name: 'Online safety.pdf', bytes });
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(2);
    expect(doc.blocks.map((b) => [b.kind, b.level ?? null, b.number ?? '', b.text])).toEqual([
      // The running header, once, first: a letterhead often names the setting.
      ['paragraph', null, '', 'Oakfield Primary School - Online Safety Policy'],
      ['heading', 1, '', 'Online Safety Policy'],
      ['heading', 2, '', 'Scope'],
      ['paragraph', null, '', long],
      ['paragraph', null, '1.', 'This policy applies to all staff.'],
      ['paragraph', null, '2.', 'It also applies to volunteers who work with pupils in school or on trips.'],
      ['heading', 2, '', 'Filtering'],
      ['list-item', 0, '', 'The school uses a filtering service.'],
      ['heading', 2, '', 'Monitoring'],
      ['paragraph', null, '3.', 'Logs are checked weekly by the network manager.'],
    ]);
    expect(doc.blocks[9]).toMatchObject({ page: 2, headingPath: ['Online Safety Policy', 'Monitoring'] });
    expect(JSON.stringify(doc)).not.toMatch(/Page \d of/);
  });

  it('reads widely spaced fields on one line as tab-separated cells', async () => {
    const bytes = makePdf([
      [
        { text: 'Written By', x: 72, y: 760 },
        { text: 'J Ahmed', x: 200, y: 760 },
        { text: '01/09/23', x: 400, y: 760 },
        { text: 'Approved By', x: 72, y: 740 },
        { text: 'LGB', x: 200, y: 740 },
        { text: '12/10/23', x: 400, y: 740 },
        ...flowPage([{ text: 'Staff must follow this policy at all times when using social media.' }], 700),
      ],
    ]);
    const doc = await readDocument({ name: 'header.pdf', bytes });
    expect(doc.blocks.slice(0, 2).map((b) => b.cells)).toEqual([
      ['Written By', 'J Ahmed', '01/09/23'],
      ['Approved By', 'LGB', '12/10/23'],
    ]);
  });

  it('joins a paragraph that runs over a page break', async () => {
    const bytes = makePdf([
      [{ text: 'Pupils must not bring personal devices into', x: 72, y: 60 }],
      [{ text: 'classrooms without permission.', x: 72, y: 780 }],
    ]);
    const doc = await readDocument({ name: 'split.pdf', bytes });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Pupils must not bring personal devices into classrooms without permission.',
    ]);
  });

  it('rebuilds a table written cell by cell, with wrapped cells, into whole rows', async () => {
    // Word writes a table a cell at a time: each cell's wrapped lines come before the next cell's text.
    const cell = (text: string, x: number, y: number): PdfText => ({ text, x, y });
    const bytes = makePdf([
      [
        cell('Role', 72, 760),
        cell('Name', 260, 760),
        cell('Contact', 440, 760),
        cell('Designated Safeguarding Lead', 72, 746),
        cell('Mrs Joanne Whitaker (Deputy', 260, 746),
        cell('Headteacher)', 260, 733),
        cell('01632 960111', 440, 746),
        cell('Deputy Designated Safeguarding', 72, 719),
        cell('Leads', 72, 706),
        cell('Mr Ahmed Hussain', 260, 719),
        cell('(Headteacher), Ms Laura Kent', 260, 706),
        cell('01632 960111', 440, 719),
        cell('Safeguarding Governor', 72, 692),
        cell('Mrs Fiona McLeod', 260, 692),
        cell('via the school office', 440, 692),
        ...flowPage([{ text: 'Everyone who works with children has a part to play in keeping them safe.' }], 650),
      ],
    ]);
    const doc = await readDocument({ name: 'contacts.pdf', bytes });
    expect(doc.blocks.slice(0, 4).map((b) => b.cells)).toEqual([
      ['Role', 'Name', 'Contact'],
      ['Designated Safeguarding Lead', 'Mrs Joanne Whitaker (Deputy Headteacher)', '01632 960111'],
      ['Deputy Designated Safeguarding Leads', 'Mr Ahmed Hussain (Headteacher), Ms Laura Kent', '01632 960111'],
      ['Safeguarding Governor', 'Mrs Fiona McLeod', 'via the school office'],
    ]);
    expect(doc.blocks[4]!.kind).toBe('paragraph');
  });

  it('joins a clause whose wrapped line returns under its number, and keeps typed line breaks apart', async () => {
    const full = 'Staff must report any concern about the safety of a pupil online to the Designated';
    const bytes = makePdf([
      [
        { text: 'Date written: June 2022', x: 72, y: 780 },
        { text: 'Written by: Mrs E Thornbury', x: 72, y: 766 },
        { text: 'This policy will be reviewed every year by the governing body.', x: 72, y: 738 },
        { text: 'Adopted by the Full Governing Body on 3rd October 2024', x: 72, y: 724 },
        { text: '10.', x: 72, y: 696 },
        { text: full, x: 90, y: 696 },
        { text: 'Safeguarding Lead, Miss Priya Shah, or in her absence the deputy.', x: 72, y: 682 },
        { text: 'Governors check that the school meets its duties to keep children safe in every', x: 72, y: 654 },
        { text: 'part of its work, and that the policies are reviewed when guidance changes.', x: 72, y: 640 },
      ],
    ]);
    const doc = await readDocument({ name: 'clauses.pdf', bytes });
    expect(doc.blocks.map((b) => [b.number ?? '', b.text])).toEqual([
      ['', 'Date written: June 2022'],
      ['', 'Written by: Mrs E Thornbury'],
      ['', 'This policy will be reviewed every year by the governing body.'],
      ['', 'Adopted by the Full Governing Body on 3rd October 2024'],
      ['10.', `${full} Safeguarding Lead, Miss Priya Shah, or in her absence the deputy.`],
      ['', 'Governors check that the school meets its duties to keep children safe in every part of its work, and that the policies are reviewed when guidance changes.'],
    ]);
  });
});
