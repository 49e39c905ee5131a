// Matching a setting name read from a policy to the trust's settings: "St. Mary's C of E Infant" is
// "St Marys Church of England Infant School"; "Pippins Pre-school" is "Pippins Preschool". Words that
// only say what kind of setting it is weigh little, and a clash of phase words (Infant vs Junior) rules a
// match out, so "Brookfield Infant School" never matches "Brookfield Junior School".
import { nameKey } from '../names';

/** Canonical words: spellings folded, noise dropped. */
export function settingTokens(name: string): string[] {
  const key = nameKey(name)
    .replace(/\bchurch of england\b|\bc of e\b|\bc e\b|\bcofe\b/g, 'ce')
    .replace(/\broman catholic\b|\br c\b/g, 'rc')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bpre school\b|\bpreschool\b/g, 'preschool')
    .replace(/\bplay group\b/g, 'playgroup')
    .replace(/\binfants\b/g, 'infant')
    .replace(/\bjuniors\b/g, 'junior')
    .replace(/\bvoluntary (?:aided|controlled)\b|\bva\b|\bvc\b/g, ' ')
    .replace(/\bthe\b|\band\b/g, ' ');
  return key.split(/\s+/).filter(Boolean);
}

/** Words that say what kind of setting, not which one. */
const KIND_WORDS = new Set(['st', 'ce', 'rc', 'primary', 'infant', 'junior', 'secondary', 'high', 'school', 'academy', 'college', 'nursery', 'preschool', 'playgroup', 'kindergarten', 'federation', 'community', 'church', 'catholic', 'methodist', 'of', 'first', 'middle', 'upper', 'special', 'free', 'centre', 'day', 'early', 'years', 'foundation', 'grammar', 'trust', 'learning']);
const PHASE_WORDS = ['primary', 'infant', 'junior', 'secondary', 'high', 'nursery', 'preschool', 'playgroup', 'special', 'first', 'middle', 'upper', 'grammar'];
/** Phase words that may stand for one another ("Primary School" vs "Primary Academy" is no clash). */
const COMPATIBLE: Record<string, string[]> = {
  nursery: ['preschool', 'playgroup'],
  preschool: ['nursery', 'playgroup'],
  playgroup: ['nursery', 'preschool'],
  secondary: ['high', 'grammar', 'upper'],
  high: ['secondary', 'grammar', 'upper'],
  grammar: ['secondary', 'high'],
  upper: ['secondary', 'high'],
};

function weight(word: string): number {
  return KIND_WORDS.has(word) ? 0.25 : 1;
}

/** 0..1: how alike two setting names are. */
export function settingSimilarity(a: string, b: string): number {
  const ta = settingTokens(a);
  const tb = settingTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  if (ta.join(' ') === tb.join(' ')) return 1;
  const pa = PHASE_WORDS.filter((w) => ta.includes(w));
  const pb = PHASE_WORDS.filter((w) => tb.includes(w));
  // Both name a phase, and none of one side's is the other's (or stands for it): different settings.
  if (pa.length && pb.length && !pa.some((w) => pb.includes(w) || (COMPATIBLE[w] ?? []).some((c) => pb.includes(c)))) return 0;
  const sa = new Set(ta);
  const sb = new Set(tb);
  let shared = 0;
  let total = 0;
  for (const w of new Set([...ta, ...tb])) {
    const wt = weight(w);
    total += wt;
    if (sa.has(w) && sb.has(w)) shared += wt;
    else if (near(w, sa.has(w) ? sb : sa)) shared += wt * 0.8;
  }
  const distinctA = ta.filter((w) => !KIND_WORDS.has(w));
  const distinctB = tb.filter((w) => !KIND_WORDS.has(w));
  // Names that share no word of their own ("St Mary's CE Infant" and "St John's CE Infant") are not alike.
  if (distinctA.length && distinctB.length && !distinctA.some((w) => sb.has(w) || near(w, sb))) return 0;
  return total === 0 ? 0 : shared / total;
}

/** One typo or a dropped letter ("Alphege" / "Alphage", "Marys" / "Mary"). */
function near(word: string, others: Set<string>): boolean {
  if (word.length < 4) return false;
  for (const o of others) {
    if (o.length < 4 || Math.abs(o.length - word.length) > 1) continue;
    if (editDistanceAtMostOne(word, o)) return true;
  }
  return false;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export interface SettingMatch<T> {
  setting: T;
  /** 0..1 */
  score: number;
}

/**
 * The setting `name` most likely refers to, or null when none is alike enough (offer a new setting).
 * `threshold` is the least score that counts as a match (default 0.6).
 */
export function matchSetting<T extends { name: string }>(name: string, settings: readonly T[], threshold = 0.6): SettingMatch<T> | null {
  let best: SettingMatch<T> | null = null;
  for (const setting of settings) {
    const score = settingSimilarity(name, setting.name);
    if (score >= threshold && (!best || score > best.score)) best = { setting, score };
  }
  return best;
}
