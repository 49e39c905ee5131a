import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { decodeText, decodeWindows1252, detectEncoding } from '../../../src/documents/csv/decode-text';
import { readDelimitedText } from '../../../src/documents/csv/read-table';
import { csvBytes, toCsv } from '../../../src/documents/csv/write-csv';
import { readXlsxFile } from '../../../src/documents/csv/read-xlsx';
import { makeXlsx } from '../../support/xlsx';

const cp1252 = (text: string) => {
  // Encode the few characters our tests use the way Windows-1252 does.
  const map: Record<string, number> = { '’': 0x92, '‘': 0x91, '€': 0x80, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
};

describe('encodings', () => {
  it('UTF-8 with and without a BOM, UTF-16 both ways, and Windows-1252', () => {
    const name = 'Siân Zoë O’Neill';
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(name)]))).toEqual({
      text: name,
      encoding: 'UTF-8 with BOM',
    });
    expect(decodeText(new TextEncoder().encode(name))).toEqual({ text: name, encoding: 'UTF-8' });
    const le = new Uint8Array(2 + name.length * 2);
    le.set([0xff, 0xfe]);
    [...name].forEach((ch, i) => le.set([ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeText(le)).toEqual({ text: name, encoding: 'UTF-16LE' });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeText(be)).toEqual({ text: name, encoding: 'UTF-16BE' });
    expect(decodeText(cp1252(name))).toEqual({ text: name, encoding: 'Windows-1252' });
  });

  it('Windows-1252 maps 0x80-0x9F to the characters Excel means (not Latin-1 control codes)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x9c]))).toBe('€‘’“”–œ');
    expect(detectEncoding(new Uint8Array([0x48, 0x69]))).toBe('UTF-8');
  });
});

describe('reading delimited text', () => {
  it('keeps each row’s starting line through blank lines, mixed line ends and quoted line breaks', () => {
    const t = readDelimitedText('x.csv', 'a,b\r\n1,"two\nlines"\r\n\r\n  \n3,"x, y"\n4,"say ""hi"""');
    expect(t.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 6, cells: ['3', 'x, y'] },
      { line: 7, cells: ['4', 'say "hi"'] },
    ]);
  });

  it('guesses semicolons and tabs', () => {
    expect(readDelimitedText('x.csv', 'Surname;Forename\nHart;Zoë\n').delimiter).toBe(';');
    expect(readDelimitedText('x.txt', 'Surname\tForename\nHart\tZoë\n').delimiter).toBe('\t');
  });

  it('reports an unterminated quote with its line', () => {
    const t = readDelimitedText('x.csv', 'a,b\n1,2\n3,"open\n5,6\n');
    expect(t.problems[0]).toMatchObject({ line: 3 });
  });

  it('reports progress up to the end', () => {
    const shares: number[] = [];
    readDelimitedText('x.csv', 'a\n'.repeat(10), 'UTF-8', (s) => shares.push(s));
    expect(shares.at(-1)).toBe(1);
  });
});

describe('writing CSV safely', () => {
  it('prefixes anything a spreadsheet would run as a formula, including one followed by a line break', () => {
    const csv = toCsv([
      ['Name', 'Note'],
      ['=HYPERLINK("http://evil.example","x")', '+1'],
      ['-2', '@SUM(A1)'],
      ['\tTab', '\rCR'],
      ['=1+1\nsecond line', 'Zoë, O’Neill'],
    ]);
    const lines = readDelimitedText('out.csv', csv).rows.map((r) => r.cells);
    expect(lines).toEqual([
      ['Name', 'Note'],
      ['\'=HYPERLINK("http://evil.example","x")', "'+1"],
      ["'-2", "'@SUM(A1)"],
      // (the reader turns the carriage return into a line break)
      ["'\tTab", "'\nCR"],
      ["'=1+1\nsecond line", 'Zoë, O’Neill'],
    ]);
    expect(csv).toContain('"\'\rCR"');
  });

  it('property: every cell comes back as written (our exports always start with their header row)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const table = [['Name', 'Setting', 'Course'], ...rows.map((r) => r.map((c) => `x${c}`))];
          const back = readDelimitedText('p.csv', toCsv(table).replace(/\r\n/g, '\n')).rows.map(
            (r) => r.cells,
          );
          expect(back).toEqual(table.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('starts with a BOM so Excel reads UTF-8', () => {
    expect([...csvBytes([['Siân']]).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('reading .xlsx', () => {
  it('reads strings and dates, numbering rows as the spreadsheet does', async () => {
    const bytes = makeXlsx(
      [
        ['Staff list', null],
        [],
        ['Forename', 'Surname', 'Start Date'],
        ['Siân', 'Morgan', { date: '2015-09-01' }],
        ['Zoë', 'O’Neill', '31/02/2023'],
      ],
      0,
    );
    const t = await readXlsxFile('staff.xlsx', bytes);
    expect(t.encoding).toBe('xlsx');
    expect(t.rows).toEqual([
      { line: 1, cells: ['Staff list'] },
      { line: 3, cells: ['Forename', 'Surname', 'Start Date'] },
      { line: 4, cells: ['Siân', 'Morgan', '01/09/2015'] },
      { line: 5, cells: ['Zoë', 'O’Neill', '31/02/2023'] },
    ]);
  });

  it('refuses a zip that is not a workbook, and one that would unpack to hundreds of megabytes, without unpacking it', async () => {
    await expect(readXlsxFile('notes.xlsx', zipSync({ 'a.txt': strToU8('hello') }))).rejects.toThrow(
      'has no workbook inside',
    );
    await expect(readXlsxFile('junk.xlsx', strToU8('not a zip at all, just text'))).rejects.toThrow(
      'is not an Excel workbook',
    );
    const bomb = makeXlsx([['a']], 0, { 'xl/media/huge.xml': new Uint8Array(210 * 1024 * 1024) });
    await expect(readXlsxFile('bomb.xlsx', bomb)).rejects.toThrow('would unpack to');
  });
});
