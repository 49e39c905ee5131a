// Full-text search over policies' texts: every word (or "quoted phrase") of the query must occur; a
// phrase found whole, words in the title and repeated words rank higher. A plain scan: at 3,000
// documents it takes milliseconds, and it finds parts of words ("safeguard" finds "safeguarding").

export interface SearchDocument {
  id: string;
  text: string;
}

export interface IndexedDocument {
  id: string;
  text: string;
  /** The text folded (lower case, straight quotes): the same length as `text`, so positions carry over. */
  folded: string;
  /** The first line (the title), folded. */
  title: string;
}

export interface SearchResult {
  id: string;
  score: number;
  /** Text around the best match, with `match` marking the matched words in it. */
  snippet: string;
  match: [number, number] | null;
}

export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"');
}

export function indexDocument(doc: SearchDocument): IndexedDocument {
  const folded = foldForSearch(doc.text);
  const end = folded.indexOf('\n');
  return { id: doc.id, text: doc.text, folded, title: end < 0 ? folded : folded.slice(0, end) };
}

/** Words and "quoted phrases" of a query, folded like the texts. */
export function queryTerms(query: string): string[] {
  const out: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  const folded = foldForSearch(query);
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const t = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (t) out.push(t);
  }
  return out;
}

function snippetAt(
  doc: IndexedDocument,
  at: number,
  length: number,
): Pick<SearchResult, 'snippet' | 'match'> {
  const from = Math.max(0, at - 70);
  const to = Math.min(doc.text.length, at + length + 110);
  const lead = from > 0 ? '…' : '';
  const before = doc.text.slice(from, at).replace(/\s+/g, ' ');
  const hit = doc.text.slice(at, at + length).replace(/\s+/g, ' ');
  const after = doc.text.slice(at + length, to).replace(/\s+/g, ' ');
  const start = lead.length + before.length;
  return {
    snippet: `${lead}${before}${hit}${after}${to < doc.text.length ? '…' : ''}`,
    match: [start, start + hit.length],
  };
}

export function searchDocuments(docs: Iterable<IndexedDocument>, query: string): SearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const phrase = terms.length > 1 ? terms.join(' ') : null;
  const results: SearchResult[] = [];
  for (const doc of docs) {
    let score = 0;
    let best = -1;
    let bestLength = 0;
    let all = true;
    for (const term of terms) {
      const at = doc.folded.indexOf(term);
      if (at < 0) {
        all = false;
        break;
      }
      if (best < 0) {
        best = at;
        bestLength = term.length;
      }
      let n = 0;
      for (let p = at; p >= 0 && n < 5; p = doc.folded.indexOf(term, p + term.length)) n += 1;
      score += n + (doc.title.includes(term) ? 10 : 0);
    }
    if (!all) continue;
    if (phrase) {
      const at = doc.folded.indexOf(phrase);
      if (at >= 0) {
        score += 20;
        best = at;
        bestLength = phrase.length;
      }
    }
    results.push({ id: doc.id, score, ...snippetAt(doc, best, bestLength) });
  }
  return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
