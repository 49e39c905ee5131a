// Named leads: who holds which role, as the text says. Header lines and key-people tables
// ("Designated Safeguarding Lead: Jacqui Spinks (Head of School)", "Deputy DSLs: A and B",
// "Jane Smith – Headteacher") are read first and trusted most; prose ("the DSL, Jacqui Spinks, Head of
// School, is ...") adds a role only where no header line named it. One person may hold several roles.
// Authors, reviewers, signatories and jobs outside the vocabulary are kept apart as other named people.
import type { Block } from '../document';
import { nameKey } from '../names';
import type { RoleId } from '../vocabulary';
import { mayHoldName, readName, readNameList, type NameMention } from './person-names';
import { findRoleLabels, roleOfPhrase, rolesOfPhrase, type RoleMention } from './role-labels';
import { blockContent, span } from './text';
import type { Extracted, NamedLead, OtherNamedPerson } from './types';

export interface LeadsReading {
  leads: Extracted<NamedLead>[];
  others: Extracted<OtherNamedPerson>[];
}

interface Found {
  role: RoleId | null;
  roleText: string;
  documentPart: boolean;
  name: NameMention;
  block: Block;
  offset: number;
  structured: boolean;
  confidence: number;
  /** A further role in brackets after the name ("Mrs A Brown (Headteacher)"): it does not stop prose naming that role's holder. */
  aside?: boolean;
}

const SEPARATOR = /^\s*(?:\((?:dsls?|ddsls?|dpo|s)\))?\s*(?:[:\-–—=]|\t|\s(?:is|are|was|will\s+be)\s+(?:(?:the|our)\s+)?|,\s*(?=[A-Z]))\s*(?:(?:is|are)\s+)?/;
// "the Designated Safeguarding Lead (Mrs Ruth Adams) or ...": a name in brackets after the role is linked too.
const PROSE_LINK = /^\s*(?:\((?:dsls?|ddsls?|dpo)\))?\s*(?:\(\s*(?=\p{Lu})|,\s*|:\s*|\s+(?:is|are)(?:\s*:\s*|\s+)|\s+-\s+|\s+–\s+|\s+)/u;
/** Jobs that only describe a lead's post: not worth listing again as another named person. */
const JOB_TITLE = /^(?:deputy|assistant)\b/i;

/** A role written after a name: "(Head of School)", ", Head of School,", " – Headteacher". */
function trailingRoles(text: string, at: number): { roles: RoleMention[]; end: number } {
  const rest = text.slice(at);
  const paren = /^\s*\(([^)]{2,80})\)/.exec(rest);
  if (paren) {
    const roles = rolesOfPhrase(paren[1]!);
    if (roles) return { roles, end: at + paren[0].length };
    return { roles: [], end: at };
  }
  // "Kerry Mills is our Designated Safeguarding Lead", "Mrs Hill, who is the DSL".
  const copula = /^\s*,?\s*(?:who\s+)?(?:is|will\s+be|acts\s+as)\s+(?:our|the|also\s+the|also\s+our)\s+/i.exec(rest);
  if (copula) {
    const body = rest.slice(copula[0].length, copula[0].length + 80);
    const roles = findRoleLabels(body)
      .filter((r) => r.start === 0 && !r.lineOnly)
      .map((r) => (r.role === null && /^deput(?:y|ies)$/i.test(r.text) && /\b(?:designated\s+safeguarding\s+lead|dsl)\b/i.test(text) ? { ...r, role: 'deputy_dsl' as const, roleText: 'Deputy DSL' } : r));
    if (roles.length) return { roles: roles.slice(0, 1), end: at + copula[0].length + roles[0]!.end };
  }
  // ", Head of School," / " – Headteacher and DSL": the longest run up to a stop that is all role words.
  const lead = /^\s*(?:,|[-–—:]|\t+)\s*/.exec(rest);
  if (lead) {
    const body = rest.slice(lead[0].length, lead[0].length + 80);
    const stop = /[,.;)\t(]|$/.exec(body)!;
    const upTo = body.slice(0, stop.index);
    const whole = rolesOfPhrase(upTo);
    if (whole) return { roles: whole, end: at + lead[0].length + upTo.length };
    const lazy = /^((?:the\s+|our\s+)?[A-Za-z][A-Za-z\s/&-]{1,60}?)(?=\s*(?:[,.;)\t]|$|\s(?:is|are|and|who|will|has|for)\b))/i.exec(body);
    const roles = lazy ? rolesOfPhrase(lazy[1]!) : null;
    if (roles) return { roles, end: at + lead[0].length + lazy![0].length };
  }
  return { roles: [], end: at };
}

function roleTextOf(r: RoleMention): string {
  if (r.role === null && !r.documentPart) return r.text.replace(/\s+/g, ' ').trim();
  return r.roleText;
}

const NAMEISH = /[A-Z][a-z'’]+ {1,2}[A-Z]|\b[A-Z]\.? {1,2}[A-Z][a-z]|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd?|Prof|Cllr)\b|[\u00C0-\u024F]/;

/** Reads the leads in one block. */
function readBlock(block: Block, out: Found[]): void {
  const { text, offset } = blockContent(block);
  // Cheap looks first: two capitalised words or a title somewhere, then a role word, then a real name.
  if (!NAMEISH.test(text)) return;
  const found = findRoleLabels(text);
  if (found.length === 0 || !mayHoldName(text)) return;
  // "the deputy" beside the DSL is a deputy DSL.
  const aboutDsl = /\b(?:designated\s+safeguarding\s+lead|dsl)\b/i.test(text);
  const mentions = found.map((m) => (aboutDsl && m.role === null && /^deput(?:y|ies)$/i.test(m.text) ? { ...m, role: 'deputy_dsl' as const, roleText: 'Deputy DSL', plural: true } : m));
  const isRow = block.kind === 'table-row';
  const short = text.length <= 220 || isRow;
  const push = (r: { role: RoleId | null; roleText: string; documentPart?: boolean }, name: NameMention, structured: boolean, confidence: number) =>
    out.push({ role: r.role, roleText: r.roleText, documentPart: r.documentPart ?? false, name, block, offset, structured, confidence });

  // Label first: "Designated Safeguarding Lead: Jacqui Spinks (Head of School)", "Headteacher and DSL: ...".
  for (let i = 0; i < mentions.length; i += 1) {
    const group = [mentions[i]!];
    while (i + 1 < mentions.length && /^\s*(?:and|&|\/|,)\s*(?:the\s+)?$/i.test(text.slice(group[group.length - 1]!.end, mentions[i + 1]!.start))) {
      group.push(mentions[i + 1]!);
      i += 1;
    }
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const before = text.slice(0, first.start);
    const atLineStart = /^\s*(?:(?:the|our|name\s+of(?:\s+the)?|named|school|setting|trust)\s+)?$/i.test(before) || /[\t:;]\s*$|\S\s{2,}$/.test(before) || (isRow && /\t\s*$/.test(before));
    // A header line or table row may give the name after a bare space ("Deputy DSLs Mr F Harper, Miss Z Quinlan").
    const sep = SEPARATOR.exec(text.slice(last.end)) ?? (short && atLineStart && /^\s+\S/.test(text.slice(last.end)) && readName(text, last.end) ? /^\s+/.exec(text.slice(last.end)) : null);
    const structured = short && atLineStart && sep !== null && (/[:\t\-–—=]/.test(sep[0]) || isRow || /\s(?:is|are)\s/.test(sep[0]) || /^\s+$/.test(sep[0]));
    if (group.some((g) => g.lineOnly) && !structured) continue;
    if (structured) {
      // "Deputy DSL(s): A and B" names several.
      const plural = group.some((g) => g.plural) || /^\s*\(s\)/.test(text.slice(last.end));
      const list = readNameList(text, last.end + sep![0].length, plural ? 8 : 3);
      for (const name of list.names) {
        for (const g of group) push({ role: g.role, roleText: roleTextOf(g), documentPart: g.documentPart }, name, true, 0.9);
        for (const extra of trailingRoles(text, name.end).roles) {
          push({ role: extra.role, roleText: roleTextOf(extra), documentPart: extra.documentPart }, name, true, 0.85);
          out[out.length - 1]!.aside = true;
        }
      }
      continue;
    }
    // "Written By L Sanderson", "This policy was prepared by Mrs J Smith": a document part needs no colon.
    if (group.length === 1 && first.documentPart && /\bby$/i.test(first.text)) {
      const name = readName(text, last.end);
      if (name) push({ role: null, roleText: first.roleText, documentPart: true }, name, short, short ? 0.85 : 0.7);
      continue;
    }
    // Prose: "the Designated Safeguarding Lead (DSL), Jacqui Spinks, Head of School, is ..." — the first name only.
    if (group.some((g) => g.documentPart)) continue;
    const link = PROSE_LINK.exec(text.slice(last.end));
    if (!link) continue;
    // "contact a deputy: Mr Owen Grey or Miss Amy Lo" names them all; otherwise the first name only.
    const names = group.some((g) => g.plural) && /[:]|\s(?:is|are)\s/.test(link[0]) ? readNameList(text, last.end + link[0].length, 6).names : [readName(text, last.end + link[0].length)].filter((n): n is NameMention => n !== null);
    for (const name of names) {
      for (const g of group) push({ role: g.role, roleText: roleTextOf(g) }, name, false, 0.7);
      for (const extra of trailingRoles(text, name.end).roles) push({ role: extra.role, roleText: roleTextOf(extra), documentPart: extra.documentPart }, name, false, 0.7);
    }
  }

  // A name is only read where a role is named after it: no role word, nothing more to find.
  if (mentions.length === 0) return;
  // Name first in a cell of a table row: "... | Sophie Brennan (Chair)".
  if (isRow) {
    let at = 0;
    for (const cell of text.split('\t')) {
      const start = at;
      at += cell.length + 1;
      if (start === 0) continue;
      const name = readName(text, start);
      if (!name || out.some((f) => f.block === block && f.name.start === name.start)) continue;
      const cellEnd = start + cell.length;
      for (const r of trailingRoles(text.slice(0, cellEnd), name.end).roles) push({ role: r.role, roleText: roleTextOf(r), documentPart: r.documentPart }, name, true, 0.8);
    }
  }
  // Name first: "Jane Smith – Headteacher and DSL", "Mrs J Brown (Chair of Governors)", a table row "Jane Smith<TAB>DSL".
  const head = short ? readName(text, 0) : null;
  if (head) {
    const roles = trailingRoles(text, head.end).roles;
    const alreadyRead = out.some((f) => f.block === block && f.name.start === head.start);
    if (!alreadyRead) for (const r of roles) push({ role: r.role, roleText: roleTextOf(r), documentPart: r.documentPart }, head, true, 0.85);
  }
  // Prose name first: "Jacqui Spinks (Head of School) is our DSL", "Mrs Brown, the headteacher, ...": look
  // for a name just before each role word.
  const seen = new Set<number>();
  for (const mention of mentions) {
    const from = Math.max(0, mention.start - 90);
    const re = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s|\b\p{Lu}\p{Ll}+\s+\p{Lu}/gu;
    const window = text.slice(0, mention.start);
    re.lastIndex = from;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const name = readName(text, m.index);
      if (!name) continue;
      re.lastIndex = name.end;
      if (out.some((f) => f.block === block && f.name.start === name.start)) continue;
      for (const r of trailingRoles(text, name.end).roles) {
        if (r.documentPart) continue;
        push({ role: r.role, roleText: roleTextOf(r) }, name, false, 0.65);
      }
    }
  }
}

/**
 * Tables with roles as column headings and people in the rows below: a version history ("Version | Date |
 * Author | Changes") or a signatures table ("Headteacher | Chair of Governors" over two names).
 */
function readColumns(blocks: readonly Block[], index: number, out: Found[]): void {
  const head = blocks[index]!;
  const cells = head.cells;
  if (head.kind !== 'table-row' || !cells || cells.length < 2 || mayHoldName(head.text)) return;
  const columns = cells.map((c) => (/\d/.test(c) ? null : roleOfPhrase(c.replace(/[:\s]+$/, ''))));
  if (!columns.some(Boolean)) return;
  for (let i = index + 1; i < blocks.length && i <= index + 20; i += 1) {
    const row = blocks[i]!;
    if (row.kind !== 'table-row' || row.cells?.length !== cells.length) break;
    let at = 0;
    row.cells.forEach((cell, ci) => {
      const pos = row.text.indexOf(cell, at);
      if (pos < 0) return;
      at = pos + cell.length;
      const r = columns[ci];
      const name = r ? readName(row.text, pos) : null;
      if (!r || !name || name.end > pos + cell.length) return;
      out.push({ role: r.role, roleText: roleTextOf(r), documentPart: r.documentPart ?? false, name, block: row, offset: 0, structured: true, confidence: 0.8 });
    });
  }
}

/** A signature line that names the role but leaves the name to the line below ("Signed: ...... Chair of Governors" / "Print name: ..."). */
function readSignature(blocks: readonly Block[], index: number, out: Found[]): void {
  const block = blocks[index]!;
  const { text } = blockContent(block);
  if (!/^\s*sign(?:ed|ature)\b/i.test(text) || mayHoldName(text)) return;
  const roles = findRoleLabels(text).filter((r) => !r.documentPart);
  if (roles.length === 0) return;
  for (let i = index + 1; i < blocks.length && i <= index + 2; i += 1) {
    const next = blocks[i]!;
    const { text: line, offset } = blockContent(next);
    const label = /^\s*(?:print(?:ed)?\s+)?name\s*(?::|\t|\s-\s)\s*/i.exec(line);
    const name = label ? readName(line, label[0].length) : null;
    if (!name) continue;
    for (const r of roles) out.push({ role: r.role, roleText: roleTextOf(r), documentPart: false, name, block: next, offset, structured: true, confidence: 0.8 });
    return;
  }
}

/** Leads and other named people across the document. */
export function readLeads(blocks: readonly Block[]): LeadsReading {
  const found: Found[] = [];
  blocks.forEach((block, i) => {
    readBlock(block, found);
    if (block.kind === 'table-row') readColumns(blocks, i, found);
    else readSignature(blocks, i, found);
  });

  const structuredRoles = new Set(found.filter((f) => f.structured && f.role && !f.aside).map((f) => f.role));
  const structuredPeople = new Set(found.filter((f) => f.structured && f.role).map((f) => nameKey(f.name.name)));
  const leads: Extracted<NamedLead>[] = [];
  const seen = new Map<string, Extracted<NamedLead>>();
  for (const f of found) {
    if (!f.role) continue;
    // Prose may add a role nobody holds in the header, or a further role of a person the header names.
    if (!f.structured && structuredRoles.has(f.role) && !structuredPeople.has(nameKey(f.name.name))) continue;
    const key = `${f.role}|${nameKey(f.name.name)}`;
    const existing = seen.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, f.confidence);
      continue;
    }
    const lead: Extracted<NamedLead> = {
      value: { role: f.role, name: f.name.name },
      text: f.block.text.slice(f.offset + f.name.start, f.offset + f.name.end),
      source: span(f.block, f.offset + f.name.start, f.offset + f.name.end),
      confidence: f.confidence,
    };
    seen.set(key, lead);
    leads.push(lead);
  }

  // "T Okafor" in a version history is "Tunde Okafor" the lead: the same initial and surname.
  const short = (name: string) => {
    const w = nameKey(name).split(' ');
    return `${w[0]?.[0] ?? ''} ${w[w.length - 1] ?? ''}`;
  };
  const leadPeople = new Set(leads.flatMap((l) => [nameKey(l.value.name), short(l.value.name)]));
  const others = new Map<string, Extracted<OtherNamedPerson>>();
  for (const f of found) {
    if (f.role) continue;
    if (!f.roleText) continue;
    const who = nameKey(f.name.name);
    if ((leadPeople.has(who) || (/^\p{Lu}\.?\s/u.test(f.name.name) && leadPeople.has(short(f.name.name)))) && (JOB_TITLE.test(f.roleText) || f.roleText === 'signatory' || f.roleText === 'reviewer')) continue;
    const existing = others.get(who);
    if (existing) {
      if (!existing.value.roleText.split('; ').includes(f.roleText)) existing.value.roleText += `; ${f.roleText}`;
      continue;
    }
    others.set(who, {
      value: { name: f.name.name, roleText: f.roleText },
      source: span(f.block, f.offset + f.name.start, f.offset + f.name.end),
      confidence: f.confidence,
    });
  }
  return { leads, others: [...others.values()] };
}
