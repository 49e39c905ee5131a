import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXmlSafe, sanitiseLine, sanitiseText } from '../../../src/core/report/sanitise';
import { reportFileName } from '../../../src/core/report/file-name';

describe('sanitiseText', () => {
  it('drops control characters, keeps tabs and line breaks', () => {
    expect(sanitiseText('Brook\u0000field\u0007 Infant\tSchool\r\nline two\rthree\u0085')).toBe('Brookfield Infant\tSchool\nline two\nthree');
  });

  it('keeps emoji, accents and right-to-left names exactly', () => {
    const text = 'Siân ap Rhys 👩‍👩‍👧 محمد عبدالله אברהם';
    expect(sanitiseText(text)).toBe(text);
  });

  it('drops unpaired surrogates but keeps pairs', () => {
    expect(sanitiseText('a\uD800b\uDC00c\uD83D\uDE00d')).toBe('abc\uD83D\uDE00d');
    expect(sanitiseText('end\uD83D')).toBe('end');
  });

  it('drops bidi overrides that would reorder the rest of a line, and non-characters', () => {
    expect(sanitiseText('Harbour \u202Eweiv\u202C School \u2066x\u2069 \uFFFE\uFFFF')).toBe('Harbour weiv School x ');
  });

  it('gives one clean line for cells and headings', () => {
    expect(sanitiseLine('  Oakridge\n\tPrimary\u0001   School ')).toBe('Oakridge Primary School');
  });

  it('always gives text XML 1.0 accepts, and changes nothing that was already clean', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const clean = sanitiseText(s);
        expect(isXmlSafe(clean)).toBe(true);
        expect(sanitiseText(clean)).toBe(clean);
      }),
      { numRuns: 2000 },
    );
    // Text made only of characters the sanitiser keeps comes back unchanged.
    const kept = (c: number) => c === 0x09 || c === 0x0a || (c >= 0x20 && c < 0x7f) || (c > 0x9f && c < 0xd800 && !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069)) || (c > 0xdfff && c < 0xfffe) || c > 0xffff;
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).filter(kept).map((c) => String.fromCodePoint(c)) }), (s) => {
        expect(sanitiseText(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('reportFileName', () => {
  it('names the file after the report, the meeting and its date', () => {
    expect(reportFileName(['Safeguarding report to governors', 'Autumn term LGB'], '2026-12-02')).toBe('Safeguarding report to governors - Autumn term LGB - 2026-12-02.docx');
  });

  it('leaves out what a file name cannot hold', () => {
    expect(reportFileName(['Report: A/B <test>?', ''], '2026-12-02')).toBe('Report A B test - 2026-12-02.docx');
  });
});
