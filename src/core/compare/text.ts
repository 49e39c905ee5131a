// Text helpers the comparisons share: one normalisation of wording, so "St. Mary's" and "St Mary’s",
// curly and straight quotes, and clause numbers never count as differences.

/** Lower case, typographic quotes and dashes folded, markdown link residue and punctuation dropped. */
export function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[^a-z0-9'\s-]+/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function words(text: string): string[] {
  const n = normaliseWords(text);
  return n === '' ? [] : n.split(' ');
}

/**
 * Words so common in policies that sharing them says nothing about shared wording. Left out when
 * looking for candidate clauses (never when measuring similarity).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been by can could do does for from has have if in into is it its may must not of on or our should so such that the their them there these they this those to under was we were what when where which who will with would you your all any also than then other'.split(' '),
);

/** 32-bit FNV-1a of a string: a cheap, stable hash for shingles and clause keys. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Sentence {
  text: string;
  /** Character range in the source text. */
  start: number;
  end: number;
}

/**
 * Splits a block's text into sentences with their character ranges. Abbreviations common in policies
 * ("e.g.", "i.e.", "St.", "Mr.") do not end a sentence.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?;]+(?:[.!?;]+|$)/g;
  let start = -1;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    if (start < 0) start = match.index;
    const end = match.index + match[0].length;
    const piece = text.slice(start, end);
    const next = text.slice(end, end + 2);
    // An abbreviation or a decimal ("e.g.", "St.", "1.2") or a lower-case continuation does not end a sentence.
    if (end < text.length && (/\b(e\.g|i\.e|etc|st|mr|mrs|ms|dr|no|cf|vs|incl|approx)\.$/i.test(piece) || /\d\.$/.test(piece) && /^\d/.test(next) || /^\s?[a-z]/.test(next))) continue;
    pushTrimmed(out, text, start, end);
    start = -1;
  }
  if (start >= 0) pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
