// Guidance and legislation a policy cites, as canonical name + edition year when the text gives one:
// "'Keeping Children Safe in Education' 2021" -> Keeping Children Safe in Education 2021 (catalogue id
// kcsie); "KCSIE (September 2023)" -> ... 2023; "DfE (2023) 'Data Protection in Schools'" -> ... 2023;
// any "<Name> Act <year>" -> that Act; a local safeguarding partnership's procedures by name.
import type { GuidanceEdition } from '../config';
import type { Block } from '../document';
import { nameKey } from '../names';
import { KNOWN_DOCUMENTS, type KnownDocument } from './known-guidance';
import { cleanView, span } from './text';
import type { Extracted, GuidanceCitation } from './types';

interface Alias {
  doc: KnownDocument;
  /** Whether the words matched are this alias (acronyms and two-word names such as "Working Together" only in this case). */
  fits: RegExp;
  /** The document has a name written in lower case ("filtering and monitoring standards"), so prose may cite it so. */
  lowerOk: boolean;
}

interface AliasIndex {
  aliases: Alias[];
  /** All aliases in one pattern, longest first, one capture group each; tried only where `starts` finds a first word. */
  re: RegExp;
  /** The first words of the aliases: a quick scan for where a citation could begin. */
  starts: RegExp;
}

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\s]?').replace(/['’]/g, "['’]?"))
    .join("[\\s\\[\\]'‘’\"“”]+");
}

const cache = new WeakMap<readonly GuidanceEdition[], AliasIndex>();

function aliasesFor(catalogue: readonly GuidanceEdition[]): AliasIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const docs: KnownDocument[] = [
    ...catalogue.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases, editions: g.editions, catalogue: true })),
    ...KNOWN_DOCUMENTS.filter((k) => !catalogue.some((g) => g.id === k.id)),
  ];
  const entries: { alias: Alias; name: string }[] = [];
  for (const doc of docs) {
    const lowerOk = [doc.name, ...doc.aliases].some((n) => /^[a-z]/.test(n.trim()));
    for (const n of new Set([doc.name, ...doc.aliases])) {
      if (!n.trim()) continue;
      // Acronyms (KCSIE) and short aliases ("Working Together") match case-sensitively, so "working together"
      // in prose is not a citation.
      const exact = /^[A-Z]{3,}[a-zA-Z]*$/.test(n) || n.trim().split(/\s+/).length <= 2;
      entries.push({ alias: { doc, fits: new RegExp(`^${aliasPattern(n)}$`, exact ? '' : 'i'), lowerOk }, name: n });
    }
  }
  entries.sort((a, b) => b.name.length - a.name.length);
  const re = new RegExp(`(?:${entries.map((e) => `(${aliasPattern(e.name)})`).join('|')})(?![A-Za-z])`, 'giy');
  const firsts = [...new Set(entries.map((e) => e.name.trim().split(/\s+/)[0]!.toLowerCase().replace(/[^a-z0-9'-]/g, '')))].filter(Boolean);
  const starts = new RegExp(`(?<![A-Za-z])(?:${firsts.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})`, 'gi');
  const index = { aliases: entries.map((e) => e.alias), re, starts };
  cache.set(catalogue, index);
  return index;
}

/** An edition year written just after or before a citation: "' 2021", " (September 2023)", "(DfE, 2024)", "DfE (2023) '". */
function editionNear(text: string, start: number, end: number, editions: readonly number[]): { year: number; end: number } | null {
  const after = /^[\s'"‘’“”\])–—-]*(?:\((?:[A-Za-z]+\s+)?(?:DfE|DFE|Department for Education|UKCIS|HM Government|Home Office|NSPCC|Ofsted)?,?\s*)?(?:(?:updated|published|revised|edition|version)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\.?\s+)?(?:\(|,\s*)?((?:19|20)\d{2})(?![\d/])/.exec(text.slice(end));
  if (after) return { year: Number(after[1]), end: end + after[0].length };
  // The rest of a long title, then its year in brackets: "Sharing nudes and semi-nudes: advice for education
  // settings working with children and young people (UKCIS, 2024)", "Prevent duty guidance for England and Wales (2023)".
  const tail = /^(?:\s+(?:[a-z][a-z'-]*|England|Wales|Scotland|UK)){1,10}\s*\((?:[A-Za-z]+(?:\s+[A-Za-z]+)?,?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d{2})\)/.exec(text.slice(end));
  if (tail) return { year: Number(tail[1]), end: end + tail[0].length };
  const before = /(?:\b((?:19|20)\d{2})\s*\)?\s*(?:edition\s+of\s+|version\s+of\s+)?(?:the\s+)?['"‘“]?|\b((?:19|20)\d{2})\)\s*['"‘“]?)$/.exec(text.slice(Math.max(0, start - 24), start));
  const y = before ? Number(before[1] ?? before[2]) : null;
  if (y !== null && (editions.length === 0 || editions.includes(y) || y >= 2000)) return { year: y, end };
  return null;
}

/** Documents whose names are also the name of a stage or a thing (the EYFS). */
const STAGE_NAMES = new Set(['eyfs']);

const ACT_YEAR = /\bAct,?\s+\(?(?:18|19|20)\d{2}(?!\d)/g;
/** The Act's name and year, read back from the end of a window that ends with "Act <year>". */
const ACT = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*|of|and|the|for|in|on|from|&|\((?:\p{Lu}[\p{L}\s]*)\))(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|the|for|in|on|to|from|&|\(\p{Lu}[\p{L}\s]*\)))*)\s+Act,?\s+\(?((?:18|19|20)\d{2})$/u;
const ACT_LEADING = /^(?:(?:The|the|Under|In|Within|As|By|From|Of|And|Section|Part|Schedule|See|Also|Amended|UK|Including|Namely|Both|Sections?)\s+|\d+\s+|\(\w+\)\s+|(?:of|and|the|for|in|on|to|from|&)\s+)+/;
const PARTNERSHIP = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){1,4}Safeguarding\s+(?:Children\s+|Adults\s+and\s+Children\s+)?(?:Multi-?\s?agency\s+)?(?:Partnership|Board))(?:\s*\([A-Z]{3,8}\))?(\s+(?:procedures|arrangements|guidance|policies and procedures))?/gu;
const REGULATIONS: { re: RegExp; name: string }[] = [
  { re: /\bUK\s+(?:General\s+Data\s+Protection\s+Regulations?|GDPR)\b/g, name: 'UK General Data Protection Regulation' },
  { re: /(?<!UK\s+)\b(?:(?<!UK )General\s+Data\s+Protection\s+Regulations?(?!\s*\(UK)|EU\s+GDPR)\b/g, name: 'General Data Protection Regulation' },
];

function tidyAct(words: string): string | null {
  let w = words.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i += 1) w = w.replace(ACT_LEADING, '');
  // "Computer Misuse Act 1990 amended by the Police & Justice Act" is read as two Acts, each from its own capital.
  // "GDPR and the Data Protection Act": Act names never hold "and the", and an acronym before "and" is another text.
  w = w.replace(/^.*\b(?:by|under|of|and|or)\s+the\s+/, '').replace(/^(?:[A-Z]{2,}\s+(?:and|&|or)\s+)+/, '').replace(/&/g, 'and');
  if (!/^\p{Lu}/u.test(w) || w.length < 3) return null;
  return w;
}

/** Guidance and legislation cited anywhere in the blocks. */
export function readGuidance(blocks: readonly Block[], catalogue: readonly GuidanceEdition[]): Extracted<GuidanceCitation>[] {
  const index = aliasesFor(catalogue);
  const out: Extracted<GuidanceCitation>[] = [];
  const keyOf = (c: GuidanceCitation) => `${c.guidanceId ?? nameKey(c.name)}|${c.edition ?? ''}`;
  const seen = new Map<string, Extracted<GuidanceCitation>>();
  /** Documents already cited with an edition ("kcsie|"), so a later bare mention adds nothing. */
  const editioned = new Set<string>();
  const add = (c: GuidanceCitation, block: Block, start: number, end: number, confidence: number) => {
    const key = keyOf(c);
    if (seen.has(key)) return;
    // A later citation with a year makes an earlier one without it redundant, and the other way round.
    const bare = `${c.guidanceId ?? nameKey(c.name)}|`;
    if (c.edition !== null && seen.has(bare)) {
      const old = seen.get(bare)!;
      out.splice(out.indexOf(old), 1);
      seen.delete(bare);
    } else if (c.edition === null && editioned.has(bare)) return;
    const e: Extracted<GuidanceCitation> = { value: c, text: block.text.slice(start, end), source: span(block, start, end), confidence };
    seen.set(key, e);
    if (c.edition !== null) editioned.add(bare);
    out.push(e);
  };

  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  for (const block of blocks) {
    const text = cleanView(block.text);
    if (text.length < 4) continue;
    taken.length = 0;
    index.starts.lastIndex = 0;
    for (let at = index.starts.exec(text); at; at = index.starts.exec(text)) {
      index.re.lastIndex = at.index;
      const m = index.re.exec(text);
      if (!m) continue;
      index.starts.lastIndex = at.index + m[0].length;
      const which = m.findIndex((g, i) => i > 0 && g !== undefined);
      // The pattern is case-blind; "KCSiE" is then checked against each alias it could be.
      const first = index.aliases[which - 1];
      const a = first?.fits.test(m[0]) ? first : index.aliases.find((x) => x.fits.test(m[0]));
      if (!a) continue;
      const s = m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      taken.push([s, e]);
      const ed = editionNear(text, s, e, a.doc.editions);
      // "sessions on sharing nudes and semi-nudes" names a subject; a citation keeps its title's capital or gives a year.
      if (!ed && /^[a-z]/.test(m[0]) && !a.lowerOk) continue;
      // "Children in the EYFS" names a stage, not the framework: it is a citation with an edition or the word framework.
      if (STAGE_NAMES.has(a.doc.id) && !ed && !/\b(?:framework|statutory|guidance)\b/i.test(text.slice(Math.max(0, s - 40), e + 40))) continue;
      add({ guidanceId: a.doc.catalogue ? a.doc.id : undefined, name: a.doc.name, edition: ed?.year ?? null }, block, s, ed ? Math.max(e, ed.end) : e, a.doc.catalogue ? 0.9 : 0.8);
    }
    // "<Name> Act <year>": find the Act and its year first, then read the name back from there.
    ACT_YEAR.lastIndex = 0;
    for (let y = ACT_YEAR.exec(text); y; y = ACT_YEAR.exec(text)) {
      const from = Math.max(0, y.index - 120);
      const m = ACT.exec(text.slice(from, y.index + y[0].length));
      if (!m) continue;
      const at = from + m.index;
      const name = tidyAct(m[1]!);
      if (!name) continue;
      const whole = `${name} Act ${m[2]}`;
      const s = at + m[0].indexOf(name.split(' ')[0]!);
      const e = at + m[0].length;
      if (!free(s, e)) continue;
      taken.push([s, e]);
      add({ name: whole, edition: null }, block, Math.max(at, s), e, 0.85);
      // "the Children Act 1989 and 2004": the same Act's other year is another Act.
      const more = /^(?:\s*(?:,|and|&)\s*((?:18|19|20)\d{2})(?!\d))+/.exec(text.slice(e));
      if (more) for (const y2 of more[0].match(/(?:18|19|20)\d{2}/g) ?? []) add({ name: `${name} Act ${y2}`, edition: null }, block, Math.max(at, s), e + more[0].length, 0.8);
    }
    if (/Safeguarding/.test(text)) {
      PARTNERSHIP.lastIndex = 0;
      for (let m = PARTNERSHIP.exec(text); m; m = PARTNERSHIP.exec(text)) {
        const body = m[1]!.replace(/^(?:The|the|Our|Local|Local\s+the)\s+/, '').replace(/\s+/g, ' ');
        if (!/^\p{Lu}/u.test(body) || /^(?:Designated|Deputy)\b/.test(body)) continue;
        // "the procedures of the Hartshire Safeguarding Children Partnership" cites the same as "... Partnership procedures".
        const suffix = m[2] ? m[2].trim() : /\bprocedures\s+(?:of|set\s+out\s+by|published\s+by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 'procedures' : '';
        const name = `${body}${suffix ? ` ${suffix}` : ''}`;
        if (!free(m.index, m.index + m[0].length)) continue;
        taken.push([m.index, m.index + m[0].length]);
        add({ name, edition: null }, block, m.index, m.index + m[0].length, 0.7);
      }
    }
    if (/Regulation|GDPR/.test(text)) for (const r of REGULATIONS) {
      r.re.lastIndex = 0;
      for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
        if (!free(m.index, m.index + m[0].length)) continue;
        taken.push([m.index, m.index + m[0].length]);
        add({ name: r.name, edition: null }, block, m.index, m.index + m[0].length, 0.8);
      }
    }
  }
  return out;
}

/** "Keeping Children Safe in Education 2021": the string the CLI and reports print. */
export function citationLabel(c: GuidanceCitation): string {
  return c.edition !== null ? `${c.name} ${c.edition}` : c.name;
}
