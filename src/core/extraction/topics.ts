// Which topics of the trust's framework a policy covers, with the passages that show it. Each topic has
// phrases (configurable, in the framework); a phrase matches on whole words after light stemming, so
// "breach" finds "breaches" and "children's use of social media" finds "Children use of social media".
// A phrase ending in "*" matches any word it begins ("moderat*"). A passage under a heading that names
// the topic, or a phrase, is evidence; a phrase written with a leading "~" ("~report") is a weak
// signal, and a topic needs three weak passages to count as covered (fewer is "partly"). "#" stands for
// any number ("act #" finds "Act 2018").
import type { Topic, TopicFramework } from '../config';
import type { Block, SourceSpan } from '../document';
import { sentenceAt, tokenise } from './text';
import type { TopicEvidence } from './types';

const stems = new Map<string, string>();

/** Light stemming, the same for text and phrases: plurals, -ing, -ed. */
export function stem(word: string): string {
  const hit = stems.get(word);
  if (hit !== undefined) return hit;
  const w = stemWord(word);
  // A bounded memo: the vocabulary of policies is small, but an endless stream of new words must not grow it forever.
  if (stems.size > 50_000) stems.clear();
  stems.set(word, w);
  return w;
}

function stemWord(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|ch|sh|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

interface Phrase {
  topicId: string;
  /** Index of the topic in the framework. */
  topic: number;
  tokens: string[];
  /** The last token is a prefix ("moderat*"). */
  prefix: boolean;
  weight: number;
}

export interface TopicMatcher {
  /** Phrases by their first token (exact phrases) and the prefix phrases. */
  byFirst: Map<string, Phrase[]>;
  prefixes: Phrase[];
  topics: Topic[];
}

const matcherCache = new WeakMap<TopicFramework, TopicMatcher>();

/** Compiles a framework's phrases once (cached per framework object). */
export function topicMatcher(framework: TopicFramework): TopicMatcher {
  const hit = matcherCache.get(framework);
  if (hit) return hit;
  const byFirst = new Map<string, Phrase[]>();
  const prefixes: Phrase[] = [];
  framework.topics.forEach((topic, topicIndex) => {
    for (const raw of topic.phrases) {
      const weak = raw.trim().startsWith('~');
      const body = raw.trim().replace(/^~\s*/, '');
      const prefix = body.endsWith('*');
      const words = body
        .replace(/\*$/, '')
        .split(/\s+/)
        .flatMap((w) => (w === '#' ? ['#'] : tokenise(w).map((t) => t.norm)));
      if (words.length === 0) continue;
      const tokens = words.map((w, i) => (prefix && i === words.length - 1 ? w : w === '#' ? w : stem(w)));
      const phrase: Phrase = { topicId: topic.id, topic: topicIndex, tokens, prefix, weight: weak ? 0.5 : 1 };
      if (prefix && tokens.length === 1) prefixes.push(phrase);
      else {
        const list = byFirst.get(phrase.tokens[0]!) ?? [];
        list.push(phrase);
        byFirst.set(phrase.tokens[0]!, list);
      }
    }
  });
  const m = { byFirst, prefixes, topics: framework.topics };
  matcherCache.set(framework, m);
  return m;
}

interface Hit {
  topicId: string;
  block: Block;
  start: number;
  end: number;
  weight: number;
}

/** A heading that names a topic is strong evidence; one that only shares a weak word ("Monitoring arrangements") is not. */
function headingWeight(heading: boolean, weight: number): number {
  if (!heading) return weight;
  return weight >= 1 ? 1.5 : 0.75;
}

/** The strongest hit of each topic in one block (`best` is indexed by topic and filled in place). */
function matchBlock(block: Block, matcher: TopicMatcher, best: (Hit | undefined)[]): void {
  const raw = tokenise(block.text);
  if (raw.length === 0) return;
  const toks = raw.map((t) => stem(t.norm));
  const heading = block.kind === 'heading' || (block.kind === 'paragraph' && raw.length <= 6 && !/[.:;]\s*$/.test(block.text));
  const take = (p: Phrase, i: number, n: number) => {
    const weight = headingWeight(heading, p.weight);
    const b = best[p.topic];
    if (!b || weight > b.weight) best[p.topic] = { topicId: p.topicId, block, start: raw[i]!.start, end: raw[i + n - 1]!.end, weight };
  };
  for (let i = 0; i < toks.length; i += 1) {
    const list = matcher.byFirst.get(toks[i]!);
    if (list) {
      for (const p of list) {
        const n = p.tokens.length;
        if (i + n > toks.length) continue;
        let ok = true;
        for (let k = 1; k < n; k += 1) {
          const want = p.tokens[k]!;
          const last = p.prefix && k === n - 1;
          const got = last ? raw[i + k]!.norm : toks[i + k]!;
          const fits = want === '#' ? /^\d+$/.test(got) : last ? got.startsWith(want) : got === want;
          if (!fits) {
            ok = false;
            break;
          }
        }
        if (ok) take(p, i, n);
      }
    }
    for (const p of matcher.prefixes) {
      if (raw[i]!.norm.startsWith(p.tokens[0]!)) take(p, i, 1);
    }
  }
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
  for (const block of blocks) {
    if (exclude.has(block.id)) continue;
    best.length = 0;
    matchBlock(block, matcher, best);
    best.forEach((h, t) => {
      if (h) byTopic[t]!.push(h);
    });
  }
  const out: TopicEvidence[] = [];
  framework.topics.forEach((topic, t) => {
    const found = byTopic[t]!;
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
