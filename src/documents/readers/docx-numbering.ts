// Word keeps list and clause numbers out of the text: a numbered paragraph says "numbering 1003, level
// 0" and Word counts. mammoth keeps the lists but not the numbers, so this works them out the way Word
// does (numbering.xml: formats, label templates like "%1.%2", start values and restarts; styles.xml:
// numbering carried by a paragraph style) and writes each label into its paragraph's text as a marker
// the HTML reader picks up. Clause numbers are what comparison and citations need ("see 4.2").
import { Parser } from 'htmlparser2';
import { alphabetic, LABEL_CLOSE, LABEL_OPEN, roman } from './html';
import { escapeMarkup } from './clean';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Numbering {
  abstracts: Map<string, { levels: Map<number, LevelDef>; styleLink?: string }>;
  nums: Map<string, { abstractId: string; starts: Map<number, number>; levels: Map<number, LevelDef> }>;
}

interface StyleDef {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
  /** Numbering styles: the num they stand for (w:numStyleLink resolves through these). */
  type?: string;
}

function attr(attribs: Record<string, string>, name: string): string | undefined {
  return attribs[`w:${name}`] ?? attribs[name];
}

export function parseNumbering(xml: string): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  let abstract: { levels: Map<number, LevelDef>; styleLink?: string } | null = null;
  let num: { abstractId: string; starts: Map<number, number>; levels: Map<number, LevelDef> } | null = null;
  let level: (LevelDef & { ilvl: number }) | null = null;
  let overrideLevel: number | null = null;
  const parser = new Parser(
    {
      onopentag(name, a) {
        switch (name) {
          case 'w:abstractNum':
            abstract = { levels: new Map() };
            numbering.abstracts.set(attr(a, 'abstractNumId') ?? '', abstract);
            break;
          case 'w:num':
            num = { abstractId: '', starts: new Map(), levels: new Map() };
            numbering.nums.set(attr(a, 'numId') ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = attr(a, 'val') ?? '';
            break;
          case 'w:lvlOverride':
            overrideLevel = Number(attr(a, 'ilvl') ?? 0);
            break;
          case 'w:startOverride':
            if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(attr(a, 'val') ?? 1));
            break;
          case 'w:lvl':
            level = {
              ilvl: Number(attr(a, 'ilvl') ?? 0),
              start: 1,
              format: 'decimal',
              text: '',
              legal: false,
            };
            break;
          case 'w:start':
            if (level) level.start = Number(attr(a, 'val') ?? 1);
            break;
          case 'w:numFmt':
            if (level) level.format = attr(a, 'val') ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.text = attr(a, 'val') ?? '';
            break;
          case 'w:isLgl':
            if (level) level.legal = attr(a, 'val') !== '0' && attr(a, 'val') !== 'false';
            break;
          case 'w:numStyleLink':
            if (abstract) abstract.styleLink = attr(a, 'val');
            break;
        }
      },
      onclosetag(name) {
        if (name === 'w:lvl' && level) {
          if (num && overrideLevel !== null) num.levels.set(level.ilvl, level);
          else abstract?.levels.set(level.ilvl, level);
          level = null;
        } else if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:num') num = null;
        else if (name === 'w:lvlOverride') overrideLevel = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return numbering;
}

export function parseStyles(xml: string): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  let current: StyleDef | null = null;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'w:style') {
          current = { type: attr(a, 'type') };
          styles.set(attr(a, 'styleId') ?? '', current);
        } else if (current && name === 'w:basedOn') current.basedOn = attr(a, 'val');
        else if (current && name === 'w:numId') current.numId = attr(a, 'val');
        else if (current && name === 'w:ilvl') current.ilvl = Number(attr(a, 'val') ?? 0);
      },
      onclosetag(name) {
        if (name === 'w:style') current = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return styles;
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return alphabetic(n).toLowerCase();
    case 'upperLetter':
      return alphabetic(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts list items as Word does and gives each numbered paragraph its label. */
class Counter {
  private readonly counts = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Map<string, StyleDef>,
  ) {}

  private resolve(
    numId: string,
    seen = new Set<string>(),
  ): {
    abstractId: string;
    levels: (ilvl: number) => LevelDef | undefined;
    starts: Map<number, number>;
  } | null {
    const num = this.numbering.nums.get(numId);
    if (!num || seen.has(numId)) return null;
    seen.add(numId);
    const abstract = this.numbering.abstracts.get(num.abstractId);
    if (!abstract) return null;
    if (abstract.styleLink) {
      const style = this.styles.get(abstract.styleLink);
      if (style?.numId) {
        const linked = this.resolve(style.numId, seen);
        if (linked) return { ...linked, starts: num.starts.size ? num.starts : linked.starts };
      }
    }
    return {
      abstractId: num.abstractId,
      levels: (ilvl) => num.levels.get(ilvl) ?? abstract.levels.get(ilvl),
      starts: num.starts,
    };
  }

  /** The label for a paragraph with this numbering, or null for bullets and unnumbered paragraphs. */
  label(numId: string | undefined, ilvl: number | undefined, styleId: string | undefined): string | null {
    let id = numId;
    let level = ilvl;
    // Numbering through the paragraph style (and the styles it is based on).
    for (
      let s = styleId, depth = 0;
      s && depth < 10 && (id === undefined || level === undefined);
      depth += 1
    ) {
      const style = this.styles.get(s);
      if (!style) break;
      if (id === undefined && style.numId !== undefined) id = style.numId;
      if (level === undefined && style.ilvl !== undefined && style.numId !== undefined) level = style.ilvl;
      s = style.basedOn;
    }
    if (id === undefined || id === '0') return null;
    const lvl = level ?? 0;
    const num = this.resolve(id);
    if (!num) return null;
    const def = num.levels(lvl);
    if (!def) return null;
    const counts = this.counts.get(num.abstractId) ?? [];
    this.counts.set(num.abstractId, counts);
    // A num with a start override restarts the list the first time it is used.
    if (!this.startedNums.has(id)) {
      this.startedNums.add(id);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[lvl] = (counts[lvl] ?? def.start - 1) + 1;
    for (let deeper = lvl + 1; deeper < 9; deeper += 1) counts[deeper] = undefined as unknown as number;
    counts.length = lvl + 1;
    if (def.format === 'bullet' || def.format === 'none') return null;
    const label = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const ldef = num.levels(l);
      const value = counts[l] ?? ldef?.start ?? 1;
      return format(value, def.legal ? 'decimal' : (ldef?.format ?? 'decimal'));
    });
    return label.trim() || null;
  }
}

/**
 * document.xml with every numbered paragraph's label written at the start of its text, between the
 * U+E000/U+E001 markers the HTML reader strips. Returns the text unchanged when nothing is numbered.
 */
export function labelNumberedParagraphs(
  documentXml: string,
  numberingXml: string | null,
  stylesXml: string | null,
): string {
  if (!numberingXml) return documentXml;
  const counter = new Counter(parseNumbering(numberingXml), stylesXml ? parseStyles(stylesXml) : new Map());
  const inserts: { at: number; text: string }[] = [];
  interface Para {
    openEnd: number;
    pPrEnd: number | null;
    numId?: string;
    ilvl?: number;
    styleId?: string;
    inPPr: boolean;
    inNumPr: boolean;
    selfClosing: boolean;
    /** In an mc:Choice: mammoth reads the mc:Fallback twin instead, so this one is not counted. */
    ignored: boolean;
  }
  const stack: Para[] = [];
  let inRPr = 0;
  let inChoice = 0;
  // eslint-disable-next-line prefer-const -- assigned after the handlers that read it are created
  let parser: Parser;
  const handlers = {
    onopentag(name: string, a: Record<string, string>) {
      const p = stack[stack.length - 1];
      if (name === 'mc:Choice') inChoice += 1;
      if (name === 'w:p') {
        const openEnd = parser.endIndex;
        stack.push({
          openEnd,
          pPrEnd: null,
          inPPr: false,
          inNumPr: false,
          selfClosing: documentXml[openEnd - 1] === '/',
          ignored: inChoice > 0,
        });
        return;
      }
      if (!p) return;
      if (name === 'w:rPr') inRPr += 1;
      if (name === 'w:pPr') p.inPPr = true;
      else if (p.inPPr && inRPr === 0) {
        if (name === 'w:numPr') p.inNumPr = true;
        else if (p.inNumPr && name === 'w:numId') p.numId = attr(a, 'val');
        else if (p.inNumPr && name === 'w:ilvl') p.ilvl = Number(attr(a, 'val') ?? 0);
        else if (name === 'w:pStyle') p.styleId = attr(a, 'val');
      }
    },
    onclosetag(name: string) {
      if (name === 'mc:Choice') inChoice = Math.max(0, inChoice - 1);
      const p = stack[stack.length - 1];
      if (!p) return;
      if (name === 'w:rPr') inRPr = Math.max(0, inRPr - 1);
      else if (name === 'w:numPr') p.inNumPr = false;
      else if (name === 'w:pPr' && p.inPPr) {
        p.inPPr = false;
        p.pPrEnd = parser.endIndex;
      } else if (name === 'w:p') {
        stack.pop();
        if (p.ignored) return;
        const label = counter.label(p.numId, p.ilvl, p.styleId);
        if (label && !p.selfClosing)
          inserts.push({
            at: (p.pPrEnd ?? p.openEnd) + 1,
            text: `<w:r><w:t xml:space="preserve">${LABEL_OPEN}${escapeMarkup(label)}${LABEL_CLOSE}</w:t></w:r>`,
          });
      }
    },
  };
  parser = new Parser(handlers, { xmlMode: true });
  parser.end(documentXml);
  if (inserts.length === 0) return documentXml;
  inserts.sort((x, y) => x.at - y.at);
  const parts: string[] = [];
  let cursor = 0;
  for (const ins of inserts) {
    parts.push(documentXml.slice(cursor, ins.at), ins.text);
    cursor = ins.at;
  }
  parts.push(documentXml.slice(cursor));
  return parts.join('');
}
