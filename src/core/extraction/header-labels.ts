// The words that label a policy's own facts ("Date of last review", "Approved by", "Version") and the
// bodies that approve policies ("FGB", "the Trust Board", "Resources Committee"), for header.ts.
import { countWords } from './text';

export type DateKind = 'written' | 'approved' | 'lastReviewed' | 'nextReview';
export type LabelKind = DateKind | 'generic' | 'version' | 'approvedBy';

interface Label {
  kind: LabelKind;
  re: RegExp;
}

// ASCII word edges (labels are plain English words), without the slower Unicode mode.
const L = (kind: LabelKind, source: string): Label => ({ kind, re: new RegExp(`(?<![A-Za-z])(?:${source})(?![A-Za-z])`, 'gi') });
/** A cheap test before the labels are looked for: most blocks of a policy carry none. */
const LABEL_HINT = /review|date|approv|ratif|adopt|agree|sign|writ|author|prepar|draft|compil|creat|effect|implement|issue|version|ver\.|updat|revis|amend|expir|valid|renew|due|publish|meeting|endorse|committee|approving|ratifying/i;

const LABELS: Label[] = [
  L('nextReview', 'date\\s+(?:of|for)\\s+(?:the\\s+)?next\\s+(?:policy\\s+|formal\\s+)?review|next\\s+(?:scheduled\\s+|formal\\s+|full\\s+|policy\\s+|planned\\s+)?review(?:\\s+(?:date|due|by|on|in))?(?:\\s+date)?|(?:policy\\s+)?review\\s+date|date\\s+(?:of|for)\\s+(?:policy\\s+)?review|due\\s+for\\s+(?:its\\s+next\\s+)?review(?:\\s+(?:on|by|in))?|(?:next\\s+)?review\\s+due(?:\\s+(?:date|by|on|in))?|to\\s+be\\s+reviewed(?:\\s+(?:again\\s+)?(?:on|by|in|before|during))?|(?:will|shall)\\s+(?:next\\s+)?be\\s+reviewed(?:\\s+again)?\\s+(?:on|by|in|before|during)|review\\s+by|renewal\\s+date|date\\s+to\\s+be\\s+reviewed|reviewed\\s+again\\s+(?:on|in|by)|next\\s+due|expiry\\s+date|valid\\s+until'),
  L('lastReviewed', 'date\\s+of\\s+(?:the\\s+)?(?:last|latest|most\\s+recent)\\s+(?:policy\\s+)?review|(?:last|latest|most\\s+recent)\\s+(?:policy\\s+)?review(?:ed)?(?:\\s+(?:date|on|in))?|date\\s+(?:last\\s+)?reviewed|(?:policy\\s+)?(?:last\\s+)?reviewed(?:\\s+(?:on|in|date))?(?=\\s*[:\\t\\-–]|\\s+(?:on|in)\\b|\\s+(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Autumn)[a-z]*\\.?\\s+\\d))|reviewed\\s+(?:on|in)|review\\s+completed(?:\\s+(?:on|in))?|last\\s+(?:updated|revised|amended)(?:\\s+(?:on|in))?|date\\s+(?:of\\s+)?(?:last\\s+)?(?:update|revision|amendment)|(?:updated|revised|amended)(?=\\s*[:\\t])|was\\s+(?:last\\s+)?(?:reviewed|updated|revised)\\s+(?:on|in)|reviewed\\s+by'),
  L('approved', 'date\\s+(?:of\\s+)?(?:governors?[’\']?\\s+|governing\\s+body\\s+|board\\s+)?(?:approval|ratification|adoption|agreement|sign[-\\s]?off)|(?:approval|ratification|adoption|agreed)\\s+date|date\\s+(?:approved|ratified|adopted|agreed|signed)|(?:approved|ratified|adopted|agreed|signed\\s+off)(?:\\s+(?:on|in|at|date))?(?=\\s*[:\\t\\-–]|\\s+(?:on|in|at)\\b)|(?:was|were|has\\s+been)\\s+(?:formally\\s+)?(?:approved|ratified|adopted|agreed)\\s+(?:on|in|at)|(?:governors?|governing\\s+body|board)\\s+approval(?:\\s+date)?|signed(?=\\s*[:\\t])|date\\s+of\\s+(?:the\\s+)?(?:governors?[’\']?\\s+|fgb\\s+|lgb\\s+|board\\s+)?meeting'),
  // "Responsible committee: Full Governing Body", "Approving body: Trust Board": who approves, without "by".
  L('approvedBy', '(?:approved|ratified|adopted|agreed|signed\\s+off|endorsed)\\s+by|(?:responsible|approving|ratifying)\\s+(?:committee|body)(?=\\s*[:\\t\\-–])|committee\\s+responsible(?=\\s*[:\\t\\-–])'),
  L('written', 'date\\s+(?:written|created|drafted|issued|implemented|published|of\\s+issue|of\\s+publication|of\\s+implementation|of\\s+(?:this\\s+)?(?:policy|document))|(?:issue|creation|implementation|effective|publication|policy|document)\\s+date|written(?:\\s+(?:on|in))?(?=\\s*[:\\t\\-–]|\\s+(?:on|in)\\b)|written\\s+by|author(?:ed\\s+by)?|prepared\\s+by|drafted\\s+by|compiled\\s+by|created(?:\\s+(?:on|in))?(?=\\s*[:\\t])|effective\\s+from|implemented(?:\\s+(?:on|from))?(?=\\s*[:\\t])|first\\s+(?:written|issued|published)(?:\\s+(?:on|in))?|date\\s+(?:first\\s+)?(?:written|issued)'),
  L('version', 'version(?:\\s+(?:number|no\\.?))?|ver\\.|issue\\s+(?:number|no\\.?)'),
  L('generic', 'date(?:\\(s\\))?(?=\\s*[:\\t\\-–]|\\s*$)|dated'),
];

export interface LabelMention {
  kind: LabelKind;
  start: number;
  end: number;
}

export function findLabels(text: string): LabelMention[] {
  if (!LABEL_HINT.test(text)) return [];
  const found: (LabelMention & { order: number })[] = [];
  LABELS.forEach((l, order) => {
    l.re.lastIndex = 0;
    for (let m = l.re.exec(text); m; m = l.re.exec(text)) found.push({ kind: l.kind, start: m.index, end: m.index + m[0].length, order });
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: LabelMention[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push({ kind: f.kind, start: f.start, end: f.end });
  return kept.sort((a, b) => a.start - b.start);
}

const BODY =
  /^(?:(?:full|local)\s+)?governing\s+(?:body|board|committee)(?:\s+of\s+[\p{L}\s]+)?$|^(?:fgb|lgb|lgc|slt|smt|ceo|sbm)$|^(?:the\s+)?(?:governors|trustees|directors|staff|executive|proprietors?|owners?)$|^board\s+of\s+(?:trustees|governors|directors)$|^(?:trust|academy|local|school|management|executive)\s+(?:board|committee|team)$|^[\p{L}&,'’\s-]{0,60}\bcommittee$|^executive(?:\s+(?:team|board|committee|leadership\s+team|head(?:teacher)?|principal))?$|^(?:senior\s+)?leadership\s+team$|^head\s?teacher$|^head\s+of\s+school$|^(?:executive\s+)?principal$|^(?:nursery\s+|setting\s+|pre-?school\s+)?manager$|^chief\s+executive(?:\s+officer)?$|^chair\s+of\s+(?:the\s+)?(?:governors|trustees|governing\s+body|board)$|^(?:full|local)\s+governors$/iu;

/** The approving body named in `text` ("the Governing Body", "FGB", "Resources Committee"), as written. */
export function readBody(text: string): { value: string; start: number; end: number } | null {
  const m = /^[\s:\-–\t]*(?:by\s+)?(?:the\s+|a\s+|our\s+)?/i.exec(text)!;
  const rest = text.slice(m[0].length);
  // The body runs until a date, a bracket, "on", "at", "in", "meeting", or the end.
  const stop = /\s*(?:\(|\t|\s(?:on|at|in|during|meeting|dated|date|with|prior|following|and\s+will|and\s+is|and\s+was|\d)\b|[.;,:]|$)/i.exec(rest);
  let candidate = rest.slice(0, stop ? stop.index : rest.length).trim();
  // "FGB (full governing body)" keeps the short form the text leads with.
  candidate = candidate.replace(/\s+(?:meeting|at\s+its\s+meeting)$/i, '');
  if (!candidate || countWords(candidate) > 8) return null;
  if (!BODY.test(candidate)) return null;
  return { value: candidate, start: m[0].length, end: m[0].length + candidate.length };
}


/** A column heading of a header table: a label and nothing else ("Date approved", "This policy was adopted by", "On"). */
export interface Head {
  kind: LabelKind;
  /** The column holds who did it ("Approved by", "Reviewed by"), not when. */
  who: boolean;
}

export function headsOf(cell: string): Head[] | null {
  const t = cell
    .trim()
    .replace(/[:\s]+$/, '')
    .replace(/^(?:this\s+)?(?:policy|document)\s+(?:was|is|has\s+been|will\s+be)\s+/i, '');
  if (!t) return null;
  if (/^(?:on|dated?|when)$/i.test(t)) return [{ kind: 'generic', who: false }];
  const labels = findLabels(t);
  if (labels.length === 0) return null;
  // Every word of the cell is a label, or the cell starts with one (a PDF reader may run two headings into one cell);
  // "Signed on behalf of the provider" is not a heading of ours.
  let rest = t;
  for (const l of [...labels].reverse()) rest = rest.slice(0, l.start) + rest.slice(l.end);
  const merged = labels[0]!.start === 0 && !/\d/.test(rest) && /\b(?:signed|signature|name|position|role|title|on\s+behalf)\b/i.test(rest);
  if (!/^[\s:/&|,-]*$/.test(rest) && !merged) return null;
  return labels.map((l) => ({ kind: l.kind, who: l.kind === 'approvedBy' || /\bby$/i.test(t.slice(l.start, l.end)) }));
}

