// PDF lines into paragraphs: by line spacing, indentation, list markers, font size and weight; a table's
// rows rebuilt from the columns its cells start at (a PDF draws no row boundary in its text).
import { leadingMarker } from './clean';
import type { RawParagraph } from './structure';

/** One rebuilt line of a page: its text (tabs between wide-spaced fields) and where it stands. */
export interface Line {
  text: string;
  x: number;
  /** Where the text after a list marker starts. */
  textX: number;
  y: number;
  right: number;
  size: number;
  bold: boolean;
  page: number;
  marker: boolean;
  /** Where each tab-separated field of the line starts (one entry for a line with no tabs). */
  cellXs: number[];
}

/** "Label: value", the line of a header block. */
const FIELD_LINE = /^[^:.;]{2,48}:\s*\S/;

/** Two lines of one paragraph: a word broken at a hyphen at the line end is joined again. */
function joinWrapped(before: string, after: string): string {
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after) ? `${before}${after}` : `${before} ${after}`;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Groups lines into paragraphs by spacing, indentation, markers and font. */
export function paragraphsOf(lines: Line[]): RawParagraph[] {
  if (lines.length === 0) return [];
  const round = (v: number) => Math.round(v * 2) / 2;
  const bodySize = mode(lines.map((l) => round(l.size)));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && round(a.size) === bodySize && round(b.size) === bodySize && a.y > b.y)
      gaps.push(Math.round(a.y - b.y));
  }
  const lineGap = mode(gaps) || bodySize * 1.2;
  const left = Math.min(...lines.filter((l) => round(l.size) === bodySize).map((l) => l.x));
  // The right edge full lines reach: a line that gets there wrapped, and the next may carry on below.
  const rights = lines
    .filter((l) => round(l.size) === bodySize)
    .map((l) => l.right)
    .sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.9)] ?? Infinity;
  // Heading levels from font sizes larger than the body text, largest first.
  const larger = [...new Set(lines.map((l) => round(l.size)).filter((s) => s >= bodySize * 1.15))].sort(
    (a, b) => b - a,
  );
  // List nesting from the distinct indents of list markers.
  const markerIndents = [
    ...new Set(
      lines
        .filter((l) => l.marker || /^[•·▪◦●○■□➢➤►✓✔§–-]$/.test(l.text))
        .map((l) => Math.round((l.x - left) / 6)),
    ),
  ].sort((a, b) => a - b);

  const raws: RawParagraph[] = [];
  interface Open {
    raw: RawParagraph;
    last: Line;
    lines: number;
    /** Where the paragraph's first line (its list marker, if any) starts. */
    startX: number;
    /** A table row: its cells by column, to which wrapped lines of its cells are added. */
    row?: string[];
  }
  // The columns of the table being read: where its cells start.
  let columns: number[] = [];
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c - x) < bodySize * 1.5);
  let current = null as Open | null;
  const push = (line: Line) => {
    const raw: RawParagraph = { text: line.text, page: line.page };
    const heading = larger.indexOf(round(line.size));
    if (heading >= 0) raw.heading = heading + 1;
    if (line.bold) raw.bold = true;
    if (line.marker || leadingMarker(line.text)) {
      const level = Math.max(0, markerIndents.indexOf(Math.round((line.x - left) / 6)));
      raw.indent = level * 2;
    }
    current = { raw, last: line, lines: 1, startX: line.x };
    if (line.cellXs.length > 1) {
      if (!line.cellXs.every((x) => columnOf(x) >= 0)) columns = line.cellXs;
      const row = columns.map(() => '');
      line.text.split('\t').forEach((cell, i) => {
        const j = columnOf(line.cellXs[i] ?? -1);
        if (j >= 0) row[j] = cell;
      });
      current.row = row;
    }
    raws.push(raw);
  };
  const wouldHaveFit = (last: Line, line: Line) => {
    const firstWord = line.text.split(/\s/, 1)[0] ?? '';
    // About half an em a character: generous for wide capitals, so a doubtful case still joins.
    return last.right + (firstWord.length + 1) * line.size * 0.55 < rightEdge - line.size * 0.5;
  };
  /**
   * Adds a line to the table row above when it is the wrapped rest of some of its cells: fewer cells than
   * the row has, each under one of the table's columns. (Word's PDFs draw no row boundary in the text.)
   */
  const continueRow = (open: Open, line: Line, gap: number): boolean => {
    const row = open.row;
    if (!row || gap <= 0 || gap > lineGap * 1.6 || line.marker || round(line.size) !== round(open.last.size))
      return false;
    const filled = row.filter((c) => c !== '').length;
    const parts = line.text.split('\t');
    const at = line.cellXs.map(columnOf);
    if (parts.length !== at.length || at.some((j) => j < 0)) return false;
    if (!(parts.length < filled || at[0]! > 0)) return false;
    // The wrapped end of a first-column label is a word or two ("Leads", "Officer"), or starts in lower
    // case or a bracket; a longer, capitalised first cell starts a row of its own.
    const first = parts[0] ?? '';
    if (at[0] === 0 && first.split(/\s+/).length > 3 && !/^[\p{Ll}(]/u.test(first)) return false;
    parts.forEach((part, i) => {
      const j = at[i]!;
      const before = row[j] ?? '';
      row[j] = before === '' ? part : joinWrapped(before, part);
    });
    open.raw.cells = [...row];
    open.raw.text = row.join('\t');
    open.last = line;
    open.lines += 1;
    return true;
  };
  for (const line of lines) {
    // A bullet on a line of its own (a list item holding only a nested list) carries nothing.
    if (/^[•·▪◦●○■□➢➤►✓✔§]$/.test(line.text)) {
      current = null;
      continue;
    }
    const prev = current;
    if (!prev) {
      push(line);
      continue;
    }
    const last = prev.last;
    const samePage = last.page === line.page;
    const gap = samePage ? last.y - line.y : lineGap;
    if (samePage && continueRow(prev, line, gap)) continue;
    if (line.cellXs.length < 2 && !prev.row) columns = [];
    const continues =
      !line.marker &&
      // Lines of fields (a header table) stand alone.
      !line.text.includes('\t') &&
      !last.text.includes('\t') &&
      !leadingMarker(line.text) &&
      round(line.size) === round(last.size) &&
      line.bold === last.bold &&
      gap > 0 &&
      gap < lineGap * 1.3 &&
      // Continuation lines sit at the paragraph's text edge (or the hanging indent of its marker), or,
      // in a list with no hanging indent, back under the marker once a full line has wrapped.
      (Math.abs(line.x - last.textX) < bodySize * 1.5 ||
        (Math.abs(line.x - prev.startX) < bodySize * 0.5 && last.right >= rightEdge - bodySize * 3)) &&
      !(last.right < line.right * 0.6 && /[.:;!?]$/.test(last.text)) &&
      // A line wraps only when the next word does not fit on it: if it would have and either line is a
      // field ("Date written: June 2022" above "Written by: …"), or the line ended a sentence, the break
      // was typed. (Not for any short
      // line: the narrow cells of a table without borders wrap early too.)
      !(
        (FIELD_LINE.test(last.text) || FIELD_LINE.test(line.text) || /[.:;!?]$/.test(last.text)) &&
        wouldHaveFit(last, line)
      );
    const acrossPage = !samePage && /^[a-z(]/.test(line.text) && !/[.:;!?]$/.test(last.text) && !line.marker;
    if (continues || acrossPage) {
      prev.raw.text = joinWrapped(prev.raw.text, line.text);
      prev.last = { ...line, textX: last.textX };
      prev.lines += 1;
    } else {
      push(line);
    }
  }
  return raws;
}
