// Plain text in every encoding people's computers save it in, Markdown, and HTML that must never run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocument } from '../../src/documents/read';
import { detectEncoding } from '../../src/documents/readers/text';

const POLICY =
  'Behaviour Policy\n\nReviewed: September 2024 – by the governors’ committee\n\n1. Pupils are expected to behave well.\n2. Staff record incidents.\n';

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** Windows-1252 for the characters used here. */
function encode1252(text: string): Uint8Array {
  const special: Record<string, number> = { '–': 0x96, '’': 0x92, '£': 0xa3, é: 0xe9 };
  return new Uint8Array([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

const texts = async (name: string, bytes: Uint8Array) =>
  (await readDocument({ name, bytes })).blocks.map((b) => (b.number ? `${b.number} ${b.text}` : b.text));
const EXPECTED = [
  'Behaviour Policy',
  'Reviewed: September 2024 – by the governors’ committee',
  '1. Pupils are expected to behave well.',
  '2. Staff record incidents.',
];

describe('text encodings', () => {
  it('UTF-8 without a byte-order mark', async () => {
    expect(await texts('b.txt', new TextEncoder().encode(POLICY))).toEqual(EXPECTED);
  });
  it('UTF-8 with a byte-order mark (the mark is not text)', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(POLICY)]);
    expect(await texts('b.txt', bytes)).toEqual(EXPECTED);
  });
  it.each([
    ['UTF-16 little-endian with a mark', true, true],
    ['UTF-16 big-endian with a mark', false, true],
    ['UTF-16 little-endian without a mark', true, false],
  ])('%s', async (_, le, bom) => {
    expect(await texts('b.txt', encodeUtf16(POLICY, le, bom))).toEqual(EXPECTED);
  });
  it('Windows-1252 is detected and decoded (curly quotes, dashes, pounds)', async () => {
    const doc = await readDocument({
      name: 'old.txt',
      bytes: encode1252(`${POLICY}Fines of £5 for café damage.\n`),
    });
    expect(doc.blocks.map((b) => b.text)).toContain('Reviewed: September 2024 – by the governors’ committee');
    expect(doc.blocks.at(-1)!.text).toBe('Fines of £5 for café damage.');
    expect(doc.warnings).toContain('Read as Windows-1252 text (not UTF-8)');
  });
  it('any valid UTF-8 text decodes to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (s) => {
        const bytes = new TextEncoder().encode(s);
        const { encoding } = detectEncoding(bytes);
        return encoding === 'utf-8' || encoding.startsWith('utf-16');
      }),
    );
  });
});

describe('plain text structure', () => {
  it('removes conversion residue and keeps the link text', async () => {
    const doc = await readDocument({
      name: 'p.txt',
      bytes: new TextEncoder().encode(
        "[bookmark: _Scope]Scope\nWe follow '[Keeping Children Safe in Education](#)' 2024.\n",
      ),
    });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Scope'],
      ['paragraph', "We follow 'Keeping Children Safe in Education' 2024."],
    ]);
  });
  it('reads hand-typed bullets with nesting by indentation, and joins hard-wrapped lines', async () => {
    const doc = await readDocument({
      name: 'p.txt',
      bytes: new TextEncoder().encode(
        'Staff must not share personal details with pupils\nor their families.\n- use school accounts\n  - never personal ones\n· report concerns\n',
      ),
    });
    expect(doc.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['paragraph', null, 'Staff must not share personal details with pupils or their families.'],
      ['list-item', 0, 'use school accounts'],
      ['list-item', 1, 'never personal ones'],
      ['list-item', 0, 'report concerns'],
    ]);
  });
  it('does not take a year at the start of a line for a clause number', async () => {
    const doc = await readDocument({
      name: 'p.txt',
      bytes: new TextEncoder().encode('The policy was adopted in\n2021 and is reviewed yearly.\n'),
    });
    expect(doc.blocks.every((b) => b.number === undefined)).toBe(true);
  });
});

describe('Markdown', () => {
  it('reads headings, lists, tables and joined prose', async () => {
    const md =
      '# Acceptable Use Policy\n\n## Scope\n\nThis policy covers\nall school devices.\n\n1. Pupils use **their own** login.\n2. Staff lock screens.\n\n- No personal email\n\n| Role | Name |\n|---|---|\n| DSL | Ana Cruz |\n';
    const doc = await readDocument({ name: 'aup.md', bytes: new TextEncoder().encode(md) });
    expect(doc.format).toBe('md');
    expect(doc.blocks.map((b) => [b.kind, b.number ?? '', b.cells ?? b.text])).toEqual([
      ['heading', '', 'Acceptable Use Policy'],
      ['heading', '', 'Scope'],
      ['paragraph', '', 'This policy covers all school devices.'],
      ['paragraph', '1.', 'Pupils use their own login.'],
      ['paragraph', '2.', 'Staff lock screens.'],
      ['list-item', '', 'No personal email'],
      ['table-row', '', ['Role', 'Name']],
      ['table-row', '', ['DSL', 'Ana Cruz']],
    ]);
    expect(doc.blocks[3]!.headingPath).toEqual(['Acceptable Use Policy', 'Scope']);
  });
});

describe('HTML', () => {
  it('never runs or keeps scripts, styles or event handlers', async () => {
    const html = `<html><head><style>p{color:red}</style><script>window.pwned=1</script></head>
      <body onload="alert('x')"><h1>E-Safety Policy</h1><noscript>Enable JS</noscript>
      <p>Filtering is <b>always</b> on.<img src=x onerror="alert(2)"></p>
      <iframe src="https://evil.example"></iframe><svg><script>alert(3)</script><text>svg text</text></svg>
      <ul><li>Report <a href="javascript:alert(4)">concerns</a></li></ul><script src="https://evil.example/x.js"></script></body></html>`;
    const doc = await readDocument({ name: 'esafety.html', bytes: new TextEncoder().encode(html) });
    const all = JSON.stringify(doc);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'E-Safety Policy',
      'Filtering is always on.',
      'Report concerns',
    ]);
    for (const bad of ['alert', 'pwned', 'color:red', 'evil', 'javascript', 'Enable JS', 'svg text'])
      expect(all).not.toContain(bad);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
  it('numbers ordered lists from their start and reads tables', async () => {
    const html =
      '<h2>Leads</h2><ol start="3"><li>The DSL is <em>Jo Bell</em>.</li><li>The deputy is Raj Singh.</li></ol><table><tr><th>Role</th><th>Name</th></tr><tr><td>DSL</td><td><p>Jo</p><p>Bell</p></td></tr></table>';
    const doc = await readDocument({ name: 'leads.htm', bytes: new TextEncoder().encode(html) });
    expect(doc.blocks.map((b) => [b.kind, b.number ?? '', b.cells ?? b.text])).toEqual([
      ['heading', '', 'Leads'],
      ['paragraph', '3.', 'The DSL is Jo Bell.'],
      ['paragraph', '4.', 'The deputy is Raj Singh.'],
      ['table-row', '', ['Role', 'Name']],
      ['table-row', '', ['DSL', 'Jo Bell']],
    ]);
  });
});

describe('bullets from symbol fonts', () => {
  it('reads U+F0B7 bullets (Symbol font, as PDFs and old Word files give them), one per line or run together', async () => {
    const doc = await readDocument({
      name: 'links.txt',
      bytes: new TextEncoder().encode(
        'Linked policies:\n\uf0b7 Online Safety Policy \uf0b7 Behaviour Policy\n\uf0b7\tAnti-bullying Policy\n',
      ),
    });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Linked policies:'],
      ['list-item', 'Online Safety Policy'],
      ['list-item', 'Behaviour Policy'],
      ['list-item', 'Anti-bullying Policy'],
    ]);
  });
});
