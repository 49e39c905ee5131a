// Any text that reaches a report (setting names typed by hand, names read out of policies, notes from a
// visit) must still make a valid file. XML 1.0 forbids most control characters and unpaired surrogates;
// a stray bidi override would flip the rest of a line. We drop what cannot be written and keep
// everything else as it is: emoji, accents and right-to-left names are all valid and stay.

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Explicit bidi embeddings, overrides and isolates: a name never needs them, and an unbalanced one reorders what follows. */
function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Keeps tabs and line breaks (CRLF and CR become LF); drops C0 and C1 control characters, unpaired
 * surrogates, U+FFFE/U+FFFF and explicit bidi controls. The result is valid in XML 1.0.
 */
export function sanitiseText(text: string): string {
  const parts: string[] = [];
  let from = 0;
  const n = text.length;
  // Copies clean stretches whole and edits only at the characters that need it.
  const cut = (at: number, skip: number, insert: string) => {
    parts.push(text.slice(from, at), insert);
    from = at + skip;
  };
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === CR) cut(i, text.charCodeAt(i + 1) === LF ? 2 : 1, '\n');
      else if (c !== TAB && c !== LF) cut(i, 1, '');
    } else if (c >= 0x7f && c <= 0x9f) cut(i, 1, '');
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1; // a proper pair: one astral character (an emoji, say)
      else cut(i, 1, '');
    } else if (c >= 0xdc00 && c <= 0xdfff) cut(i, 1, '');
    else if (c === 0xfffe || c === 0xffff || isBidiControl(c)) cut(i, 1, '');
    if (from > i + 1) i = from - 1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** One line of text (a table cell, a heading): sanitised, with every run of whitespace as one space. */
export function sanitiseLine(text: string): string {
  return sanitiseText(text).replace(/\s+/g, ' ').trim();
}

/** True when every character may appear in an XML 1.0 document (what the sanitiser guarantees). */
export function isXmlSafe(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== TAB && c !== LF && c !== CR) return false;
    if (c === 0xfffe || c === 0xffff) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
