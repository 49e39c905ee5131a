// The five seed policies, each as .txt, .docx and .pdf: the same text in the same order whichever form,
// clause numbers kept, headings and heading paths right, Captain Webb's header table readable as fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, StructuredDocument } from '../../src/core/document';
import { readDocument } from '../../src/documents/read';

const SEEDS = join(__dirname, '../../../shared/seeds');
const STEMS = [
  'captain-webb-primary',
  'malcolm-sargent-primary',
  'pippins-preschool',
  'st-alphege-infant',
  'st-marys-infant',
] as const;
const FORMS = ['txt', 'docx', 'pdf'] as const;
type Form = (typeof FORMS)[number];

const docs = new Map<string, StructuredDocument>();
const read = (stem: string, form: Form) => docs.get(`${stem}.${form}`)!;

beforeAll(async () => {
  for (const stem of STEMS) {
    for (const form of FORMS) {
      const name = `${stem}-social-media.${form}`;
      docs.set(
        `${stem}.${form}`,
        await readDocument({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }),
      );
    }
  }
}, 60_000);

/** Words as a reader of the policy sees them: case, quotes and punctuation aside. */
const words = (doc: StructuredDocument) =>
  doc.blocks
    .map((b) => b.text)
    .join(' ')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .split(' ');
const fold = (s: string) => s.replace(/[‘’]/g, "'");
const byText = (doc: StructuredDocument, start: string): Block => {
  const block = doc.blocks.find((b) => fold(b.text).startsWith(start));
  if (!block) throw new Error(`no block starting "${start}"`);
  return block;
};

describe.each(STEMS)('%s', (stem) => {
  it.each(['docx', 'pdf'] as const)('reads the same words in the same order as .txt and .%s', (form) => {
    expect(words(read(stem, form))).toEqual(words(read(stem, 'txt')));
  });

  it.each(['docx', 'pdf'] as const)('keeps the same clause numbers and headings in .txt and .%s', (form) => {
    const numbers = (d: StructuredDocument) => d.blocks.filter((b) => b.number).map((b) => b.number);
    const headings = (d: StructuredDocument) =>
      d.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level} ${fold(b.text)}`);
    expect(numbers(read(stem, form))).toEqual(numbers(read(stem, 'txt')));
    expect(headings(read(stem, form))).toEqual(headings(read(stem, 'txt')));
  });

  it.each(FORMS)('gives every block a unique id, the same on a second read (.%s)', async (form) => {
    const doc = read(stem, form);
    expect(new Set(doc.blocks.map((b) => b.id)).size).toBe(doc.blocks.length);
    const name = `${stem}-social-media.${form}`;
    const again = await readDocument({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) });
    expect(again.blocks.map((b) => b.id)).toEqual(doc.blocks.map((b) => b.id));
  });

  it('gives matching paragraphs the same id and heading path in every form', () => {
    const txt = read(stem, 'txt');
    for (const form of ['docx', 'pdf'] as const) {
      const other = new Map(read(stem, form).blocks.map((b) => [b.id, b]));
      const shared = txt.blocks.filter((b) => other.has(b.id));
      // Nearly every paragraph is the same paragraph in each form (the seeds' Word files joined a few lines).
      expect(shared.length / txt.blocks.length).toBeGreaterThan(0.9);
      for (const b of shared) expect(other.get(b.id)!.headingPath.map(fold)).toEqual(b.headingPath.map(fold));
    }
  });
});

describe('structure of particular seeds', () => {
  it.each(FORMS)('Captain Webb (.%s): running clause numbers 1 to 76 under their headings', (form) => {
    const doc = read('captain-webb-primary', form);
    const clauses = doc.blocks.filter((b) => b.kind === 'paragraph' && b.number && /^\d+\.$/.test(b.number));
    expect(clauses.map((b) => b.number)).toEqual(
      Array.from({ length: clauses.length }, (_, i) => `${i + 1}.`),
    );
    expect(clauses.length).toBeGreaterThan(40);
    expect(byText(doc, 'The widespread availability').headingPath).toEqual([
      'Social Media Policy',
      'Introduction',
    ]);
    expect(byText(doc, 'To minimise the reputational').number).toBe('5.');
    expect(byText(doc, 'To minimise the reputational').headingPath.at(-1)).toBe(
      'Purpose of policy and guidance',
    );
    expect(byText(doc, 'be conscious at all times').number).toBe('a)');
    expect(byText(doc, 'be conscious at all times').kind).toBe('list-item');
  });

  it('Captain Webb (.txt): the tab-separated "Written By / Agreed By" block reads as fields', () => {
    const rows = read('captain-webb-primary', 'txt').blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Written By', 'L Sanderson', 'Version 1.0', '06/09/21'],
      ['Agreed By', 'FGB', '', '17/11/21'],
    ]);
    expect(rows[0]!.text).toBe('Written By\tL Sanderson\tVersion 1.0\t06/09/21');
  });

  it.each(['docx', 'pdf'] as const)(
    'Captain Webb (.%s): the header fields are in one readable line (the seed file has no tabs)',
    (form) => {
      const block = byText(read('captain-webb-primary', form), 'Written By');
      expect(block.text).toBe('Written By L Sanderson Version 1.0 06/09/21 Agreed By FGB 17/11/21');
      expect(block.kind).toBe('paragraph');
    },
  );

  it.each(FORMS)(
    'St Alphege (.%s): numbered sections with lettered and roman items, a sub-section heading',
    (form) => {
      const doc = read('st-alphege-infant', form);
      const aims = byText(doc, 'Policy aims and scope');
      expect(aims).toMatchObject({
        kind: 'heading',
        number: '1.',
        level: 2,
        headingPath: ['Social Media Policy'],
      });
      expect(byText(doc, 'This policy has been written by St Alphege')).toMatchObject({
        kind: 'list-item',
        number: 'a.',
        headingPath: ['Social Media Policy', 'Policy aims and scope'],
      });
      expect(byText(doc, 'As outlined in our child protection policy')).toMatchObject({ number: 'ii.' });
      expect(byText(doc, 'Reputation')).toMatchObject({
        kind: 'heading',
        number: '4.1',
        level: 3,
        headingPath: ['Social Media Policy', 'Staff use of social media'],
      });
      expect(byText(doc, 'St Alphege CE Infant School')).toMatchObject({
        kind: 'paragraph',
        headingPath: [],
      });
      expect(byText(doc, 'Date of next review: September 2023').headingPath).toEqual(['Social Media Policy']);
    },
  );

  it.each(FORMS)(
    'Malcolm Sargent (.%s): conversion residue gone, run-together bullets split, bookmarked headings found',
    (form) => {
      const doc = read('malcolm-sargent-primary', form);
      const all = doc.blocks.map((b) => b.text).join('\n');
      expect(all).not.toMatch(/\[bookmark|\]\(#|·/);
      expect(byText(doc, 'Roles and responsibilities')).toMatchObject({ kind: 'heading' });
      expect(byText(doc, 'Keeping Children Safe in Education 2023')).toMatchObject({
        kind: 'list-item',
        headingPath: ['Legal framework'],
      });
      expect(byText(doc, 'Statement of intent').kind).toBe('heading');
    },
  );

  it.each(FORMS)("St Mary's (.%s): the motto stays a paragraph, the title is the top heading", (form) => {
    const doc = read('st-marys-infant', form);
    expect(doc.blocks[0]).toMatchObject({
      kind: 'paragraph',
      text: 'Together we love to learn and learn to love',
    });
    expect(fold(doc.blocks[1]!.text)).toBe("St. Mary's CE Infant School Social Media Policy");
    expect(doc.blocks[1]!.level).toBe(1);
    expect(byText(doc, 'contravene the Teacher Standards')).toMatchObject({ kind: 'list-item', level: 1 });
  });

  it('PDF blocks carry their page; page counts are the real ones', () => {
    const doc = read('st-alphege-infant', 'pdf');
    expect(doc.pageCount).toBe(7);
    expect(doc.blocks[0]!.page).toBe(1);
    expect(doc.blocks.at(-1)!.page).toBe(7);
  });
});
