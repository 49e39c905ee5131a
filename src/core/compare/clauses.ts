// Clause-by-clause comparison of two structured documents: the engine behind "compare two settings",
// "compare with the model policy", template drift and "what changed between two versions".
//
// How it aligns: every block with words is a clause. Clauses with the same normalised wording pair up
// first; the rest pair by shared words (Dice on word sets, found through an inverted index so a 25-page
// pair stays fast), best pairs first. Pairs that keep their relative order are the longest increasing
// run of positions; paired clauses outside it have moved. Reworded pairs get word-level highlights from
// jsdiff. Overall similarity is the share of words the two documents have in common:
// 2 × shared words / (words in A + words in B).
import { diffWords } from 'diff';
import type { Block, StructuredDocument } from '../document';
import { STOP_WORDS, normaliseWords } from './text';

export type ClauseStatus = 'same' | 'reworded' | 'moved' | 'only_a' | 'only_b';

export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, string> = {
  same: 'Same',
  reworded: 'Reworded',
  moved: 'Moved',
  only_a: 'Only in the first',
  only_b: 'Only in the second',
};

export interface ClauseRef {
  blockId: string;
  /** Position among the document's clauses (0-based). */
  index: number;
  text: string;
  number?: string;
  kind: Block['kind'];
  headingPath: string[];
}

export type WordPart = { kind: 'same' | 'removed' | 'added'; text: string };

export interface ClauseRow {
  status: ClauseStatus;
  a?: ClauseRef;
  b?: ClauseRef;
  /** 0..1 word overlap of the pair (1 for same, 0 for a clause in one document only). */
  similarity: number;
  /** A moved clause whose wording also changed. */
  reworded?: boolean;
  /** Word-level highlights for reworded (or moved and reworded) pairs: removed words are A's, added are B's. */
  words?: WordPart[];
}

export interface ClauseComparison {
  rows: ClauseRow[];
  /** 0..1: 2 × words in common / (words in A + words in B). */
  similarity: number;
  counts: Record<ClauseStatus, number>;
  wordsA: number;
  wordsB: number;
}

export interface CompareOptions {
  /** Minimum word overlap (Dice, 0..1) for two different clauses to count as one reworded clause. Default 0.5. */
  minPairSimilarity?: number;
  /** Compute word-level highlights (default true). Template grouping turns them off for speed. */
  highlights?: boolean;
}

interface Clause extends ClauseRef {
  key: string;
  tokens: string[];
  /** Distinct tokens, for the Dice score. */
  set: Set<string>;
}

/** The clauses of a document: every block with words, in reading order. */
export function clausesOf(doc: StructuredDocument): ClauseRef[] {
  return prepare(doc).map(({ blockId, index, text, number, kind, headingPath }) => ({ blockId, index, text, number, kind, headingPath }));
}

function prepare(doc: StructuredDocument): Clause[] {
  const out: Clause[] = [];
  for (const block of doc.blocks) {
    const key = normaliseWords(block.text);
    if (key === '') continue;
    const tokens = key.split(' ');
    const ref: Clause = { blockId: block.id, index: out.length, text: block.text, kind: block.kind, headingPath: block.headingPath, key, tokens, set: new Set(tokens) };
    if (block.number !== undefined) ref.number = block.number;
    out.push(ref);
  }
  return out;
}

function dice(a: Clause, b: Clause): number {
  let shared = 0;
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  for (const t of small) if (large.has(t)) shared += 1;
  return (2 * shared) / (a.set.size + b.set.size);
}

/** Pairs A's clauses with B's: identical wording first, then the most similar remaining pairs. */
function pairClauses(a: Clause[], b: Clause[], minSimilarity: number): { pairOfA: Int32Array; scoreOfA: Float64Array } {
  const pairOfA = new Int32Array(a.length).fill(-1);
  const pairOfB = new Int32Array(b.length).fill(-1);
  const scoreOfA = new Float64Array(a.length);

  // 1. Identical wording, k-th occurrence to k-th occurrence.
  const byKey = new Map<string, number[]>();
  b.forEach((c, j) => {
    const list = byKey.get(c.key);
    if (list) list.push(j);
    else byKey.set(c.key, [j]);
  });
  const used = new Map<string, number>();
  a.forEach((c, i) => {
    const list = byKey.get(c.key);
    if (!list) return;
    const k = used.get(c.key) ?? 0;
    if (k < list.length) {
      pairOfA[i] = list[k]!;
      pairOfB[list[k]!] = i;
      scoreOfA[i] = 1;
      used.set(c.key, k + 1);
    }
  });

  // 2. Similar wording: candidates share at least one word that is not a stop word.
  const postings = new Map<string, number[]>();
  b.forEach((c, j) => {
    if (pairOfB[j] !== -1) return;
    for (const t of c.set) {
      if (STOP_WORDS.has(t)) continue;
      const list = postings.get(t);
      if (list) list.push(j);
      else postings.set(t, [j]);
    }
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  const seen = new Int32Array(b.length).fill(-1);
  a.forEach((c, i) => {
    if (pairOfA[i] !== -1) return;
    for (const t of c.set) {
      const list = postings.get(t);
      if (!list) continue;
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        // Cheap bound first: Dice can be at most 2·min/(sum) of the set sizes.
        const sa = c.set.size;
        const sb = b[j]!.set.size;
        if ((2 * Math.min(sa, sb)) / (sa + sb) < minSimilarity) continue;
        const score = dice(c, b[j]!);
        if (score >= minSimilarity) candidates.push({ i, j, score });
      }
    }
  });
  // Best pairs first; between equals, the pair closest in relative position (the same place in both).
  const rel = (i: number, j: number) => Math.abs(i / Math.max(1, a.length) - j / Math.max(1, b.length));
  candidates.sort((x, y) => y.score - x.score || rel(x.i, x.j) - rel(y.i, y.j));
  for (const { i, j, score } of candidates) {
    if (pairOfA[i] !== -1 || pairOfB[j] !== -1) continue;
    pairOfA[i] = j;
    pairOfB[j] = i;
    scoreOfA[i] = score;
  }
  return { pairOfA, scoreOfA };
}

/** Indices (into `seq`) of one longest strictly increasing subsequence: O(n log n). */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(seq.length).fill(-1);
  for (let k = 0; k < seq.length; k += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const keep = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k]!;
  }
  return keep;
}

function strip(c: Clause): ClauseRef {
  const ref: ClauseRef = { blockId: c.blockId, index: c.index, text: c.text, kind: c.kind, headingPath: c.headingPath };
  if (c.number !== undefined) ref.number = c.number;
  return ref;
}

/** Word-level highlights of a reworded pair (jsdiff): removed parts are A's words, added parts B's. */
export function wordDiff(a: string, b: string): { parts: WordPart[] } {
  const parts: WordPart[] = [];
  for (const change of diffWords(a, b)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return { parts };
}

/** Words a reworded pair shares, in order: the longest common subsequence of their normalised words. */
function sharedWordCount(a: string[], b: string[]): number {
  // Two rows of the LCS table; clauses are short, so this is cheap.
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Compares two documents clause by clause. `a` is the first (the older version, or the model policy),
 * `b` the second. Rows come in reading order: A's order, with B's own clauses placed where they stand.
 */
export function compareDocuments(docA: StructuredDocument, docB: StructuredDocument, options: CompareOptions = {}): ClauseComparison {
  const minSimilarity = options.minPairSimilarity ?? 0.5;
  const highlights = options.highlights ?? true;
  const a = prepare(docA);
  const b = prepare(docB);
  const { pairOfA, scoreOfA } = pairClauses(a, b, minSimilarity);

  // Which pairs keep their order.
  const pairedA: number[] = [];
  for (let i = 0; i < a.length; i += 1) if (pairOfA[i] !== -1) pairedA.push(i);
  const inOrder = new Set([...longestIncreasing(pairedA.map((i) => pairOfA[i]!))].map((k) => pairedA[k]!));

  const rows: ClauseRow[] = [];
  const emittedB = new Uint8Array(b.length);
  let nextB = 0;
  let shared = 0;
  const emitOnlyBUpTo = (limit: number) => {
    for (; nextB < limit; nextB += 1) {
      if (emittedB[nextB] || isPairedB(nextB)) continue;
      emittedB[nextB] = 1;
      rows.push({ status: 'only_b', b: strip(b[nextB]!), similarity: 0 });
    }
  };
  const pairedB = new Uint8Array(b.length);
  for (const i of pairedA) pairedB[pairOfA[i]!] = 1;
  function isPairedB(j: number): boolean {
    return pairedB[j] === 1;
  }

  for (let i = 0; i < a.length; i += 1) {
    const j = pairOfA[i]!;
    if (j === -1) {
      rows.push({ status: 'only_a', a: strip(a[i]!), similarity: 0 });
      continue;
    }
    const ordered = inOrder.has(i);
    if (ordered) emitOnlyBUpTo(j);
    emittedB[j] = 1;
    const ca = a[i]!;
    const cb = b[j]!;
    const identical = ca.key === cb.key;
    const row: ClauseRow = { status: ordered ? (identical ? 'same' : 'reworded') : 'moved', a: strip(ca), b: strip(cb), similarity: identical ? 1 : scoreOfA[i]! };
    if (identical) shared += ca.tokens.length;
    else {
      if (!ordered) row.reworded = true;
      if (highlights) row.words = wordDiff(ca.text, cb.text).parts;
      // Counted on normalised words, so quotes, case and punctuation never lower the similarity.
      shared += sharedWordCount(ca.tokens, cb.tokens);
    }
    rows.push(row);
  }
  emitOnlyBUpTo(b.length);

  const wordsA = a.reduce((n, c) => n + c.tokens.length, 0);
  const wordsB = b.reduce((n, c) => n + c.tokens.length, 0);
  const counts: Record<ClauseStatus, number> = { same: 0, reworded: 0, moved: 0, only_a: 0, only_b: 0 };
  for (const r of rows) counts[r.status] += 1;
  const similarity = wordsA + wordsB === 0 ? 1 : Math.min(1, (2 * shared) / (wordsA + wordsB));
  return { rows, similarity, counts, wordsA, wordsB };
}
