// The other policies a policy links with: the list under "Links with other policies" / "This policy
// operates in conjunction with the following policies:", plus other policies named as such in the text
// ("in accordance with the Acceptable Use Policy"). Where the policy gives no list, the policies it refers
// to in lower case ("the school's anti-bullying policy") are the best evidence and are read too.
import type { Block } from '../document';
import { nameKey } from '../names';
import { introducesList, itemsAfter, type ListItem } from './lists';
import { blockContent, countWords, sentenceAt, tidy } from './text';
import type { Extracted } from './types';

const LEAD_IN =
  /\b(?:links?\s+(?:with|to)|linked\s+(?:with|to)|in\s+conjunction\s+with|alongside|read\s+(?:with|together\s+with)|together\s+with|related|associated|relevant|other|in\s+line\s+with|supported\s+by|complements?|should\s+be\s+read)\b[^.]{0,80}\b(?:polic(?:y|ies)|documents?|procedures)\b|\bpolic(?:y|ies)\b[^.]{0,40}\b(?:links?|relates?|associated)\b|\bthe\s+following\s+(?:[\w-]+\s+){0,3}polic(?:y|ies)\b|\b(?:read|used|considered|followed)\s+(?:alongside|in\s+conjunction\s+with|together\s+with)(?:\s+(?:the\s+following|our|these))?[^.:]{0,30}:\s*$/i;
const LEAD_HEADING = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:links?\s+(?:with|to)\s+(?:other\s+)?(?:policies|documents)|related\s+(?:policies|documents|policies\s+and\s+(?:procedures|documents))|linked\s+policies|associated\s+(?:policies|documents)|other\s+(?:relevant\s+|related\s+)?policies|relevant\s+policies|policy\s+links|connected\s+policies|see\s+also)\b/i;
const FOLLOWING_POLICIES = /\bthe\s+following\s+(?:[\w-]+\s+){0,3}polic(?:y|ies)\b/i;
/** Lists that name guidance, legislation or people's duties, not linked policies. */
const NOT_LINKS = /\b(?:legislation|statutory\s+guidance|acts?\b|regulations|guidance\s+including|laws?\s+of|responsib|includes:|this\s+includes)/i;

// A run of capitalised words ending in "Policy"; "Policy" itself never inside the run, so "the Acceptable Use
// Policy and the Behaviour Policy" gives two names, not one.
const INLINE_CAPS =
  /(?<![\p{L}])((?:(?!Polic(?:y|ies)\b)\p{Lu}[\p{L}'’-]*|of|and|for|the|on|in|to|&)(?:\s+(?:(?!Polic(?:y|ies)\b)\p{Lu}[\p{L}'’-]*|of|and|for|the|on|in|to|&|\/))*\s+Polic(?:y|ies)(?:\s+(?:and|&)\s+Procedures?)?)(?![\p{L}])/gu;
/** Where a capitalised run joins two names: "Staff Code of Conduct and the Disciplinary Policy". */
const JOIN_OF_NAMES = /\s(?:and|or|&)\s+(?:the|our|its|their|each|every)\s+/i;
/** What a linked document's name ends with when it is not called a policy. */
const DOCUMENT_END = /\b(?:polic(?:y|ies)|procedures?|code\s+of\s+conduct|agreements?|guidelines|charter|protocols?)$/i;
const INLINE_LIST =
  /\b(?:read\s+(?:alongside|in\s+conjunction\s+with|together\s+with|with)|links?\s+(?:closely\s+)?(?:with|to)|linked\s+(?:with|to)|operates\s+(?:in\s+conjunction\s+with|alongside)|in\s+conjunction\s+with)\s+((?:[^.:;]|\.(?=\w))+?(?:polic(?:y|ies)|procedures?|conduct|agreements?))(?=[.;]|\s*$)/gi;
const INLINE_LOWER = /\b(?:the|our|its|their)\s+(?:(?:school|setting|academy|trust|nursery|pre-?school|federation)['’]s\s+)?((?:[a-z][a-z'’-]*\s+){1,4})polic(?:y|ies)\b/g;
const GENERIC_WORDS = new Set(['several', 'various', 'many', 'number', 'key', 'existing', 'relevant', 'appropriate', 'other', 'same', 'school', 'setting', 'following', 'related', 'current', 'new', 'above', 'this', 'whole', 'any', 'national', 'local', 'trust', 'academy', 'our', 'its', 'and', 'or', 'of', 'the', 'a', 'an', 'specific', 'separate', 'full', 'policy', 'own', 'these', 'those', 'their', 'all', 'wider', 'linked', 'associated', 'individual', 'written', 'published', 'main', 'overarching', 'agreed', 'model', 'internal']);

const keys = new Map<string, string>();

/** A comparable key: case, "&", plurals, brackets and a trailing "policy" do not matter. */
export function policyKey(name: string): string {
  // Memoised (bounded): the same few names recur through a policy and across a trust's policies.
  const hit = keys.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (keys.size > 20_000) keys.clear();
  keys.set(name, key);
  return key;
}

function computeKey(name: string): string {
  return nameKey(name.replace(/\([^)]*\)/g, ' '))
    .replace(/\bpolicies\b/g, 'policy')
    .replace(/\b(?:policy|procedures?|and procedures?|document)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanItem(text: string): string | null {
  let t = tidy(text)
    .replace(/\s*(?:,?\s+such\s+as\b|:|\s+\(e\.g\.|\s+e\.g\.|\s+[-–—]\s+).*$/i, '')
    .replace(/^(?:our|the|and|or)\s+/i, '')
    .replace(/\s*(?:;|,|\band)$/i, '')
    .trim();
  t = t.replace(/\s+/g, ' ');
  if (t.length < 3 || countWords(t) > 10) return null;
  if (!/\p{L}/u.test(t)) return null;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function stripPossessive(name: string): string {
  return name.replace(/^(?:(?:The|This|Our|Their|Its|A|An|See|Under|In|Our\s+own)\s+)+/, '').replace(/^(?:[\p{Lu}][\p{L}]*\s+){0,4}[\p{L}]+['’]s\s+/u, '');
}

/** One item that holds several names separated by semicolons or commas, as items of their own (else the item). */
function splitInline(item: ListItem): ListItem[] {
  const parts = item.text.split(/\s*(?:;|,(?![^(]*\)))\s*(?:and\s+)?/).filter((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => countWords(p) > 8)) return [item];
  const out: ListItem[] = [];
  let at = item.start;
  for (const p of parts) {
    const s = item.block.text.indexOf(p, at);
    if (s < 0) return [item];
    out.push({ block: item.block, start: s, end: s + p.length, text: p.replace(/[.\s]+$/, '') });
    at = s + p.length;
  }
  return out;
}

/** Linked policies, in the order the text gives them. `ownTitle` is never listed as a link. */
export function readLinkedPolicies(blocks: readonly Block[], ownTitle: string | null, headerEnd = 0): { items: Extracted<string>[]; listBlockIds: Set<string> } {
  const out: Extracted<string>[] = [];
  const keys: string[] = [];
  const listBlockIds = new Set<string>();
  const own = ownTitle ? policyKey(ownTitle) : null;
  const add = (name: string, block: Block, start: number, end: number, confidence: number, fromList = false) => {
    const key = policyKey(name);
    if (!key || key === own || (own && !fromList && key.endsWith(` ${own}`))) return;
    // A mention in the text that is a shorter or longer form of one already listed ("Allegations of Abuse
    // Policy" beside "Allegations of Abuse Against Staff Policy") is the same policy; items of one list are all kept.
    const words = key.split(' ');
    const same = (k: string) => {
      if (k === key) return true;
      if (fromList) return false;
      const kw = k.split(' ');
      return (kw.length >= 2 && kw.every((w) => words.includes(w))) || words.every((w) => kw.includes(w));
    };
    if (keys.some(same)) return;
    keys.push(key);
    out.push({ value: name, source: { blockId: block.id, start, end }, confidence });
  };

  let listed = false;
  blocks.forEach((block, i) => {
    const { text } = blockContent(block);
    const isHeading = block.kind === 'heading' || (countWords(text) <= 6 && !/[.:]$/.test(text.trim()) && block.kind !== 'list-item');
    const lead = isHeading ? LEAD_HEADING.test(text.trim()) : introducesList(blocks, i) && LEAD_IN.test(text) && (FOLLOWING_POLICIES.test(text) || !NOT_LINKS.test(text));
    if (!lead) return;
    let items: ListItem[] = itemsAfter(blocks, i, 30);
    // Under a heading the first block may itself be the lead-in sentence ("This policy links with ...:").
    const next = blocks[i + 1] ? blockContent(blocks[i + 1]!).text : '';
    if (isHeading && items.length <= 1 && (LEAD_IN.test(next) || /:\s*$/.test(next))) items = itemsAfter(blocks, i + 1, 30);
    // "Safeguarding Policy; Behaviour Policy; Staff Code of Conduct." in one paragraph under the heading.
    if (isHeading && items.length === 1) items = splitInline(items[0]!);
    else if (isHeading && items.length === 0 && blocks[i + 1] && /;/.test(blocks[i + 1]!.text)) {
      const nb = blocks[i + 1]!;
      const c = blockContent(nb);
      const parts = splitInline({ block: nb, start: c.offset, end: c.offset + c.text.length, text: c.text });
      if (parts.length >= 2) items = parts;
    }
    for (const item of items) {
      if (LEAD_IN.test(item.text) && item.text.endsWith(':')) continue;
      const name = cleanItem(item.text);
      if (!name) continue;
      listed = true;
      listBlockIds.add(item.block.id);
      add(name, item.block, item.start, item.end, 0.85, true);
    }
  });

  for (const [bi, block] of blocks.entries()) {
    // The header names the policy itself, not another one.
    if (listBlockIds.has(block.id) || bi < headerEnd) continue;
    const { text, offset } = blockContent(block);
    if (!/Polic/.test(text)) continue;
    INLINE_CAPS.lastIndex = 0;
    for (let m = INLINE_CAPS.exec(text); m; m = INLINE_CAPS.exec(text)) {
      // "and the" never sits inside one policy's name: split there, keeping the parts that name a document.
      const parts = m[1]!.replace(/\s+/g, ' ').split(JOIN_OF_NAMES);
      let from = m.index;
      for (const [pi, part] of parts.entries()) {
        const name = stripPossessive(part.replace(/^(?:(?:of|and|for|the|on|in|to|&)\s+)+/i, ''));
        const at = text.indexOf(name, from);
        if (at >= 0) from = at + name.length;
        if (pi < parts.length - 1 && !DOCUMENT_END.test(name)) continue;
        const core = name.replace(/\s+Polic(?:y|ies).*$/, '');
        // "Aims of the Policy" and "This Policy" are about the policy itself.
        if (!core || /\b(?:the|this|our|its|a|of)$/i.test(core) || core.split(/\s+/).every((w) => GENERIC_WORDS.has(w.toLowerCase()))) continue;
        const start = offset + (at >= 0 ? at : m.index);
        add(name, block, start, start + name.length, 0.7);
      }
    }
  }

  // A list in a sentence: "This policy should be read alongside our child protection policy, behaviour
  // policy and anti-bullying policy."
  for (const [bi, block] of blocks.entries()) {
    if (bi < headerEnd || listBlockIds.has(block.id)) continue;
    const { text, offset } = blockContent(block);
    if (!/polic|procedure/i.test(text)) continue;
    INLINE_LIST.lastIndex = 0;
    for (let m = INLINE_LIST.exec(text); m; m = INLINE_LIST.exec(text)) {
      // Only a sentence about this policy ("This policy should be read alongside ..."), and not a lead-in to a list.
      const sentence = sentenceAt(text, m.index);
      if (!/\b(?:this|the)\s+(?:policy|document|procedure)\b|^\s*it\b/i.test(text.slice(sentence.start, m.index))) continue;
      if (/^\s*:/.test(text.slice(m.index + m[0].length))) continue;
      let at = m.index + m[0].length - m[1]!.length;
      for (const part of m[1]!.split(/(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|;\s*)/)) {
        const here = at;
        at += part.length;
        if (/^[,;\s]|^(?:and|or)$/.test(part) || !part.trim()) continue;
        const name = cleanItem(part.replace(/^(?:(?:the|each|every|our|its|their|this)\s+)?(?:(?:school|academy|setting|trust|nursery|federation|pre-?school|college|authority)['’]s\s+)?/i, ''));
        if (!name || !/\b(?:polic(?:y|ies)|procedures?|code\s+of\s+conduct|agreements?)$/i.test(name)) continue;
        const words = name.toLowerCase().split(/\s+/).slice(0, -1);
        if (words.every((w) => GENERIC_WORDS.has(w)) || /\b(?:this|these|regarding|in\s+line\s+with)\b/i.test(name)) continue;
        const start = offset + here + part.indexOf(part.trim());
        add(name, block, start, start + part.trim().length, 0.65);
        listed = true;
      }
    }
  }

  if (!listed) {
    for (const [bi, block] of blocks.entries()) {
      if (bi < headerEnd) continue;
      const { text, offset } = blockContent(block);
      if (!/polic/.test(text)) continue;
      INLINE_LOWER.lastIndex = 0;
      for (let m = INLINE_LOWER.exec(text); m; m = INLINE_LOWER.exec(text)) {
        const words = m[1]!.trim().split(/\s+/);
        while (words.length && GENERIC_WORDS.has(words[0]!)) words.shift();
        if (words.length === 0 || words.every((w) => GENERIC_WORDS.has(w))) continue;
        // "the implementation of this policy", "the aims of the policy": about this policy, not another one.
        if (words.some((w) => /^(?:this|that|these|those|which|such|the|a|an|each|any)$/.test(w))) continue;
        const phrase = `${words.join(' ')} policy`;
        const start = offset + m.index + m[0].lastIndexOf(words[0]!);
        add(phrase.charAt(0).toUpperCase() + phrase.slice(1), block, start, start + phrase.length, 0.55);
      }
    }
  }
  return { items: out, listBlockIds };
}
