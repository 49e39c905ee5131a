// Word documents of our own: clause numbers worked out as Word counts them, headings from styles,
// tables as rows of cells, tabs kept, a table of contents left out.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/documents/read';
import {
  bullet,
  clause,
  HeadingLevel,
  lettered,
  makeDocx,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from './fixtures/docx';

const read = async (bytes: Uint8Array) => readDocument({ name: 'Online safety.docx', bytes });

describe('Word documents', () => {
  it('numbers clauses and sub-clauses as Word shows them, and keeps the number out of the text', async () => {
    const doc = await read(
      await makeDocx([
        new Paragraph({ text: 'Online Safety Policy', heading: HeadingLevel.TITLE }),
        new Paragraph({ text: 'Roles', heading: HeadingLevel.HEADING_1 }),
        clause('The headteacher is responsible for filtering.'),
        clause('The DSL leads on online safety.', 1),
        clause('The DSL keeps a log of concerns.', 1),
        clause('Governors review this policy every year.'),
        clause('A governor is named for online safety.', 1),
        lettered('reports each term;'),
        lettered('visits once a year.'),
      ]),
    );
    expect(doc.format).toBe('docx');
    expect(doc.blocks.map((b) => [b.number ?? '', b.text])).toEqual([
      ['', 'Online Safety Policy'],
      ['', 'Roles'],
      ['1.', 'The headteacher is responsible for filtering.'],
      ['1.1', 'The DSL leads on online safety.'],
      ['1.2', 'The DSL keeps a log of concerns.'],
      ['2.', 'Governors review this policy every year.'],
      ['2.1', 'A governor is named for online safety.'],
      ['(a)', 'reports each term;'],
      ['(b)', 'visits once a year.'],
    ]);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1, headingPath: [] });
    expect(doc.blocks[1]).toMatchObject({ kind: 'heading', level: 2, headingPath: ['Online Safety Policy'] });
    expect(doc.blocks[3]).toMatchObject({
      kind: 'paragraph',
      headingPath: ['Online Safety Policy', 'Roles'],
    });
    expect(doc.blocks[7]).toMatchObject({ kind: 'list-item' });
  });

  it('restarts a list where Word restarts it (a new instance)', async () => {
    const doc = await read(
      await makeDocx([
        clause('First clause of part one.', 0, 1),
        clause('Second clause of part one.', 0, 1),
        new Paragraph('Part two'),
        clause('First clause of part two.', 0, 2),
      ]),
    );
    expect(doc.blocks.filter((b) => b.number).map((b) => b.number)).toEqual(['1.', '2.', '1.']);
  });

  it('reads bullets with their nesting level', async () => {
    const doc = await read(
      await makeDocx([
        new Paragraph('Staff must:'),
        bullet('use strong passwords;'),
        bullet('at least twelve characters', 1),
        bullet('lock screens when away.'),
      ]),
    );
    expect(doc.blocks.slice(1).map((b) => [b.kind, b.level, b.text])).toEqual([
      ['list-item', 0, 'use strong passwords;'],
      ['list-item', 1, 'at least twelve characters'],
      ['list-item', 0, 'lock screens when away.'],
    ]);
  });

  it('reads a table as rows of cells, and tab-separated header lines as fields', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = await read(
      await makeDocx([
        new Paragraph({
          children: [
            new TextRun('Written By'),
            new TextRun({ text: '\tA Teacher' }),
            new TextRun('\tVersion 2'),
            new TextRun('\t01/09/24'),
          ],
        }),
        new Table({
          rows: [
            new TableRow({ children: [cell('Role'), cell('Name')] }),
            new TableRow({ children: [cell('DSL'), cell('Sam Patel')] }),
          ],
        }),
        new Paragraph('The DSL is named above.'),
      ]),
    );
    expect(doc.blocks.map((b) => [b.kind, b.cells ?? b.text])).toEqual([
      ['table-row', ['Written By', 'A Teacher', 'Version 2', '01/09/24']],
      ['table-row', ['Role', 'Name']],
      ['table-row', ['DSL', 'Sam Patel']],
      ['paragraph', 'The DSL is named above.'],
    ]);
    expect(doc.blocks[2]!.text).toBe('DSL\tSam Patel');
  });

  it('leaves out a table of contents', async () => {
    const doc = await read(
      await makeDocx([
        new Paragraph({ text: 'Contents 1\t2', style: 'TOC1' }),
        new Paragraph({ text: 'Scope', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('This policy applies to all staff.'),
      ]),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Scope', 'This policy applies to all staff.']);
  });

  it('gives the same ids when the same document is read twice, and keeps ids of unchanged paragraphs after an edit', async () => {
    const parts = (extra: string) => [
      new Paragraph({ text: 'Scope', heading: HeadingLevel.HEADING_1 }),
      new Paragraph(extra),
      new Paragraph('Staff must report concerns to the DSL.'),
    ];
    const a = await read(await makeDocx(parts('This policy applies to all staff.')));
    const b = await read(await makeDocx(parts('This policy applies to all staff.')));
    const c = await read(await makeDocx(parts('This policy applies to all staff and volunteers.')));
    expect(b.blocks.map((x) => x.id)).toEqual(a.blocks.map((x) => x.id));
    expect(c.blocks[0]!.id).toBe(a.blocks[0]!.id);
    expect(c.blocks[2]!.id).toBe(a.blocks[2]!.id);
    expect(c.blocks[1]!.id).not.toBe(a.blocks[1]!.id);
  });

  it('reads the running header and footer once each: a letterhead first, a footer last, page numbers left out', async () => {
    const { Document, Footer, Header, Packer, PageNumber } = await import('docx');
    const page = () => [new Paragraph({ pageBreakBefore: true, children: [new TextRun('More about staff conduct online.')] })];
    const doc = new Document({
      sections: [
        {
          headers: {
            default: new Header({
              children: [new Paragraph({ children: [new TextRun('Oakfield Church of England Primary School')] })],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({ children: [new TextRun('Social Media Policy\tNext review: September 2026')] }),
                new Paragraph({ children: [new TextRun('Page '), new TextRun({ children: [PageNumber.CURRENT] })] }),
              ],
            }),
          },
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Social Media Policy')] }),
            new Paragraph({ children: [new TextRun('Staff must keep their personal accounts private.')] }),
            ...page(),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const read = await readDocument({ name: 'letterhead.docx', bytes });
    expect(read.blocks.map((b) => b.text)).toEqual([
      'Oakfield Church of England Primary School',
      'Social Media Policy',
      'Staff must keep their personal accounts private.',
      'More about staff conduct online.',
      'Social Media Policy\tNext review: September 2026',
    ]);
  });
});
