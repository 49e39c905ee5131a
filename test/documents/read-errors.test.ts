// Bad input: every file that cannot be read gets a DocumentError naming the file and the problem.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { DocumentError, readDocument } from '../../src/documents/read';
import { makePdf, flowPage } from './fixtures/pdf';
import { makeDocx, Paragraph } from './fixtures/docx';

async function failure(name: string, bytes: Uint8Array, limits = {}): Promise<DocumentError> {
  try {
    await readDocument({ name, bytes }, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error(`${name} was read without an error`);
}

const policyDocx = () =>
  makeDocx([
    new Paragraph({ text: 'Online Safety Policy' }),
    new Paragraph({ text: 'Staff must report concerns to the DSL.' }),
  ]);

describe('bad input', () => {
  it('an empty file', async () => {
    const e = await failure('Empty.docx', new Uint8Array());
    expect(e.message).toBe("'Empty.docx' is empty (0 bytes): there is nothing to read");
  });

  it('a file over the size limit, refused before parsing', async () => {
    const bytes = new TextEncoder().encode('Policy text. '.repeat(200_000));
    const e = await failure('Huge policy.txt', bytes, { maxBytes: 1024 * 1024 });
    expect(e.message).toMatch(/^'Huge policy\.txt' is 2\.5 MB, larger than the 1 MB limit/);
  });

  it('a corrupt .docx (cut short)', async () => {
    const bytes = await policyDocx();
    const e = await failure('Behaviour policy.docx', bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(e.message).toMatch(/^'Behaviour policy\.docx' is not a readable Word document: it is damaged/);
  });

  it('a corrupt .docx (garbled inside)', async () => {
    const bytes = await policyDocx();
    const broken = bytes.slice();
    // Scribble over the compressed data of the first entry, leaving the directory intact.
    for (let i = 60; i < 400 && i < broken.length; i += 1) broken[i] = (broken[i]! * 7 + 13) & 0xff;
    const e = await failure('Garbled.docx', broken);
    expect(e.message).toMatch(/^'Garbled\.docx' is not a readable Word document/);
  });

  it('a password-protected .docx (an encrypted OLE package)', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptionInfo';
    for (let i = 0; i < name.length; i += 1) bytes[1024 + i * 2] = name.charCodeAt(i);
    const e = await failure('Child protection.docx', bytes);
    expect(e.message).toMatch(/^'Child protection\.docx' is password-protected/);
    expect(e.message).toContain('Remove the password');
  });

  it('an old Word 97-2003 file named .docx', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await failure('Old policy.docx', bytes);
    expect(e.message).toMatch(/Word 97-2003 document \(\.doc\)/);
  });

  it('a zip bomb: declared sizes over the cap are refused before inflating', async () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    const bytes = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': big },
      { level: 9 },
    );
    expect(bytes.length).toBeLessThan(64 * 1024);
    const e = await failure('Tiny.docx', bytes, { maxUnzippedBytes: 1024 * 1024 });
    expect(e.message).toMatch(/^'Tiny\.docx' would expand to 5 MB, more than the 1 MB limit .*zip bomb/);
  });

  it('a zip bomb whose directory lies about the size is stopped while inflating', async () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    const bytes = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': big },
      { level: 9 },
    );
    // Rewrite the declared (uncompressed) size of word/document.xml in the central directory to 1 KB.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i >= 0; i -= 1) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const entryName = new TextDecoder().decode(bytes.subarray(i + 46, i + 46 + nameLength));
      if (entryName === 'word/document.xml') view.setUint32(i + 24, 1024, true);
    }
    const e = await failure('Liar.docx', bytes, { maxUnzippedBytes: 1024 * 1024 });
    expect(e.message).toMatch(
      /^'Liar\.docx' is not a readable Word document: part "word\/document\.xml" holds more than its zip directory declares/,
    );
  });

  it('a zip that is not a Word document', async () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    });
    const e = await failure('Staff list.docx', bytes);
    expect(e.message).toBe("'Staff list.docx' is not a Word document: it is an Excel workbook");
  });

  it('a PDF with no text layer (a scan)', async () => {
    const e = await failure('Scanned policy.pdf', makePdf([[], []]));
    expect(e.message).toMatch(
      /^'Scanned policy\.pdf' is a scanned PDF with no text layer: scanned; no text to read/,
    );
  });

  it('an encrypted PDF', async () => {
    const e = await failure(
      'Locked.pdf',
      makePdf([flowPage([{ text: 'Safeguarding policy' }])], { encrypted: true }),
    );
    expect(e.message).toMatch(/^'Locked\.pdf' is a password-protected \(encrypted\) PDF/);
  });

  it('a damaged PDF', async () => {
    const e = await failure(
      'Broken.pdf',
      new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF'),
    );
    expect(e.message).toMatch(/^'Broken\.pdf' is not a readable PDF/);
  });

  it('binary junk with a text extension', async () => {
    const junk = new Uint8Array(4000).map((_, i) => (i * 131 + 7) % 256);
    const e = await failure('Notes.txt', junk);
    expect(e.message).toMatch(/^'Notes\.txt' is not a text document: it contains binary data/);
  });

  it('an image with a document name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const e = await failure('Policy.pdf', png);
    expect(e.message).toBe("'Policy.pdf' is not a policy document: it is a PNG image");
  });

  it('a text file of only blank lines', async () => {
    const e = await failure('Blank.txt', new TextEncoder().encode('\n\n   \n\t\n'));
    expect(e.message).toBe("'Blank.txt' has no text to read");
  });
});

describe('a file whose extension lies is read by what it is, and says so', () => {
  it('a PDF named .docx', async () => {
    const bytes = makePdf([
      flowPage([{ text: 'Acceptable Use Policy', size: 18 }, { text: 'Pupils must not share passwords.' }]),
    ]);
    const doc = await readDocument({ name: 'AUP.docx', bytes });
    expect(doc.format).toBe('pdf');
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Acceptable Use Policy',
      'Pupils must not share passwords.',
    ]);
    expect(doc.warnings).toContain(
      "'AUP.docx' is named as a Word document but is a PDF; it was read as a PDF",
    );
  });

  it('an HTML page named .txt: read as HTML, tags and scripts gone', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head><body><h1>Mobile Phone Policy</h1><p onclick="steal()">Phones stay in lockers.</p></body></html>';
    const doc = await readDocument({ name: 'phones.txt', bytes: new TextEncoder().encode(html) });
    expect(doc.format).toBe('html');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Mobile Phone Policy', 'Phones stay in lockers.']);
    expect(doc.warnings[0]).toMatch(/named as a text file but is a web page/);
  });

  it('a Word document named .txt', async () => {
    const doc = await readDocument({ name: 'policy.txt', bytes: await policyDocx() });
    expect(doc.format).toBe('docx');
    expect(doc.blocks.map((b) => b.text)).toContain('Staff must report concerns to the DSL.');
  });
});
