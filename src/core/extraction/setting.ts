// The setting a policy belongs to, any settings it is shared with, and the phase. A setting's name is a
// run of capitalised words ending in what it is ("... Primary School", "... Preschool", "... Academy",
// "... Nursery"); the one in the header, or the one the text uses most, is the setting. Two names joined
// by "and" ("St Alphege CE Infant School and Sunbeams Nursery") are a setting and its linked setting.
import type { Block } from '../document';
import { nameKey } from '../names';
import type { Phase } from '../vocabulary';
import { blockContent, countWords, isMostlyUpper, span, titleCase } from './text';
import type { Extracted } from './types';

/** What a setting is called at the end of its name; found first, then the name is read backwards from it. */
const TERMINAL_RE = /(?<![A-Za-z-])(?:Nursery\s+School|Pre-?[Ss]chool\s+Playgroup|School|Academy|College|Nursery|Pre-?\s?[Ss]chool|Preschool|Playgroup|Play\s?[Gg]roup|Kindergarten|Montessori|Federation|Infants|Juniors|Centre|school|academy|nursery|pre-?school|NURSERY\s+SCHOOL|SCHOOL|ACADEMY|COLLEGE|NURSERY|PRE-?\s?SCHOOL|PRESCHOOL|PLAYGROUP|KINDERGARTEN|FEDERATION|INFANTS|JUNIORS)(?![A-Za-z])(?!\s+Trust\b)/g;
/** A word that can be part of a setting's name: capitalised, "St.", "CE", or a small joining word. */
const NAME_TOKEN = /^(?:St\.?|Saint|C\.?E\.?|R\.?C\.?|V\.?[AC]\.?|\((?:VA|VC|CE|RC|C of E|Aided|Controlled)\)|of|the|on|upon|in|by|under|de|le|&|\p{Lu}[\p{L}'’.-]*)$/u;
/** "Infant and Nursery School", "Primary & Nursery": "and" joins two kinds of setting within one name. */
const KIND_WORD = /^(?:Infants?|Juniors?|Primary|Nursery|Pre-?[Ss]chool|Preschool|First|Middle|Secondary|Special)$/;
const CONNECTOR = /^(?:of|the|on|upon|in|by|under|de|le|&)$/;

/** Words a name may not start with: sentence openers and generic words. */
const LEADING = /^(?:(?:All|The|This|That|These|Our|At|In|As|Whilst|While|When|If|Where|Within|For|From|To|Welcome|Both|Each|Every|Any|Members?|Staff|Parents|Pupils|Learners|Governors|Policy|Social|Media|Online|Safety|Statement|Introduction|Name|Of|On|By|And|Upon|Under|Setting|School|Our|Including|Unless|Once|Whether|Local|Authority|Education|People['’]s|Kent|Dear|Why|How|What|Designated|Safeguarding|Lead|Head|Headteacher|Manager|Owner|of|the|on|in|by|under|upon|&)\s+)+/;
/** Words that say nothing about which setting it is. */
const GENERIC = new Set(['st', 'saint', 'ce', 'c', 'e', 'of', 'rc', 'va', 'vc', 'the', 'and', 'primary', 'infant', 'infants', 'junior', 'juniors', 'secondary', 'high', 'school', 'academy', 'college', 'nursery', 'preschool', 'pre', 'playgroup', 'play', 'group', 'kindergarten', 'montessori', 'federation', 'centre', 'community', 'church', 'england', 'catholic', 'day', 'special', 'free', 'first', 'middle', 'upper', 'lower', 'new', 'local', 'county', 'our', 'this', 'all', 'a', 'an', 'in', 'on', 'upon', 'by', 'under', 'early', 'years', 'learning', 'grammar', 'independent', 'national', 'foundation', 'stage', 'trust', 'multi', 'partner', 'other', 'any', 'every', 'for', 'to', 'with', 'at', 'policy', 'policies', 'media', 'social', 'online', 'safety', 'safeguarding', 'child', 'protection', 'statement', 'procedure', 'procedures']);

interface Candidate {
  name: string;
  block: Block;
  start: number;
  end: number;
  score: number;
  order: number;
}

function tidyName(raw: string): { name: string; skip: number } | null {
  // A letterhead in capitals ("NORTHFIELD SCHOOL") reads as the name in ordinary case.
  const lead = LEADING.exec(isMostlyUpper(raw) ? titleCase(raw) : raw)?.[0].length ?? 0;
  let name = (isMostlyUpper(raw) ? titleCase(raw) : raw).slice(lead).replace(/\s+/g, ' ').replace(/['’]s$/, '').replace(/[’‘]/g, "'").trim();
  name = name.replace(/\s+(?:of|the|on|in|by|&)$/, '');
  const distinctive = nameKey(name)
    .split(' ')
    .filter((w) => w && !GENERIC.has(w));
  if (distinctive.length === 0 || countWords(name) > 10) return null;
  return { name, skip: lead + (raw.slice(lead).length - raw.slice(lead).trimStart().length) };
}

/** Setting-like names in a text with their offsets, joined pairs split ("X School and Y Nursery"). */
export function findSettingNames(text: string): { name: string; start: number; end: number; joinedTo?: string }[] {
  const out: { name: string; start: number; end: number; joinedTo?: string }[] = [];
  TERMINAL_RE.lastIndex = 0;
  for (let m = TERMINAL_RE.exec(text); m; m = TERMINAL_RE.exec(text)) {
    // Walk back over the words before it, separated by spaces only (a tab or line ends a name).
    let start = m.index;
    const words: { w: string; at: number }[] = [];
    while (words.length < 9) {
      const before = /(\S+)( {1,2})$/.exec(text.slice(Math.max(0, start - 60), start));
      if (!before) break;
      const joins = /^(?:and|&)$/.test(before[1]!) && KIND_WORD.test(words[0]?.w ?? (m[0].split(/\s+/)[0] ?? ''));
      if (!joins && !NAME_TOKEN.test(before[1]!)) break;
      start -= before[1]!.length + before[2]!.length;
      words.unshift({ w: before[1]!, at: start });
    }
    while (words.length && (CONNECTOR.test(words[0]!.w) || /^(?:and|&)$/.test(words[0]!.w))) words.shift();
    // "the school" is no name: a setting's name has a capitalised word of its own before what it is.
    if (words.length === 0) continue;
    const from = words[0]!.at;
    const end = m.index + m[0].length;
    const t = tidyName(text.slice(from, end));
    if (!t) continue;
    if (out.length && out[out.length - 1]!.end > from) continue;
    out.push({ name: t.name, start: from + t.skip, end: from + t.skip + t.name.length });
  }
  // Link "A and B" / "A with B" / "A incorporating B" pairs.
  for (let i = 0; i + 1 < out.length; i += 1) {
    const between = text.slice(out[i]!.end, out[i + 1]!.start);
    if (/^\s*,?\s*(?:and|&|with|incorporating|including|together\s+with)\s*(?:its\s+|our\s+|the\s+)?$/i.test(between)) out[i + 1]!.joinedTo = out[i]!.name;
  }
  return out;
}

export interface SettingReading {
  settingName: Extracted<string> | null;
  linkedSettings: Extracted<string>[];
  phase: Extracted<Phase> | null;
}

const LABELLED = /^(?:name\s+of\s+(?:the\s+)?(?:school|setting|academy|provider)|school(?:\s+name)?|setting(?:\s+name)?|academy(?:\s+name)?|provider|establishment)\s*[:\t-]\s*/i;

export function readSetting(blocks: readonly Block[], headerEnd: number): SettingReading {
  const candidates: Candidate[] = [];
  const joined: { name: string; to: string; block: Block; start: number; end: number }[] = [];
  let order = 0;
  blocks.forEach((block, bi) => {
    const { text, offset } = blockContent(block);
    if (!/\p{Lu}/u.test(text)) return;
    const labelled = LABELLED.exec(text);
    for (const n of findSettingNames(text)) {
      order += 1;
      let score = 1;
      const inHeader = bi < headerEnd;
      const alone = countWords(text) <= countWords(n.name) + 5;
      if (inHeader) score += alone ? 6 : 2;
      if (labelled && n.start === labelled[0].length) score += 6;
      if (n.joinedTo) {
        joined.push({ name: n.name, to: n.joinedTo, block, start: offset + n.start, end: offset + n.end });
        score -= 0.5;
      }
      candidates.push({ name: n.name, block, start: offset + n.start, end: offset + n.end, score, order });
    }
  });
  if (candidates.length === 0) {
    // A trust-wide policy names the trust, not a setting; a trust spans phases, so it has none of its own.
    const trust = readTrust(blocks, headerEnd);
    return trust ? { settingName: trust, linkedSettings: [], phase: null } : { settingName: null, linkedSettings: [], phase: phaseOf(null, null, blocks) };
  }

  // Fold by name: scores add up across mentions, so the name the document keeps using wins.
  const byKey = new Map<string, { best: Candidate; total: number; first: number }>();
  for (const c of candidates) {
    const key = nameKey(c.name).replace(/\bsaint\b/g, 'st');
    const e = byKey.get(key);
    if (!e) byKey.set(key, { best: c, total: c.score, first: c.order });
    else {
      e.total += Math.min(c.score, 1);
      if (c.score > e.best.score) e.best = c;
    }
  }
  const ranked = [...byKey.values()].sort((a, b) => b.total - a.total || a.first - b.first);
  const top = ranked[0]!;
  // A name seen once in passing, outside the header, is weak evidence.
  const confidence = Math.min(0.95, 0.4 + top.total * 0.08);
  const settingName: Extracted<string> = { value: top.best.name, source: span(top.best.block, top.best.start, top.best.end), confidence };
  const topKey = nameKey(top.best.name).replace(/\bsaint\b/g, 'st');

  const linked: Extracted<string>[] = [];
  for (const j of joined) {
    if (nameKey(j.to).replace(/\bsaint\b/g, 'st') !== topKey) continue;
    if (nameKey(j.name) === nameKey(top.best.name) || linked.some((l) => nameKey(l.value) === nameKey(j.name))) continue;
    linked.push({ value: j.name, source: span(j.block, j.start, j.end), confidence: 0.75 });
  }
  return { settingName, linkedSettings: linked, phase: phaseOf(top.best.name, settingName, blocks) };
}

/** A trust's name: "Northern Lights Learning Trust", "St Chad's Multi Academy Trust", "Kemnal Academies Trust". */
const TRUST_RE = /(?<![\p{L}])((?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|&)\s+){1,6}(?:Multi[-\s]?Academy|Academy|Academies|Learning|Education(?:al)?|Schools)\s+Trust)(?![\p{L}])/gu;

/** The trust a policy belongs to, when it names no setting: the one the text names most (the header counts double). */
function readTrust(blocks: readonly Block[], headerEnd: number): Extracted<string> | null {
  const seen = new Map<string, { value: string; block: Block; start: number; score: number }>();
  blocks.forEach((block, bi) => {
    const { text, offset } = blockContent(block);
    if (!/Trust/.test(text)) return;
    TRUST_RE.lastIndex = 0;
    for (let m = TRUST_RE.exec(text); m; m = TRUST_RE.exec(text)) {
      const value = m[1]!.replace(/^(?:(?:The|the|of|and|&)\s+)+/, '').replace(/\s+/g, ' ');
      if (!/\p{Lu}/u.test(value.split(' ')[0]!) || value.split(' ').length < 2) continue;
      const key = nameKey(value);
      const e = seen.get(key) ?? { value, block, start: offset + m.index + m[1]!.indexOf(value.split(' ')[0]!), score: 0 };
      e.score += bi < headerEnd ? 2 : 1;
      seen.set(key, e);
    }
  });
  const best = [...seen.values()].sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  return { value: best.value, source: span(best.block, best.start, best.start + best.value.length), confidence: Math.min(0.85, 0.4 + best.score * 0.1) };
}

/** The phase a setting's name gives ("Infant School" -> infant), else what the text says about its pupils. */
export function phaseFromName(name: string): Phase | null {
  const n = name.toLowerCase();
  if (/\ball[-\s]?through\b|\bthrough\s+school\b/.test(n)) return 'all-through';
  if (/\bspecial\b|\bsen\s+school\b/.test(n)) return 'special';
  const infant = /\binfants?\b/.test(n);
  const junior = /\bjuniors?\b/.test(n);
  if (infant && junior) return 'primary';
  if (infant) return 'infant';
  if (junior) return 'junior';
  if (/\bprimary\b|\bfirst\s+school\b/.test(n)) return 'primary';
  if (/\b(?:secondary|high\s+school|grammar|upper\s+school|college|sixth\s+form)\b/.test(n)) return 'secondary';
  if (/\b(?:nursery|pre-?\s?school|playgroup|play\s?group|kindergarten|montessori|day\s+care|childcare|children['’]s\s+centre)\b/.test(n)) return 'preschool';
  return null;
}

/** The phase an age range gives: "an 11-18 academy", "children aged 2 to 4", "pupils aged 4-11". */
export function phaseFromAges(text: string): Phase | null {
  const m = /\b(?:aged?|ages|age\s+range(?:\s+of)?|pupils|children|students|learners|for)\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b(?!\s*(?:months|weeks|days|hours|minutes|mins|%|per\s+cent))|\b(?:an?|our)\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s+(?:[a-z-]+\s+)?(?:academy|school|college|setting|provision)\b|\((\d{1,2})\s*(?:-|–)\s*(\d{1,2})\s*(?:years)?\)/i.exec(text);
  if (!m) return null;
  const from = Number(m[1] ?? m[3] ?? m[5]);
  const to = Number(m[2] ?? m[4] ?? m[6]);
  if (!(from < to) || to > 25) return null;
  if (to <= 5) return 'preschool';
  if (from <= 5 && to >= 16) return 'all-through';
  if (from >= 10) return 'secondary';
  if (from >= 6 && to <= 12) return 'junior';
  if (to <= 8) return 'infant';
  if (to <= 12) return 'primary';
  return null;
}

function phaseOf(name: string | null, source: Extracted<string> | null, blocks: readonly Block[]): Extracted<Phase> | null {
  const fromName = name ? phaseFromName(name) : null;
  if (fromName) return { value: fromName, source: source?.source ?? null, confidence: 0.9 };
  const text = blocks.map((b) => b.text).join('\n').toLowerCase();
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\b(?:our|this|a)\s+(?:is\s+a\s+)?special\s+(?:school|academy)\b/g) > 0) return { value: 'special', source: null, confidence: 0.55 };
  // "Oakfield Academy is a secondary academy", "We are a small rural primary school".
  const kind = /\b(?:academy|school|college|we)\s+(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}?(secondary|primary|infant|junior|all-through)\s+(?:academy|school|free\s+school)\b/.exec(text);
  if (kind) return { value: kind[1] as Phase, source: null, confidence: 0.6 };
  const ages = phaseFromAges(text);
  if (ages) return { value: ages, source: null, confidence: 0.6 };
  const secondary = count(/\b(?:key\s+stage\s+[345]|ks[345]|years?\s+(?:7|8|9|10|11|12|13)\b|gcses?|a[-\s]levels?|sixth[-\s]form|post-16|secondary\s+school)/g);
  const primary = count(/\b(?:key\s+stage\s+[12]|ks[12]|years?\s+[1-6]\b|reception|primary\s+school)/g);
  const early = count(/\b(?:pre-?school|nursery|early\s+years\s+setting|childminders?|practitioners|key\s+person)\b/g);
  if (secondary >= 3 && primary >= 3 && Math.min(secondary, primary) * 3 >= Math.max(secondary, primary)) return { value: 'all-through', source: null, confidence: 0.4 };
  if (secondary >= 2) return { value: 'secondary', source: null, confidence: 0.5 };
  if (primary >= 2) return { value: 'primary', source: null, confidence: 0.45 };
  if (early >= 3) return { value: 'preschool', source: null, confidence: 0.45 };
  return null;
}
