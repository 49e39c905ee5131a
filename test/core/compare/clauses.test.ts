import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDocuments, clausesOf, wordDiff } from '../../../src/core/compare/clauses';
import { doc, longPolicy } from './docs';

const model = doc(
  '# Staff use of social media',
  'Staff may use personal social media during their breaks, away from children.',
  'Staff must not accept friend requests from parents or carers on personal accounts.',
  '# Official channels',
  'The official channels are run only by the headteacher and the business manager.',
  'Posts are checked by a second member of staff before they are published.',
  '# Review',
  'This policy is reviewed every year by the governing body.',
);

describe('compareDocuments', () => {
  it('finds nothing different between a document and itself', () => {
    const r = compareDocuments(model, model);
    expect(r.similarity).toBe(1);
    expect(r.rows.every((row) => row.status === 'same')).toBe(true);
    expect(r.counts.same).toBe(8);
  });

  it('marks same, reworded, only in one and moved clauses, in reading order', () => {
    const setting = doc(
      '# Staff use of social media',
      'Staff may use personal social media during their lunch breaks, away from children and out of their sight.',
      'Staff must not accept friend requests from parents or carers on personal accounts.',
      '# Review',
      'This policy is reviewed every year by the governing body.',
      '# Official channels',
      'The official channels are run only by the headteacher and the business manager.',
      'Our nursery also keeps a private parents group, moderated by the manager.',
    );
    const r = compareDocuments(model, setting);
    const byText = (t: string) => r.rows.find((row) => (row.a ?? row.b)!.text.startsWith(t))!;
    expect(byText('Staff must not accept').status).toBe('same');
    const reworded = byText('Staff may use personal');
    expect(reworded.status).toBe('reworded');
    expect(reworded.words!.filter((w) => w.kind === 'added').map((w) => w.text.trim())).toEqual(['lunch', 'and out of their sight']);
    expect(reworded.words!.filter((w) => w.kind === 'removed')).toEqual([]);
    expect(byText('Posts are checked').status).toBe('only_a');
    expect(byText('Our nursery also keeps').status).toBe('only_b');
    // The review section was moved above the official channels: one of the two blocks is out of order.
    const moved = r.rows.filter((row) => row.status === 'moved');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((row) => row.a && row.b && row.a.text === row.b.text)).toBe(true);
    expect(r.similarity).toBeGreaterThan(0.6);
    expect(r.similarity).toBeLessThan(1);
    // Reading order: B's own clause comes after the clause it follows in B.
    const order = r.rows.map((row) => (row.a ?? row.b)!.text.slice(0, 20));
    expect(order.indexOf('Our nursery also kee')).toBeGreaterThan(order.indexOf('The official channels'));
  });

  it('treats two unrelated documents as different', () => {
    const other = doc('Lunchtime supervisors collect the registers at noon.', 'The kitchen is closed on Fridays for cleaning.');
    const r = compareDocuments(model, other);
    expect(r.similarity).toBe(0);
    expect(r.counts.only_a).toBe(8);
    expect(r.counts.only_b).toBe(2);
  });

  it('ignores case, quotes, punctuation and clause numbers', () => {
    const a = doc('Staff don’t share “passwords”.');
    const b = { ...doc("staff don't share 'passwords'"), blocks: [{ ...doc("staff don't share 'passwords'").blocks[0]!, number: '4.2' }] };
    expect(compareDocuments(a, b).rows[0]!.status).toBe('same');
  });

  it('places every clause of both documents exactly once (property)', () => {
    const sentence = fc.constantFrom(
      'Staff report concerns to the DSL.',
      'Parents are asked not to post photographs of other children.',
      'The headteacher approves every official account.',
      'Pupils are taught how to stay safe online.',
      'Passwords are changed when an administrator leaves.',
      'Staff report concerns to the designated safeguarding lead at once.',
      'The governing body reviews this policy every year.',
    );
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.array(sentence, { maxLength: 12 }), (xs, ys) => {
        const a = doc(...xs);
        const b = doc(...ys);
        const r = compareDocuments(a, b);
        const fromA = r.rows.filter((row) => row.a).map((row) => row.a!.index).sort((p, q) => p - q);
        const fromB = r.rows.filter((row) => row.b).map((row) => row.b!.index).sort((p, q) => p - q);
        expect(fromA).toEqual(clausesOf(a).map((c) => c.index));
        expect(fromB).toEqual(clausesOf(b).map((c) => c.index));
        expect(r.similarity).toBeGreaterThanOrEqual(0);
        expect(r.similarity).toBeLessThanOrEqual(1);
        // Symmetric in what it finds in common.
        expect(compareDocuments(b, a).similarity).toBeCloseTo(r.similarity, 10);
      }),
    );
  });

  it('lines up a long policy with its locally edited copy', () => {
    const template = longPolicy('Model', 10, 12);
    const local = longPolicy('Hillside Nursery', 10, 12, 3);
    const r = compareDocuments(template, local);
    const reworded = r.rows.filter((row) => row.status === 'reworded');
    expect(reworded.length).toBeGreaterThan(10);
    for (const row of reworded) {
      expect(row.a!.index).toBe(row.b!.index);
      expect(row.words!.some((w) => w.kind === 'added' && w.text.includes('Hillside Nursery'))).toBe(true);
    }
    expect(r.counts.only_a + r.counts.only_b + r.counts.moved).toBe(0);
  });
});

describe('wordDiff', () => {
  it('highlights the words removed from the first and added in the second', () => {
    expect(wordDiff('Reviewed every three years.', 'Reviewed every year.').parts).toEqual([
      { kind: 'same', text: 'Reviewed every ' },
      { kind: 'removed', text: 'three years' },
      { kind: 'added', text: 'year' },
      { kind: 'same', text: '.' },
    ]);
  });
});
