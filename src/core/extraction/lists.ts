// Lists a policy introduces with a lead-in ("This policy links with ... :", "The following sites are
// blocked:", "Our official channels are:") and the items that follow it, whatever the reader made of
// them (list items, short paragraphs with bullet glyphs, or items inline after the colon).
import type { Block } from '../document';
import { blockContent, countWords, tidy } from './text';

export interface ListItem {
  block: Block;
  /** Offsets into block.text. */
  start: number;
  end: number;
  text: string;
}

const BULLET_GLYPH = /^\s*[-–—•·▪◦●○■□➢➤►✓✔*\uF0B7\uF0A7\uF0D8\uF076\uF0FC]/;
/** Bullets a PDF reader left inside one line: " Online Safety Policy  Behaviour Policy". */
const INLINE_BULLETS = /\s*[•·▪◦●○■□➢➤►✓✔\uF0B7\uF0A7\uF0D8\uF076\uF0FC]\s*/g;

/** A block that reads as an item of a list rather than a sentence of prose. */
function itemLike(block: Block, maxWords: number): boolean {
  const { text } = blockContent(block);
  if (block.kind === 'heading') return false;
  const words = countWords(text);
  if (words === 0 || words > maxWords) return false;
  if (block.kind === 'list-item' || BULLET_GLYPH.test(block.text) || block.kind === 'table-row') return true;
  // A short line without a full stop in the middle reads as an item.
  return words <= 10 && !/[.!?]\s+\p{Lu}/u.test(text) && !text.trim().endsWith(':');
}

/**
 * The items after the lead-in at `index`: the following list items, until a heading, a long paragraph or
 * another lead-in. When the lead-in block itself carries the items after its colon, they are read there.
 */
export function itemsAfter(blocks: readonly Block[], index: number, maxWords = 14): ListItem[] {
  const lead = blocks[index]!;
  const items: ListItem[] = [];
  const { text, offset } = blockContent(lead);
  const colon = text.lastIndexOf(':');
  if (colon >= 0 && colon < text.length - 2) {
    // Items inline after the colon: "including: A, B and C" (only when it is a list, not a sentence).
    const rest = text.slice(colon + 1);
    const parts = rest.split(/\s*(?:;|,(?!\s*(?:such as|e\.g|including))|\s+and\s+(?=\p{Lu}))\s*/u);
    if (parts.length >= 2 && parts.every((p) => countWords(p) <= 8)) {
      let at = offset + colon + 1;
      for (const p of parts) {
        const s = lead.text.indexOf(p, at);
        if (p.trim() && s >= 0) {
          items.push({ block: lead, start: s, end: s + p.length, text: tidy(p) });
          at = s + p.length;
        }
      }
      return items;
    }
  }
  // A following line that holds several bulleted items at once.
  const next = blocks[index + 1];
  if (next && (next.text.match(INLINE_BULLETS) ?? []).length >= 2) {
    let at = 0;
    for (const part of next.text.split(INLINE_BULLETS)) {
      const s = next.text.indexOf(part, at);
      at = s + part.length;
      if (part.trim() && countWords(part) <= maxWords) items.push({ block: next, start: s, end: s + part.length, text: tidy(part) });
    }
    if (items.length >= 2) return items;
    items.length = 0;
  }
  const leadLevel = lead.kind === 'list-item' ? (lead.level ?? 0) : -1;
  let bulleted: boolean | null = null;
  for (let i = index + 1; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    if (!itemLike(b, maxWords)) break;
    // A numbered section ("3. General expectations") ends the list, as does plain text after bulleted items.
    if (b.kind !== 'list-item' && b.number && /^\d+\.?$/.test(b.number)) break;
    const isBullet = b.kind === 'list-item' || BULLET_GLYPH.test(b.text) || b.kind === 'table-row';
    if (bulleted === null) bulleted = isBullet;
    else if (bulleted && !isBullet) break;
    const c = blockContent(b);
    if (c.text.trim().endsWith(':') && items.length > 0) break;
    // A list item that sits at the lead-in's own level after deeper items is the next point, not an item.
    if (leadLevel >= 0 && b.kind === 'list-item' && (b.level ?? 0) <= leadLevel && items.length > 0 && countWords(c.text) > 8) break;
    items.push({ block: b, start: c.offset, end: c.offset + c.text.length, text: tidy(c.text) });
    if (items.length >= 40) break;
  }
  return items;
}

/** Does a lead-in introduce a list (ends with a colon, or the next block is a list item)? */
export function introducesList(blocks: readonly Block[], index: number): boolean {
  const { text } = blockContent(blocks[index]!);
  if (/:\s*$/.test(text)) return true;
  const next = blocks[index + 1];
  return next !== undefined && (next.kind === 'list-item' || BULLET_GLYPH.test(next.text)) && blocks[index]!.kind === 'heading';
}
