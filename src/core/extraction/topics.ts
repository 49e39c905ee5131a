// Which topics of the trust's framework a policy covers, with the passages that show it. Each topic has
// phrases (configurable, in the framework; the syntax is in topic-phrases.ts). A passage under a heading
// that names the topic, or a phrase, is evidence; a weak phrase ("~report") needs support: a topic with
// only weak evidence counts as covered from three places, and fewer is "partly".
//
// Words that only name something else are not evidence: "Data Protection Policy", "the Data Protection
// Officer" and "the Data Protection Act 2018" say nothing about how the setting protects data, and a
// section that lists the legislation or the related policies names subjects without covering them.
import type { TopicFramework } from '../config';
import type { Block, SourceSpan } from '../document';
import { sentenceAt, tokenise, type Token } from './text';
import { GAP_WORDS, PREFIX_KEY, stem, topicMatcher, type Phrase, type TopicMatcher } from './topic-phrases';
import type { TopicEvidence } from './types';

export { stem, topicMatcher, type TopicMatcher } from './topic-phrases';

interface Hit {
  topicId: string;
  block: Block;
  start: number;
  end: number;
  weight: number;
}

/** Words that make the words before them the name of a document, a law or a post. */
const NAME_TAILS = new Set(['policy', 'officer', 'act', 'regulation', 'procedure', 'lead', 'guidance', 'handbook']);
/** Small words inside such names ("Mobile Phone and Camera Policy", "Code of Conduct"). */
const NAME_JOINERS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to']);

/**
 * Sections that only list other documents: what the policy rests on, or should be read with. A heading
 * of its own line, so "Guidance for staff on personal use" is not one.
 */
const REFERENCE_SECTION =
  /^(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:the\s+)?legislation(?:\s+and\s+(?:statutory\s+)?guidance)?|(?:legal|statutory)\s+framework|(?:relevant\s+|statutory\s+|further\s+|national\s+)?guidance(?:\s+and\s+legislation)?|(?:related|linked|associated|other)\s+(?:policies|documents|documentation)(?:\s+and\s+guidance)?|links?\s+(?:with|to)\s+other\s+policies|references)\s*:?$/i;

/** A paragraph that introduces a list of policies or procedures. */
const POLICY_LEAD_IN = /\b(?:polic(?:y|ies)|procedures|documents)\b[^:]*:\s*$/i;

/** A heading that names a topic is strong evidence; one that only shares a weak word ("Monitoring arrangements") is not. */
function headingWeight(heading: boolean, weight: number): number {
  if (!heading) return weight;
  return weight >= 1 ? 1.5 : 0.75;
}

class BlockText {
  readonly raw: Token[];
  readonly toks: string[];
  private breaks: boolean[] | null = null;
  constructor(readonly text: string) {
    this.raw = tokenise(text);
    this.toks = this.raw.map((t) => stem(t.norm));
  }

  /** Whether a sentence or clause ends between word `j` and the next. */
  breakAfter(j: number): boolean {
    if (!this.breaks) {
      const b: boolean[] = [];
      for (let k = 0; k + 1 < this.raw.length; k += 1) b.push(/[.;!?]/.test(this.text.slice(this.raw[k]!.end, this.raw[k + 1]!.start)));
      this.breaks = b;
    }
    return this.breaks[j] ?? true;
  }

  fits(p: Phrase, k: number, j: number): boolean {
    const want = p.tokens[k]!;
    if (want.kind === 'word') return this.toks[j] === want.value;
    if (want.kind === 'prefix') return this.raw[j]!.norm.startsWith(want.value);
    return want.kind === 'number' && /^\d+$/.test(this.raw[j]!.norm);
  }

  /** Where a phrase matched from its token `k` at word `j` ends (exclusive), or -1. */
  matchFrom(p: Phrase, k: number, j: number): number {
    if (k === p.tokens.length) return j;
    if (p.tokens[k]!.kind === 'gap') {
      for (let g = 0; g <= GAP_WORDS; g += 1) {
        const at = j + g;
        if (at >= this.raw.length) return -1;
        if (this.fits(p, k + 1, at)) {
          const end = this.matchFrom(p, k + 2, at + 1);
          if (end >= 0) return end;
        }
        if (this.breakAfter(at)) return -1;
      }
      return -1;
    }
    if (j >= this.raw.length || !this.fits(p, k, j)) return -1;
    return this.matchFrom(p, k + 1, j + 1);
  }

  private capitalised(j: number): boolean {
    const c = this.text.charAt(this.raw[j]!.start);
    return c !== c.toLowerCase();
  }

  /** The words from `start` to `end` are part of a name: "data protection" in "Data Protection Officer". */
  namesSomethingElse(p: Phrase, start: number, end: number): boolean {
    const last = p.tokens[p.tokens.length - 1]!;
    if (last.kind === 'word' && NAME_TAILS.has(last.value)) return false;
    const next = this.toks[end];
    if (next === undefined) return false;
    if (NAME_TAILS.has(next)) return true;
    // "Mobile Phone and Camera Policy": a run of capitalised words ending in a name word.
    if (!this.capitalised(start)) return false;
    for (let j = end; j < Math.min(this.raw.length, end + 6); j += 1) {
      if (this.breakAfter(j - 1)) return false;
      const t = this.toks[j]!;
      if (NAME_TAILS.has(t)) return this.capitalised(j);
      if (!NAME_JOINERS.has(t) && !this.capitalised(j)) return false;
    }
    return false;
  }
}

/** A few words without a sentence's ending: the name of something. */
function isTitle(text: string): boolean {
  return !/[.;:!?]\s*$/.test(text) && text.trim().split(/\s+/).length <= 8;
}

/**
 * A heading followed by no body: the next block is a heading no deeper, or nothing. (Short lines of a
 * contents page look the same as a header block's "Review frequency: annually", so only real headings.)
 */
function bareHeading(block: Block, next: Block | undefined): boolean {
  if (block.kind !== 'heading') return false;
  return !next || (next.kind === 'heading' && (next.level ?? 1) <= (block.level ?? 1));
}

function isHeading(block: Block, words: number): boolean {
  return block.kind === 'heading' || (block.kind === 'paragraph' && words <= 6 && !/[.:;]\s*$/.test(block.text));
}

/** Every phrase match in a text, as (phrase, first word, end) to `visit`; names of other things are left out. */
function eachMatch(t: BlockText, matcher: TopicMatcher, visit: (p: Phrase, i: number, end: number) => void): void {
  const n = t.raw.length;
  const tryAt = (p: Phrase, i: number) => {
    const end = t.matchFrom(p, 0, i);
    if (end >= 0 && !t.namesSomethingElse(p, i, end)) visit(p, i, end);
  };
  for (let i = 0; i < n; i += 1) {
    const list = matcher.byFirst.get(t.toks[i]!);
    if (list) for (const p of list) tryAt(p, i);
    const prefixed = matcher.byPrefixStart.get(t.raw[i]!.norm.slice(0, PREFIX_KEY));
    if (prefixed) for (const p of prefixed) tryAt(p, i);
    for (const p of matcher.others) tryAt(p, i);
  }
}

/**
 * The topics a reference section may still give full evidence of: those its own heading names ("Legal
 * framework" for the Acts listed under it). Cached per heading text for one document.
 */
function headingTopics(heading: string, matcher: TopicMatcher, cache: Map<string, Set<number>>): ReadonlySet<number> {
  let hit = cache.get(heading);
  if (!hit) {
    const found = new Set<number>();
    eachMatch(new BlockText(heading), matcher, (p) => found.add(p.topic));
    cache.set(heading, found);
    hit = found;
  }
  return hit;
}

/** The strongest hit of each topic in one block (`best` is indexed by topic and filled in place). */
function matchBlock(block: Block, matcher: TopicMatcher, best: (Hit | undefined)[], sections: Map<string, Set<number>>, bare: boolean): void {
  const t = new BlockText(block.text);
  const n = t.raw.length;
  if (n === 0) return;
  const heading = isHeading(block, n);
  if (heading && bare) {
    // A heading with nothing under it names a topic without covering it.
    eachMatch(t, matcher, (p, i, end) => {
      const b = best[p.topic];
      if (!b || 0.5 > b.weight) best[p.topic] = { topicId: p.topicId, block, start: t.raw[i]!.start, end: t.raw[end - 1]!.end, weight: 0.5 };
    });
    return;
  }
  const section = block.kind === 'heading' ? undefined : block.headingPath[block.headingPath.length - 1]?.trim();
  // In a list of legislation or related documents, a topic's words are at most a weak signal, unless the heading names that topic.
  const named = section !== undefined && REFERENCE_SECTION.test(section) ? headingTopics(section, matcher, sections) : null;
  eachMatch(t, matcher, (p, i, end) => {
    // A citation with its year ("Children Act 1989") is what a legislation list is for.
    const capped = named !== null && !named.has(p.topic) && !p.tokens.some((k) => k.kind === 'number');
    const weight = headingWeight(heading, capped ? Math.min(p.weight, 0.5) : p.weight);
    const b = best[p.topic];
    if (!b || weight > b.weight) best[p.topic] = { topicId: p.topicId, block, start: t.raw[i]!.start, end: t.raw[end - 1]!.end, weight };
  });
}

/**
 * Topic evidence for a document. `exclude` holds blocks that are lists of other documents (linked
 * policies), which name subjects without saying anything about them.
 */
export function findTopics(blocks: readonly Block[], framework: TopicFramework, exclude: ReadonlySet<string> = new Set()): TopicEvidence[] {
  const matcher = topicMatcher(framework);
  // Per topic, per block, the strongest hit: each block counts once.
  const byTopic: Hit[][] = matcher.topics.map(() => []);
  const best: (Hit | undefined)[] = [];
  const sections = new Map<string, Set<number>>();
  // A list led in by "... in line with our policies and procedures. This includes:" names policies, one
  // short title per item (nesting depths differ between a .txt and a .docx, so titles, not depths, end it).
  let leadIn = false;
  blocks.forEach((block, at) => {
    const policyList = leadIn && block.kind === 'list-item' && isTitle(block.text);
    leadIn = POLICY_LEAD_IN.test(block.text) || policyList;
    // An item of such a list names a policy and says nothing of its subject, as a linked-policy list does.
    if (exclude.has(block.id) || policyList) return;
    best.length = 0;
    matchBlock(block, matcher, best, sections, bareHeading(block, blocks[at + 1]));
    best.forEach((h, i) => {
      if (h) byTopic[i]!.push(h);
    });
  });
  const out: TopicEvidence[] = [];
  framework.topics.forEach((topic, i) => {
    const found = byTopic[i]!;
    if (found.length === 0) return;
    const perBlock = [...found].sort((a, b) => b.weight - a.weight);
    const score = perBlock.reduce((s, h) => s + h.weight, 0);
    const passages: SourceSpan[] = perBlock.slice(0, 6).map((h) => {
      const s = h.block.kind === 'heading' ? { start: 0, end: h.block.text.length } : sentenceAt(h.block.text, h.start);
      return { blockId: h.block.id, start: s.start, end: Math.max(s.end, h.end) };
    });
    // Covered: a clear phrase, or weak signals in three places; anything less is "partly".
    const strong = perBlock.some((h) => h.weight >= 1);
    const strength = (strong && score >= 1) || perBlock.length >= 3 ? 'covered' : 'partly';
    out.push({ topicId: topic.id, strength, passages, confidence: Math.min(0.95, 0.35 + score * 0.15) });
  });
  return out;
}
