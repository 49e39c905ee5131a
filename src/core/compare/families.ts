// Template families: policies that derive from the same template (a trust model policy, a county
// template), and what each member changed locally.
//
// Grouping has to work for 600 settings, so it does not align every pair of documents. Each document
// becomes a set of four-word shingles, sketched by its smallest hashes (a bottom-k sketch); two
// documents resemble each other by the share of the smaller one's shingles that the larger also has
// (containment, so a setting that added pages of its own still belongs to its template). Documents
// above the threshold are linked; families are the linked groups.
//
// Local differences are then exact: the family's common text is its most typical member's clauses
// that most members share (in the wording most of them use, or else the words they all keep, with
// "…" where each puts its own), and each member is compared clause by clause with it.
import type { Block, StructuredDocument } from '../document';
import { compareDocuments, type ClauseComparison, type ClauseRow } from './clauses';
import { hash32, normaliseWords } from './text';
import { diffWords } from 'diff';

const SHINGLE = 4;

export interface Sketch {
  /** Distinct shingles in the document. */
  size: number;
  /** The smallest shingle hashes, ascending (all of them when the document has fewer than k). */
  bottom: Uint32Array;
}

export function sketchDocument(doc: StructuredDocument, k = 64): Sketch {
  const all = new Set<number>();
  for (const block of doc.blocks) {
    const text = normaliseWords(block.text);
    if (text === '') continue;
    // Each word hashed once; a shingle's hash mixes its four word hashes (no strings built per shingle).
    const w = text.split(' ').map(hash32);
    if (w.length < SHINGLE) {
      all.add(w.reduce((h, x) => mix(h, x), 0x9e3779b9));
      continue;
    }
    for (let i = 0; i + SHINGLE <= w.length; i += 1) all.add(mix(mix(mix(mix(0x9e3779b9, w[i]!), w[i + 1]!), w[i + 2]!), w[i + 3]!));
  }
  const sorted = Uint32Array.from(all).sort();
  return { size: sorted.length, bottom: sorted.slice(0, k) };
}

/** Order-sensitive 32-bit mixing of a hash with the next word's (murmur3's finaliser steps). */
function mix(h: number, x: number): number {
  let m = Math.imul(h ^ x, 0x85ebca6b);
  m ^= m >>> 13;
  m = Math.imul(m, 0xc2b2ae35);
  m ^= m >>> 16;
  return (m + Math.imul(h, 31)) >>> 0;
}

/** Estimated Jaccard resemblance and containment of two sketches (exact when both documents are small). */
export function resemblance(a: Sketch, b: Sketch): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const k = Math.max(a.bottom.length, b.bottom.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < a.bottom.length || j < b.bottom.length)) {
    const x = i < a.bottom.length ? a.bottom[i]! : Infinity;
    const y = j < b.bottom.length ? b.bottom[j]! : Infinity;
    if (x === y) {
      both += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
    taken += 1;
  }
  // A sketch shorter than k holds the whole set; past its end the union's smallest values are unknown.
  const jaccard = taken === 0 ? 0 : both / taken;
  const union = (a.size + b.size) / (1 + jaccard);
  const containment = Math.min(1, (jaccard * union) / Math.min(a.size, b.size));
  return { jaccard, containment };
}

export interface FamilyInput {
  id: string;
  name: string;
  document: StructuredDocument;
}

export interface TemplateFamily {
  /** The most typical member's id (the family's representative). */
  representativeId: string;
  members: { id: string; name: string; resemblance: number }[];
}

export interface FamiliesOptions {
  /** Containment (0..1) above which two documents share a template. Default 0.4. */
  threshold?: number;
  /** Documents with fewer distinct shingles are too short to place in a family. Default 20. */
  minShingles?: number;
  sketchSize?: number;
}

export interface FamiliesResult {
  families: TemplateFamily[];
  /** Documents that share no template with any other. */
  unique: string[];
}

/** Groups documents that derive from the same template. Families of two or more, largest first. */
export function templateFamilies(inputs: readonly FamilyInput[], options: FamiliesOptions = {}): FamiliesResult {
  const threshold = options.threshold ?? 0.4;
  const minShingles = options.minShingles ?? 20;
  const sketches = inputs.map((d) => sketchDocument(d.document, options.sketchSize ?? 64));
  const n = inputs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const jaccard = new Float32Array(n * n);
  for (let i = 0; i < n; i += 1) {
    if (sketches[i]!.size < minShingles) continue;
    for (let j = i + 1; j < n; j += 1) {
      if (sketches[j]!.size < minShingles) continue;
      const r = resemblance(sketches[i]!, sketches[j]!);
      jaccard[i * n + j] = jaccard[j * n + i] = r.jaccard;
      if (r.containment >= threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  const families: TemplateFamily[] = [];
  const unique: string[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) {
      unique.push(inputs[members[0]!]!.id);
      continue;
    }
    // The representative resembles the others most.
    let rep = members[0]!;
    let best = -1;
    for (const i of members) {
      let sum = 0;
      for (const j of members) if (i !== j) sum += jaccard[i * n + j]!;
      if (sum > best) {
        best = sum;
        rep = i;
      }
    }
    families.push({
      representativeId: inputs[rep]!.id,
      members: members
        .map((i) => ({ id: inputs[i]!.id, name: inputs[i]!.name, resemblance: i === rep ? 1 : Math.round(jaccard[rep * n + i]! * 1000) / 1000 }))
        .sort((a, b) => b.resemblance - a.resemblance || a.name.localeCompare(b.name, 'en-GB')),
    });
  }
  families.sort((a, b) => b.members.length - a.members.length || a.members[0]!.name.localeCompare(b.members[0]!.name, 'en-GB'));
  return { families, unique };
}

export interface MemberDrift {
  id: string;
  name: string;
  /** 0..1 similarity to the family's common text. */
  similarity: number;
  /** Clauses that differ from the common text: reworded (local wording), only in the member (local additions), only in the common text (left out), moved. */
  differences: ClauseRow[];
  counts: ClauseComparison['counts'];
}

export interface FamilyDrift {
  representativeId: string;
  /** The family's common text as a document (clause ids `common-N`). */
  common: StructuredDocument;
  /** How many members the common text was worked out from (at most `sample`). */
  basedOn: number;
  members: MemberDrift[];
}

/**
 * The family's common text and each member's local differences from it. `sample` caps how many members
 * the common text is worked out from (evenly spread; default 24), so a family of 300 stays quick.
 */
export function familyDrift(members: readonly FamilyInput[], representativeId: string, options: { sample?: number; memberIds?: readonly string[] } = {}): FamilyDrift {
  const rep = members.find((m) => m.id === representativeId) ?? members[0];
  if (!rep) throw new Error('A template family needs at least one member');
  const others = members.filter((m) => m !== rep);
  const sampleSize = Math.min(others.length, options.sample ?? 24);
  const sampled = Array.from({ length: sampleSize }, (_, k) => others[Math.floor((k * others.length) / sampleSize)]!);
  const total = sampled.length + 1;

  const repDoc: StructuredDocument = rep.document;
  const repBlocks = repDoc.blocks.filter((b) => normaliseWords(b.text) !== '');
  const variants: string[][] = repBlocks.map((b) => [b.text]);
  for (const other of sampled) {
    const cmp = compareDocuments(rep.document, other.document, { highlights: false });
    for (const row of cmp.rows) if (row.a && row.b) variants[row.a.index]!.push(row.b.text);
  }
  const blocks: Block[] = [];
  repBlocks.forEach((b, i) => {
    const v = variants[i]!;
    if (v.length * 2 <= total) return;
    const text = commonWording(v, total);
    if (normaliseWords(text) === '') return;
    const block: Block = { id: `common-${blocks.length + 1}`, kind: b.kind, text, headingPath: b.headingPath };
    if (b.number !== undefined) block.number = b.number;
    if (b.level !== undefined) block.level = b.level;
    blocks.push(block);
  });
  const common: StructuredDocument = { format: repDoc.format, blocks, warnings: [] };
  const wanted = options.memberIds ? new Set(options.memberIds) : null;
  return {
    representativeId: rep.id,
    common,
    basedOn: total,
    members: members
      .filter((m) => !wanted || wanted.has(m.id))
      .map((m) => {
        const cmp = compareDocuments(common, m.document);
        // The common text's "…" marks where members put their own words: not a word the member removed.
        const differences = cmp.rows
          .filter((r) => r.status !== 'same')
          .map((r) => (r.words ? { ...r, words: r.words.filter((w) => !(w.kind === 'removed' && /^[\s…]*$/.test(w.text))) } : r));
        return { id: m.id, name: m.name, similarity: cmp.similarity, differences, counts: cmp.counts };
      }),
  };
}

/** The wording most members use; when no wording is shared by most, the words all keep, with "…" where they differ. */
function commonWording(variants: string[], total: number): string {
  const counts = new Map<string, { text: string; n: number }>();
  for (const v of variants) {
    const key = normaliseWords(v);
    const c = counts.get(key);
    if (c) c.n += 1;
    else counts.set(key, { text: v, n: 1 });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0]!;
  if (top.n * 2 > total) return top.text;
  let common = variants[0]!;
  for (const v of variants.slice(1)) {
    let out = '';
    let gap = false;
    for (const part of diffWords(common, v)) {
      if (part.added || part.removed) {
        gap = true;
        continue;
      }
      if (gap) out = out === '' ? '… ' : `${out.trimEnd()} … `;
      gap = false;
      out += part.value;
    }
    if (gap) out = `${out.trimEnd()} …`;
    common = out.replace(/\s+/g, ' ').replace(/(?:…\s*){2,}/g, '… ').trim();
  }
  return common;
}
