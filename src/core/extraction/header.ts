// The policy's own facts: dates (written, approved / ratified / agreed / adopted, last reviewed, next
// review), the approving body and the version. Read from labelled header lines ("Date of last review:
// September 2022"), header tables, whether tab-separated ("Agreed By<TAB>FGB<TAB><TAB>17/11/21"),
// flattened by a PDF reader ("Written By L Sanderson Version 1.0 06/09/21") or in columns ("Date
// approved | Review date" over a row of values), and from statements in the text ("This policy was
// ratified by the Governing Body on 12th October 2023", "The next review date for this policy is May 2029").
import { compareIso, firstDayOf, type PartialDate } from '../dates';
import type { Block } from '../document';
import { findDates, type DateMention } from './date-reader';
import { findLabels, headsOf, readBody, type DateKind, type LabelMention } from './header-labels';
import { blockContent, countWords, sentenceAt, span } from './text';
import type { Extracted, ExtractionProblem, PolicyDates } from './types';

interface DateFound {
  kind: DateKind;
  date: DateMention;
  block: Block;
  offset: number;
  structured: boolean;
  /** From a generic "Date:" label. */
  generic: boolean;
}

export { readBody };

export interface HeaderReading {
  dates: PolicyDates;
  version: Extracted<string> | null;
  approvingBody: Extracted<string> | null;
  problems: ExtractionProblem[];
}

const VERSION_VALUE = /^[\s:\-–.]*(?:no\.?|number|#)?\s*[:\-–]?\s*(v?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?![\d/.]\d)/i;
const POLICY_CONTEXT = /\b(?:this|the)\s+(?:policy|document|procedure|statement)\b|\bpolicy\b/i;

export function readHeader(blocks: readonly Block[]): HeaderReading {
  const found: DateFound[] = [];
  const problems: ExtractionProblem[] = [];
  let version: Extracted<string> | null = null;
  // How much a body's source says: an "Approved by:" line (2) beats a body inside a date label ("Date approved
  // by governors:", 1), which beats prose (0).
  let body: (Extracted<string> & { rank: number }) | null = null;
  const problemAt = new Set<string>();

  const takeDate = (kind: DateKind, d: DateMention, block: Block, offset: number, structured: boolean, generic: boolean) => {
    if (d.value === null) {
      const key = `${block.id}:${offset + d.start}`;
      if (!problemAt.has(key)) {
        problemAt.add(key);
        problems.push({ kind: 'impossible_date', message: `${d.problem ?? `"${d.text}" is not a date`}; the ${kindWords(kind)} is left empty`, source: span(block, offset + d.start, offset + d.end) });
      }
      return;
    }
    found.push({ kind, date: d, block, offset, structured, generic });
  };
  const takeBody = (text: string, at: number, block: Block, offset: number, structured: boolean, explicit = true) => {
    const b = readBody(text);
    if (!b) return false;
    const rank = structured ? (explicit ? 2 : 1) : 0;
    if (body && body.rank >= rank) return true;
    body = { value: b.value, source: span(block, offset + at + b.start, offset + at + b.end), confidence: structured ? 0.9 : 0.7, rank };
    return true;
  };
  const takeVersion = (text: string, at: number, block: Block, offset: number, replace = false) => {
    const v = VERSION_VALUE.exec(text);
    if (!v || (version && !replace)) return null;
    const s = offset + at + v[0].indexOf(v[1]!);
    version = { value: v[1]!.replace(/^v/i, ''), text: v[1]!, source: span(block, s, s + v[1]!.length), confidence: 0.85 };
    return v[0].length;
  };

  for (let bi = 0; bi < blocks.length; bi += 1) {
    const block = blocks[bi]!;
    const { text, offset } = blockContent(block);
    if (text.length < 4) continue;

    // Column tables: a row of labels over rows of values.
    if (block.kind === 'table-row' && block.cells && block.cells.length >= 2) {
      const perCell = block.cells.map(headsOf);
      const heads = perCell.flatMap((h) => h ?? []);
      if (heads.length >= 2 && perCell.filter(Boolean).length >= 2) {
        // A date under "On" / "Date" belongs to the column before it ("Adopted by | On").
        const dateKind = (i: number): DateKind => {
          for (let j = i; j >= 0; j -= 1) {
            const h = heads[j]!;
            if (h.kind === 'approvedBy') return 'approved';
            if (h.kind !== 'generic' && h.kind !== 'version') return h.kind;
          }
          return 'lastReviewed';
        };
        const byIndex = perCell.every((h) => !h || h.length === 1);
        let gap = 0;
        for (let ri = bi + 1; ri < blocks.length && ri <= bi + 12; ri += 1) {
          const row = blocks[ri]!;
          if (row.kind !== 'table-row') {
            // A PDF reader may lift one cell of the row out as a line of its own.
            if (gap > 0 || countWords(row.text) > 8) break;
            gap += 1;
            if (heads.some((h) => h.kind === 'approvedBy')) takeBody(row.text, 0, row, 0, true);
            continue;
          }
          if (row.cells?.map(headsOf).some(Boolean)) break;
          const cells = row.cells ?? [row.text];
          if (byIndex && cells.length === block.cells.length) {
            let at = 0;
            cells.forEach((cell, ci) => {
              const pos = row.text.indexOf(cell, at);
              at = pos >= 0 ? pos + cell.length : at;
              const head = perCell[ci]?.[0];
              if (!head || pos < 0) return;
              const hi = heads.indexOf(head);
              // A version history lists versions oldest first: the last row is the current one.
              if (head.kind === 'version') takeVersion(cell, 0, row, pos, true);
              else if (head.who) {
                if (head.kind === 'approvedBy' || head.kind === 'approved') takeBody(cell, 0, row, pos, true);
              } else {
                const d = findDates(cell, true)[0];
                if (d) takeDate(dateKind(hi), d, row, pos, true, head.kind === 'generic');
              }
            });
            continue;
          }
          // Cells merged or split by the reader: the values in order, under the headings in order.
          const dateHeads = heads.map((h, i) => ({ h, i })).filter(({ h }) => !h.who && h.kind !== 'version');
          const dates = findDates(row.text, true);
          dates.slice(0, dateHeads.length).forEach((d, k) => takeDate(dateKind(dateHeads[k]!.i), d, row, 0, true, dateHeads[k]!.h.kind === 'generic'));
          if (heads[0]?.kind === 'version') takeVersion(row.text, 0, row, 0, true);
          if (heads.some((h) => h.kind === 'approvedBy')) {
            for (const cell of cells) {
              const tail = cell.replace(/^.*\d{4}\s*/, '');
              takeBody(tail, Math.max(0, row.text.indexOf(cell)) + cell.length - tail.length, row, 0, true);
            }
          }
        }
        continue;
      }
    }

    const labels = findLabels(text);
    if (labels.length === 0) {
      const v = /(?<![\p{L}])v(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d.])/u.exec(text);
      if (v && bi < 15 && !version && text.length < 120) version = { value: v[1]!, text: v[0], source: span(block, offset + v.index, offset + v.index + v[0].length), confidence: 0.6 };
      continue;
    }
    const short = text.length <= 200 || block.kind === 'table-row';
    // The row's first date label owns dates that sit under its other labels ("Written By ... Version 1.0 06/09/21").
    const ownerKind = (l: LabelMention | undefined): DateKind | undefined => (!l || l.kind === 'version' || l.kind === 'generic' ? undefined : l.kind === 'approvedBy' ? 'approved' : l.kind);
    const rowKind = ownerKind(labels.find((l) => ownerKind(l) !== undefined));
    labels.forEach((label, li) => {
      const next = labels[li + 1];
      const structured = short && (/^[\s:\-–\t]/.test(text.slice(label.end)) || block.kind === 'table-row') && (label.start === 0 || /[\t:;]|\s{2,}$/.test(text.slice(0, label.start)) || li > 0);
      let segEnd = next ? next.start : text.length;
      if (!structured) {
        const sentence = sentenceAt(text, label.start);
        segEnd = Math.min(segEnd, sentence.end, label.end + 90);
        // "The governors review this policy annually. It was last reviewed in September 2024.": the sentence
        // before may say what "it" is.
        const before = sentence.start > 0 ? sentenceAt(text, Math.max(0, sentence.start - 2)).start : sentence.start;
        const about = POLICY_CONTEXT.test(text.slice(sentence.start, sentence.end)) || (/^\s*it\b/i.test(text.slice(sentence.start)) && POLICY_CONTEXT.test(text.slice(before, sentence.start)));
        if (!about) return;
      }
      const segment = text.slice(label.end, segEnd);
      let rest = segment;
      let restAt = label.end;
      if (label.kind === 'version') {
        const used = takeVersion(segment, label.end, block, offset);
        if (used === null) return;
        rest = segment.slice(used);
        restAt = label.end + used;
      }
      if (label.kind === 'approvedBy') {
        const dates = findDates(segment);
        const upTo = dates[0] ? dates[0].start : segment.length;
        let gotBody = takeBody(segment.slice(0, upTo), label.end, block, offset, structured);
        // "Approved by: Mr P Lindqvist (Chair of Governors)": the role the approver signs for.
        const role = gotBody ? null : /\(([^)]{3,60})\)/.exec(segment.slice(0, upTo));
        if (role && structured) gotBody = takeBody(role[1]!, label.end + role.index + 1, block, offset, true);
        if (!gotBody && !structured && !dates[0]) return;
        if (dates[0] && (structured || dates[0].start < 80)) takeDate('approved', dates[0], block, offset + label.end, structured, false);
        return;
      }
      const dates = findDates(rest, structured).filter((d) => structured || d.form !== 'year' || /^\s*(?:on|in|by|during|for)?\s*$/i.test(rest.slice(0, d.start)));
      if (dates.length === 0) {
        // "Approved: FGB" with no date still names the body.
        if (label.kind === 'approved' && structured) takeBody(rest, restAt, block, offset, true, false);
        return;
      }
      let kind: DateKind;
      if (label.kind === 'version' || label.kind === 'generic') {
        // A date under "Date" or "Version" belongs to the row's own date label, else it is the policy's date.
        const before = labels.slice(0, li).reverse().find((l) => ownerKind(l) !== undefined);
        kind = ownerKind(before) ?? rowKind ?? 'lastReviewed';
        if (label.kind === 'version' && !rowKind) return;
      } else kind = label.kind;
      // A signature's date ("Signed: Mrs J Holt (Chair)  Date: 01/07/2024") says when it was signed: an explicit
      // approval date elsewhere says more, so it counts as a bare "Date:".
      const owner = label.kind === 'generic' || label.kind === 'version' ? labels.slice(0, li).reverse().find((l) => ownerKind(l) !== undefined) : label;
      const signed = owner !== undefined && /^sign/i.test(text.slice(owner.start, owner.end));
      const generic = signed || (label.kind === 'generic' && !labels.slice(0, li).some((l) => l.kind !== 'generic' && l.kind !== 'version'));
      // Structured line: the date just after the label; a list of review dates keeps the latest.
      const chosen = kind === 'lastReviewed' || kind === 'approved' ? latestOf(dates) : dates[0]!;
      if (label.kind === 'approved' && structured) takeBody(rest.slice(0, chosen.start), restAt, block, offset, true, false);
      takeDate(kind, chosen, block, offset + restAt, structured, generic);
    });
  }

  return { dates: chooseDates(found), version, approvingBody: body ? { value: (body as Extracted<string>).value, source: (body as Extracted<string>).source, confidence: (body as Extracted<string>).confidence } : null, problems };
}

function latestOf(dates: DateMention[]): DateMention {
  const valid = dates.filter((d) => d.value !== null);
  if (valid.length === 0) return dates[0]!;
  return valid.reduce((a, b) => (compareIso(firstDayOf(b.value!), firstDayOf(a.value!)) > 0 ? b : a));
}

function kindWords(kind: DateKind): string {
  switch (kind) {
    case 'written':
      return 'date written';
    case 'approved':
      return 'approval date';
    case 'lastReviewed':
      return 'last review date';
    case 'nextReview':
      return 'next review date';
  }
}

function chooseDates(found: DateFound[]): PolicyDates {
  const pick = (kind: DateKind): Extracted<PartialDate> | null => {
    const all = found.filter((f) => f.kind === kind);
    if (all.length === 0) return null;
    // A labelled header line beats prose; an explicit label beats a bare "Date:"; then the most precise.
    const rank = (f: DateFound) => (f.structured ? 4 : 0) + (f.generic ? 0 : 2) + (f.date.form === 'day' ? 1 : f.date.form === 'month' ? 0.5 : 0);
    // On equal footing (a history table), the latest review, approval or due date; the first date written.
    const later = (a: DateFound, b: DateFound) => compareIso(firstDayOf(b.date.value!), firstDayOf(a.date.value!)) > 0;
    const best = all.reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && kind !== 'written' && later(a, b)) ? b : a));
    const s = best.offset + best.date.start;
    return {
      value: best.date.value!,
      text: best.date.text,
      source: span(best.block, s, best.offset + best.date.end),
      confidence: Math.min(0.95, (best.structured ? 0.85 : 0.65) + (best.generic ? -0.15 : 0) + (best.date.form === 'academic_year' ? -0.2 : 0)),
    };
  };
  return { written: pick('written'), approved: pick('approved'), lastReviewed: pick('lastReviewed'), nextReview: pick('nextReview') };
}

