// The phrase syntax of a topic framework (resources/defaults/topic-framework.json, user-editable), compiled
// once per framework. Words match whole words after light stemming, so "breach" finds "breaches";
// "prefix*" matches any word it begins, anywhere in a phrase ("communicat* with parents"); "#" is any number
// ("act #" finds "Act 2018"); ".." skips up to four words of the same sentence, so one phrase covers the
// many ways a rule is worded ("friend* .. parents" finds "friend requests from parents" and "be friends
// with parents"); "(a|b)" is either alternative ("(pupils|children) use the internet") and "(a|b)?" may
// also be left out; a leading "~"
// marks a weak signal (see topics.ts for what weak and strong evidence add up to).
import type { Topic, TopicFramework } from '../config';
import { tokenise } from './text';

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

/** One element of a compiled phrase: a stemmed word, a word prefix, any number, or a gap of a few words. */
export type PhraseToken = { kind: 'word'; value: string } | { kind: 'prefix'; value: string } | { kind: 'number' } | { kind: 'gap' };

export interface Phrase {
  topicId: string;
  /** Index of the topic in the framework. */
  topic: number;
  tokens: PhraseToken[];
  weight: number;
}

export interface TopicMatcher {
  /** Phrases that begin with a whole word, by that (stemmed) word. */
  byFirst: Map<string, Phrase[]>;
  /** Phrases that begin with a prefix, by its first three letters (a word is looked up by its own). */
  byPrefixStart: Map<string, Phrase[]>;
  /** Phrases that begin with a number or a very short prefix, tried at every word. */
  others: Phrase[];
  topics: Topic[];
}

/** The longest gap ".." may stand for: enough for "requests from", "or their", short enough to stay in one clause. */
export const GAP_WORDS = 4;

/** "(a|b) c (d|e)" as every combination of its alternatives; "(a )?" may also be left out. */
export function expandAlternatives(phrase: string): string[] {
  const m = /\(([^()]*)\)(\?)?/.exec(phrase);
  if (!m) return [phrase];
  const before = phrase.slice(0, m.index);
  const after = phrase.slice(m.index + m[0].length);
  const alternatives = m[1]!.split('|').map((a) => a.trim());
  if (m[2]) alternatives.push('');
  return [...new Set(alternatives)].flatMap((alt) => expandAlternatives(`${before} ${alt} ${after}`.replace(/\s+/g, ' ').trim()));
}

function compileWords(body: string): PhraseToken[] {
  const out: PhraseToken[] = [];
  for (const word of body.split(/\s+/)) {
    if (word === '') continue;
    if (word === '..') {
      // A gap at either end would only widen the passage, never change what matches.
      if (out.length > 0 && out[out.length - 1]!.kind !== 'gap') out.push({ kind: 'gap' });
      continue;
    }
    if (word === '#') {
      out.push({ kind: 'number' });
      continue;
    }
    const prefix = word.endsWith('*');
    const parts = tokenise(word.replace(/\*$/, '')).map((t) => t.norm);
    parts.forEach((p, i) => out.push(prefix && i === parts.length - 1 ? { kind: 'prefix', value: p } : { kind: 'word', value: stem(p) }));
  }
  while (out.length > 0 && out[out.length - 1]!.kind === 'gap') out.pop();
  return out;
}

/** How many letters of a leading prefix index it: matching every prefix phrase at every word is too slow. */
export const PREFIX_KEY = 3;

const matcherCache = new WeakMap<TopicFramework, TopicMatcher>();

/** Compiles a framework's phrases once (cached per framework object). */
export function topicMatcher(framework: TopicFramework): TopicMatcher {
  const hit = matcherCache.get(framework);
  if (hit) return hit;
  const byFirst = new Map<string, Phrase[]>();
  const byPrefixStart = new Map<string, Phrase[]>();
  const others: Phrase[] = [];
  const add = (map: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
    const list = map.get(key) ?? [];
    list.push(phrase);
    map.set(key, list);
  };
  framework.topics.forEach((topic, topicIndex) => {
    for (const raw of topic.phrases) {
      const weak = raw.trim().startsWith('~');
      for (const body of expandAlternatives(raw.trim().replace(/^~\s*/, ''))) {
        const tokens = compileWords(body);
        const first = tokens[0];
        if (!first) continue;
        const phrase: Phrase = { topicId: topic.id, topic: topicIndex, tokens, weight: weak ? 0.5 : 1 };
        if (first.kind === 'word') add(byFirst, first.value, phrase);
        else if (first.kind === 'prefix' && first.value.length >= PREFIX_KEY) add(byPrefixStart, first.value.slice(0, PREFIX_KEY), phrase);
        else others.push(phrase);
      }
    }
  });
  const m = { byFirst, byPrefixStart, others, topics: framework.topics };
  matcherCache.set(framework, m);
  return m;
}
