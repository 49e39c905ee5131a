// The policy's title (a short line near the top that names a policy: "Social Media Policy", "ONLINE
// SAFETY POLICY 2024-25", "St. Mary's CE Infant School Social Media Policy") and its type, by title when
// there is one, else by what the text is about.
import type { Block } from '../document';
import { nameKey } from '../names';
import type { PolicyType } from '../vocabulary';
import { findSettingNames } from './setting';
import { blockContent, countWords, isMostlyUpper, plainQuotes, span, titleCase } from './text';
import type { Extracted } from './types';

const TITLE_WORDS = /\b(?:polic(?:y|ies)|procedures?|guidelines|guidance|code\s+of\s+(?:conduct|practice)|agreement|statement|protocol|charter)\b/i;
const NOT_TITLES = /^(?:statement\s+of\s+intent|policy\s+statement|introduction|purpose|aims?|scope|contents|links?\s+with\s+other\s+policies|related\s+policies|policy\s+(?:aims|monitoring|review)|monitoring\s+and\s+review|review\s+of\s+(?:the|this)\s+policy)\b/i;
/** Where the body starts: the first paragraph of real prose. */
export function headerEnd(blocks: readonly Block[]): number {
  for (let i = 0; i < blocks.length && i < 40; i += 1) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph' && countWords(blockContent(b).text) > 22) return i;
  }
  return Math.min(blocks.length, 12);
}

function stripDecorations(title: string): string {
  return title
    .replace(/\s*[([]?\s*(?:(?:Autumn|Spring|Summer|September|Sept|January)\s+)?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\s*[)\]]?\s*$/i, '')
    .replace(/^\s*(?:(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?)\s*[-–:]?\s*/, '')
    .replace(/\s*[-–:|]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LABELLED_TITLE = /^\s*(?:policy\s+(?:name|title)|name\s+of\s+(?:the\s+)?policy|title(?:\s+of\s+policy)?|document\s+(?:name|title))\s*(?::\s*|\t+\s*|\s+-\s+)(.{3,120})$/i;

export function readTitle(blocks: readonly Block[], end: number): Extracted<string> | null {
  // A cover table or header line that says which policy it is: "Policy name<TAB>Online Safety Policy".
  for (let i = 0; i < Math.min(blocks.length, Math.max(end, 15)); i += 1) {
    const block = blocks[i]!;
    const { text, offset } = blockContent(block);
    const m = LABELLED_TITLE.exec(text);
    if (!m) continue;
    const raw = m[1]!.split('\t')[0]!.trim();
    const value = stripDecorations(raw);
    if (!value || countWords(value) > 14) continue;
    const start = offset + text.indexOf(raw);
    return { value: plainQuotes(isMostlyUpper(value) ? titleCase(value) : value), text: raw, source: span(block, start, start + value.length), confidence: 0.9 };
  }
  const found: { value: string; block: Block; start: number; end: number; upper: boolean; order: number }[] = [];
  for (let i = 0; i < end && i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const { text, offset } = blockContent(block);
    const t = text.trim();
    if (!t || countWords(t) > 16 || /[.:]$/.test(t) || block.kind === 'table-row') continue;
    if (!TITLE_WORDS.test(t) || NOT_TITLES.test(t)) continue;
    // "St. Mary's CE Infant School Social Media Policy": the setting's name is not part of the title.
    let value = t;
    let start = offset + text.indexOf(t);
    for (const n of findSettingNames(t)) {
      if (n.start === 0 && n.end < t.length) {
        const rest = t.slice(n.end).replace(/^[\s:–-]+/, '');
        start += t.length - rest.length;
        value = rest;
      } else if (n.end >= t.length - 1 && n.start > 0) value = t.slice(0, n.start).replace(/[\s:–-]+$/, '');
    }
    value = stripDecorations(value);
    if (!TITLE_WORDS.test(value) || countWords(value) > 12) continue;
    found.push({ value, block, start, end: start + value.length, upper: isMostlyUpper(value), order: i });
  }
  if (found.length === 0) return null;
  // A title in capitals is often repeated in mixed case; prefer the mixed-case one with the same words.
  const first = found[0]!;
  const mixed = first.upper ? found.find((f) => !f.upper && nameKey(f.value) === nameKey(first.value)) : undefined;
  const chosen = mixed ?? first;
  const value = plainQuotes(chosen.upper ? titleCase(chosen.value) : chosen.value);
  return { value, text: chosen.value, source: span(chosen.block, chosen.start, chosen.end), confidence: 0.85 };
}

const TYPE_BY_TITLE: [PolicyType, RegExp][] = [
  ['social_media', /social\s+(?:media|networking)/i],
  ['online_safety', /online[\s-]?safety|e-?\s?safety|internet\s+safety|digital\s+safety|safer\s+internet|online\s+(?:harms|protection)/i],
  ['acceptable_use', /acceptable\s+use|\bAUP\b|\bICT\s+(?:use|agreement|code)|use\s+of\s+(?:ICT|IT|technology|computers)/i],
  ['child_protection', /child\s+protection|safeguarding/i],
];

/** The type a title names: the earliest-mentioned one ("Online Safety and Social Media Policy" is online safety). */
export function typeFromTitle(title: string): PolicyType {
  let best: { type: PolicyType; at: number } | null = null;
  for (const [type, re] of TYPE_BY_TITLE) {
    const m = re.exec(title);
    if (m && (!best || m.index < best.at)) best = { type, at: m.index };
  }
  return best?.type ?? 'other';
}

/** The type by what the text is about, when it has no title. */
export function typeFromContent(blocks: readonly Block[]): { type: PolicyType; confidence: number } {
  const text = blocks.map((b) => b.text).join('\n').toLowerCase();
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const words = Math.max(1, countWords(text));
  const sm = count(/social\s+(?:media|networking)/g);
  const os = count(/online[\s-]?safety|e-?safety|internet\s+safety/g);
  const au = count(/acceptable\s+use|\baup\b/g);
  const cp = count(/child\s+protection|\babuse\b|\bneglect\b|\bdisclos/g);
  const scores: [PolicyType, number][] = [
    ['social_media', sm * 1.2],
    ['online_safety', os],
    ['acceptable_use', au * 1.1],
    ['child_protection', cp * 0.6],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [type, score] = scores[0]!;
  const second = scores[1]![1];
  if (score < 4 || score / words < 0.002) return { type: 'other', confidence: 0.3 };
  return { type, confidence: Math.min(0.8, 0.45 + (score - second) / (score + 1) * 0.4) };
}
