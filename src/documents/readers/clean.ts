// Inline clean-up shared by every reader: the residue that conversions leave in policy text, and the
// list markers people type by hand. Pure string functions.

/** `[bookmark: _Roles_and_responsibilities]`: left by some Word-to-text conversions where a heading was. */
const BOOKMARK = /\[bookmark:\s*([^\]]*)\]/g;
/** `[Keeping Children Safe in Education](#)` or `[text](https://…)`: markdown links; the text is kept. */
const MD_LINK = /\[([^\]\n]+)\]\((?:#[^)\s]*|[a-z]+:[^)\s]*|[^)\s]*)\)/gi;
/** Spaces of every width (not tabs: a tab separates fields, as in a header table). */
const SPACES = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function cleanInline(text: string): string {
  return text
    .replace(BOOKMARK, '')
    .replace(MD_LINK, '$1')
    .replace(INVISIBLE, '')
    .replace(/\r/g, '')
    .replace(SPACES, ' ')
    .replace(/ *\t */g, '\t')
    .trim();
}

/**
 * Splits a paragraph at bookmark residue, which marks where a heading started in the original: the
 * text before a mid-paragraph bookmark ends the previous paragraph, and when the text after it begins
 * with the bookmark's own words ("_Roles_and_responsibilities" before "Roles and responsibilities"),
 * those words are a heading of their own. Returns pieces in order, headings flagged.
 */
export function splitAtBookmarks(text: string): { text: string; heading: boolean }[] {
  if (!text.includes('[bookmark:')) return [{ text, heading: false }];
  const pieces: { text: string; heading: boolean }[] = [];
  // split() with a capturing group alternates: text, bookmark group, text, bookmark group, text…
  const parts = text.split(/((?:\[bookmark:\s*[^\]]*\]\s*)+)/);
  let current = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const names = [...parts[i]!.matchAll(/\[bookmark:\s*([^\]]*)\]/g)].map((m) => m[1] ?? '');
    const segment = (parts[i + 1] ?? '').trimStart();
    const heading = headingFromBookmark(names, segment);
    if (heading) {
      pieces.push({ text: current, heading: false });
      pieces.push({ text: heading, heading: true });
      current = segment.slice(heading.length);
    } else {
      // An anchor with no heading after it: just residue.
      current += segment;
    }
  }
  pieces.push({ text: current, heading: false });
  return pieces
    .map((p) => ({ text: p.text.replace(BOOKMARK, '').trim(), heading: p.heading }))
    .filter((p) => p.text !== '');
}

/** The words at the start of `text` that spell the bookmark's name, if any. */
function headingFromBookmark(names: string[], text: string): string | null {
  const body = text.trimStart();
  for (const raw of names) {
    const words = raw.replace(/^_+/, '').replace(/_\d+$/, '').split(/_+/).filter(Boolean);
    if (words.length === 0 || words.join('').length < 4) continue;
    const pattern = new RegExp(
      `^${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s_-]+')}`,
      'i',
    );
    const m = pattern.exec(body);
    if (m) return m[0];
  }
  return null;
}

// Symbol and Wingdings bullets come out of PDFs and old Word files as private-use characters (U+F0B7…).
const SYMBOL_BULLETS = '\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e0\uf06e\uf0a8';
const BULLET_CHARS = `-–*•·▪◦●○■□➢➤►✓✔→§${SYMBOL_BULLETS}`;
const BULLET = new RegExp(`^[${BULLET_CHARS.replace('-', '\\-')}]\\s+`);
const INLINE_BULLET_START = new RegExp(`^[·•▪●${SYMBOL_BULLETS}]\\s+`);
const INLINE_BULLET_SPLIT = new RegExp(`\\s+[·•▪●${SYMBOL_BULLETS}]\\s+`);

/**
 * A paragraph holding several bullets run together ("· Encouraging … · Protecting …"), as happens when
 * a conversion joins lines that had symbol-font bullets. Returns the items, or null if it is one item.
 */
export function splitInlineBullets(text: string): string[] | null {
  if (!INLINE_BULLET_START.test(text)) return null;
  const items = text
    .replace(INLINE_BULLET_START, '')
    .split(INLINE_BULLET_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 1 ? items : null;
}

export interface Marker {
  /** As written, without surrounding spaces: '4.1', '1.', 'a)', '(ii)'; '' for a bullet. */
  label: string;
  kind: 'number' | 'letter' | 'roman' | 'bullet';
  /** Depth of a numeric label: '4' and '4.' are 1, '4.1' is 2. */
  depth: number;
  rest: string;
}

const NUMBER = /^(\(?\d{1,3}(?:\.\d{1,3}){1,4}\.?\)?|\(?\d{1,3}[.)]|\(\d{1,3}\))[ \t]+(?=\S)/;
const ROMAN = /^(\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})[.)]|\((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\))[ \t]+(?=\S)/;
const LETTER = /^(\(?[a-zA-Z][.)]|\([a-zA-Z]\))[ \t]+(?=\S)/;

/** The list marker or clause number a paragraph starts with, if it has one. */
export function leadingMarker(text: string): Marker | null {
  const bullet = BULLET.exec(text);
  if (bullet) {
    // "- a. This policy…": a bullet carrying a lettered item; the letter is the item's label.
    const inner = leadingMarker(text.slice(bullet[0].length));
    // "- * item" (a bullet typed inside a bullet) is one bullet.
    if (inner) return inner;
    return { label: '', kind: 'bullet', depth: 0, rest: text.slice(bullet[0].length) };
  }
  const number = NUMBER.exec(text);
  if (number) {
    const label = number[1]!;
    // "2021 ..." is a year, not a clause: NUMBER needs a dot or bracket, and only 1-3 digits.
    const depth = label
      .replace(/[().]+$/, '')
      .replace(/^\(/, '')
      .split('.').length;
    return { label, kind: 'number', depth, rest: text.slice(number[0].length) };
  }
  const roman = ROMAN.exec(text);
  if (roman) return { label: roman[1]!, kind: 'roman', depth: 0, rest: text.slice(roman[0].length) };
  const letter = LETTER.exec(text);
  // A capital letter with a dot is as often an initial ("A. Smith") as a label: only take it when the
  // rest does not read as a surname.
  if (
    letter &&
    !(
      /^[A-Z]\.$/.test(letter[1]!) &&
      /^[A-Z][a-z]+\b(?![.,;:])/.test(text.slice(letter[0].length)) &&
      text.length < 40
    )
  ) {
    return { label: letter[1]!, kind: 'letter', depth: 0, rest: text.slice(letter[0].length) };
  }
  return null;
}

/**
 * "3", "Page 3", "Page 3 of 12", "3 / 12", "- 3 -", "3 | Page": a page number, which says nothing. A Word
 * footer's "Page" with its number field not yet worked out reads as plain "Page".
 */
const PAGE_NUMBER =
  /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$|^\d{1,4}\s*\|\s*page$|^page\s*\|\s*\d{1,4}$|^page$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Text made safe inside XML or HTML element content. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
