// Small text helpers the readers share. Every helper keeps character offsets into the block's own text,
// so whatever is found can point back at its source span.
import type { Block, SourceSpan } from '../document';

/** Bullet glyphs and markdown residue that a reader may leave at the start of a line. */
const LEADING_NOISE = /^(?:\s|[-–—•·▪◦●○■□➢➤►✓✔*\uF0B7\uF0A7\uF0D8\uF076\uF0FC]|\[bookmark:[^\]]*\]|\(?(?:[a-z]|[ivx]+|\d+(?:\.\d+)*)[.)](?=\s))+/;

/** Where the meaningful text of a block starts (after bullets, list markers and bookmark residue). */
export function contentStart(text: string): number {
  const m = LEADING_NOISE.exec(text);
  return m ? m[0].length : 0;
}

/**
 * The text with markdown link residue ("[Keeping Children Safe in Education](#)", "<https://...>") and
 * Word bookmark residue blanked out by spaces of the same length, so offsets still index the original.
 */
export function cleanView(text: string): string {
  if (!/[[<]/.test(text)) return text;
  const blank = (s: string) => ' '.repeat(s.length);
  return text
    .replace(/\[bookmark:[^\]]*\]/g, blank)
    .replace(/\[([^\]\n]*)\]\([^)\s]*\)/g, (_m, label: string) => ` ${label}${' '.repeat(_m.length - label.length - 1)}`)
    .replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => ` ${url} `);
}

// Readers ask for the same block's content many times; blocks are not changed once read.
const contentCache = new WeakMap<Block, { source: string; text: string; offset: number }>();

/** The block's text (cleaned, see `cleanView`) without leading bullets, and the offset it starts at. */
export function blockContent(block: Block): { text: string; offset: number } {
  const hit = contentCache.get(block);
  if (hit && hit.source === block.text) return { text: hit.text, offset: hit.offset };
  const clean = cleanView(block.text);
  const offset = contentStart(clean);
  contentCache.set(block, { source: block.text, text: clean.slice(offset), offset });
  return { text: clean.slice(offset), offset };
}

export function span(block: Block, start: number, end: number): SourceSpan {
  return { blockId: block.id, start, end };
}

/** Markdown link residue "[Keeping Children Safe in Education](#)" reads as its label; same length is not kept, so use only for values. */
export function stripLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
}

/** Curly quotes as straight ones, so a value reads the same from .txt, .docx and .pdf. */
export function plainQuotes(value: string): string {
  return value.replace(/[’‘‛]/g, "'").replace(/[“”„]/g, '"');
}

/** Collapses whitespace and trims stray punctuation from both ends of a value. */
export function tidy(value: string): string {
  return plainQuotes(value)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-–—'"‘’“”]+/, '')
    .replace(/[\s,;:\-–—'"‘’“”]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

/** Sentence ranges in a text (offsets), split at ". ", "? ", "! " and "; " boundaries. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[.!?;](?=\s+(?:[A-Z(‘'"“]|$))|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "St." and initials ("J. Smith") do not end a sentence.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (m[0] === '.' && (/\b(?:St|Mr|Mrs|Ms|Dr|No|Rev|Revd|e\.g|i\.e|etc)$/i.test(before) || /(?:^|\s)[A-Z]$/.test(before))) continue;
    const end = m.index + 1;
    if (end - start > 1) out.push({ start, end });
    start = end;
  }
  if (start < text.length && text.slice(start).trim() !== '') out.push({ start, end: text.length });
  return out.map((s) => {
    const lead = /^\s*/.exec(text.slice(s.start, s.end))?.[0].length ?? 0;
    return { start: s.start + lead, end: s.end };
  });
}

/** The sentence of `text` that contains offset `at`. */
export function sentenceAt(text: string, at: number): { start: number; end: number } {
  return sentences(text).find((s) => at >= s.start && at < s.end) ?? { start: 0, end: text.length };
}

export interface Token {
  /** Lower case, apostrophes removed: "children's" -> "childrens". */
  norm: string;
  start: number;
  end: number;
}

/** Words of a text with their offsets; hyphens and slashes separate words. */
export function tokenise(text: string): Token[] {
  // A loop rather than a regex: topics tokenise every block of every policy.
  const out: Token[] = [];
  const n = text.length;
  const folded = text.toLowerCase();
  // Lower-casing can change the length of a few letters (İ); then fold word by word instead.
  const lower = folded.length === n ? folded : null;
  const fold = (a: number, b: number) => (lower ? lower.slice(a, b) : text.slice(a, b).toLowerCase());
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let norm = '';
    let from = i;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i += 1;
      // An apostrophe inside a word ("children's", "O'Neill") joins it and is dropped.
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 8217) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        norm += fold(from, i);
        i += 1;
        from = i;
        continue;
      }
      break;
    }
    norm += fold(from, i);
    out.push({ norm, start, end: i });
  }
  return out;
}

/** Lower-case words of a phrase, the way `tokenise` would read them. */
export function phraseTokens(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

/** Title Case for text written in capitals ("SOCIAL MEDIA POLICY" -> "Social Media Policy"). */
export function titleCase(text: string): string {
  const small = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'a', 'an', 'with']);
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.replace(/^(\p{L})/u, (c) => c.toUpperCase())))
    .join('')
    .replace(/\b(Aup|Ict|Ce|Dsl|Gdpr|Eyfs|Send|Rse|Pshe)\b/g, (w) => w.toUpperCase());
}

export function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/** Letters and digits, ASCII or beyond (general punctuation such as ’ and – excepted). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 192 && c !== 215 && c !== 247 && (c < 0x2000 || c > 0x206f));
}

/** How many words a text has (runs of letters and digits). A loop, not a regex: it runs on every block. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) n += 1;
    inWord = w;
  }
  return n;
}
