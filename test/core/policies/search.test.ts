import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDocument, queryTerms, searchDocuments } from '../../../src/core/policies/search';

const docs = [
  {
    id: 'oak',
    text: 'Online Safety Policy\nOakfield Primary School\nStaff must not use personal devices to photograph pupils.',
  },
  {
    id: 'elm',
    text: 'Social Media Policy\nElm Tree Nursery\nPersonal accounts are private. Devices issued by the nursery are monitored.',
  },
  {
    id: 'ash',
    text: 'Behaviour Policy\nAsh Grove Academy\nPupils’ mobile phones are handed in each morning.',
  },
].map(indexDocument);

describe('full-text search', () => {
  it('finds documents holding every word, the whole phrase first', () => {
    const results = searchDocuments(docs, 'personal devices');
    expect(results.map((r) => r.id)).toEqual(['oak', 'elm']);
    const [oak] = results;
    expect(oak!.snippet.slice(...oak!.match!)).toBe('personal devices');
  });
  it('matches parts of words, case and curly quotes aside', () => {
    expect(searchDocuments(docs, "PUPILS' MOBILE").map((r) => r.id)).toEqual(['ash']);
    expect(searchDocuments(docs, 'photograph').map((r) => r.id)).toEqual(['oak']);
  });
  it('ranks a word in the title above one in the text', () => {
    expect(searchDocuments(docs, 'policy').map((r) => r.id).length).toBe(3);
    expect(searchDocuments(docs, 'social')[0]!.id).toBe('elm');
  });
  it('takes "quoted phrases" as one term', () => {
    expect(queryTerms('"mobile phones" handed')).toEqual(['mobile phones', 'handed']);
    expect(searchDocuments(docs, '"phones are handed"').map((r) => r.id)).toEqual(['ash']);
    expect(searchDocuments(docs, '"handed phones"')).toEqual([]);
  });
  it('every result holds every term, and its snippet shows a match (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'policy',
          'personal',
          'devices',
          'pupils',
          'nursery',
          'monitored',
          'staff must',
          'zebra',
        ),
        fc.constantFrom('', 'the', 'are'),
        (a, b) => {
          const query = `${a} ${b}`.trim();
          for (const r of searchDocuments(docs, query)) {
            const doc = docs.find((d) => d.id === r.id)!;
            if (!queryTerms(query).every((t) => doc.folded.includes(t))) return false;
            if (!r.match || r.snippet.slice(...r.match).toLowerCase() === '') return false;
          }
          return true;
        },
      ),
    );
  });
});
