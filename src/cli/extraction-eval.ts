// Scoring extraction against hand-checked labels (the seeds' labels.json): field by field, true and
// false positives and misses, so precision and recall can be printed per field and per file form.
// Strings are compared the way a person would: case, punctuation, "&"/"and" and "St."/"St" do not
// matter; guidance must agree on the edition year; lists are matched one to one.
import { policyKey } from '../core/extraction/linked-policies';
import type { ExtractionContext } from '../core/extraction/types';
import { nameKey } from '../core/names';
import { extractRecord, type ExtractRecord } from './commands/extract';

/** One entry of labels.json (fields a label does not carry are not scored). */
export interface SeedLabel {
  file: string;
  setting_name?: string | null;
  linked_settings?: string[];
  phase?: string | null;
  policy_title?: string | null;
  policy_type?: string;
  version?: string | null;
  last_review?: string | null;
  next_review?: string | null;
  review_cadence_months?: number | null;
  approved_by_body?: string | null;
  named_leads?: { role: string; name: string }[];
  other_named_people?: { name: string; role_text: string }[];
  guidance_cited?: string[];
  linked_policies?: string[];
  official_channels?: string[];
  blocked_sites?: string[];
  template_source?: string;
  topics?: string[];
}

/** What was extracted, in the CLI's shape plus the fields the CLI does not print. */
export type Prediction = ExtractRecord;

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  /** Files where both label and prediction were empty: right, but no evidence for precision or recall. */
  tn: number;
}

export const SCALAR_FIELDS = ['setting_name', 'phase', 'policy_title', 'policy_type', 'version', 'last_review', 'next_review', 'review_cadence_months', 'approved_by', 'template_source'] as const;
export const LIST_FIELDS = ['named_leads', 'other_named_people', 'guidance_cited', 'linked_policies', 'topics', 'linked_settings', 'official_channels', 'blocked_sites'] as const;
export type ScoredField = (typeof SCALAR_FIELDS)[number] | (typeof LIST_FIELDS)[number];

const STOP = new Set(['the', 'of', 'and', 'in', 'for', 'a', 'to', 'dfe', 'uk', 'policy', 'policies']);

function words(text: string): string[] {
  return nameKey(text.replace(/\([^)]*\)/g, (m) => (/\d{4}/.test(m) ? m : ' ')))
    .split(' ')
    .filter((w) => w && !/^\d{4}$/.test(w));
}

function years(text: string): string {
  return [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0]).sort().join(',');
}

/** 0..1 likeness of two strings' words (Jaccard), with "tool kit" and "toolkit" alike. */
export function textSimilarity(a: string, b: string): number {
  const squash = (s: string) => words(s).join('');
  if (squash(a) === squash(b)) return 1;
  const wa = new Set(words(a).filter((w) => !STOP.has(w)));
  const wb = new Set(words(b).filter((w) => !STOP.has(w)));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

function guidanceSimilarity(a: string, b: string): number {
  // A citation must agree on its edition: "KCSIE 2021" is not "KCSIE 2023". "UK GDPR" is not "GDPR".
  if (years(a) !== years(b)) return 0;
  if (/\buk\b/i.test(a) !== /\buk\b/i.test(b)) return 0;
  return textSimilarity(a, b);
}

function matchLists(labels: string[], predicted: string[], similarity: (a: string, b: string) => number, threshold: number): FieldScore {
  const pairs: { i: number; j: number; s: number }[] = [];
  labels.forEach((l, i) => predicted.forEach((p, j) => {
    const s = similarity(l, p);
    if (s >= threshold) pairs.push({ i, j, s });
  }));
  pairs.sort((a, b) => b.s - a.s);
  const usedL = new Set<number>();
  const usedP = new Set<number>();
  for (const p of pairs) {
    if (usedL.has(p.i) || usedP.has(p.j)) continue;
    usedL.add(p.i);
    usedP.add(p.j);
  }
  const tp = usedL.size;
  return { tp, fp: predicted.length - tp, fn: labels.length - tp, tn: labels.length === 0 && predicted.length === 0 ? 1 : 0 };
}

function scalar(label: string | number | null | undefined, predicted: string | number | null | undefined, same: (a: string, b: string) => boolean): FieldScore {
  const l = label === undefined || label === null ? null : String(label);
  const p = predicted === undefined || predicted === null ? null : String(predicted);
  if (l === null && p === null) return { tp: 0, fp: 0, fn: 0, tn: 1 };
  if (l === null) return { tp: 0, fp: 1, fn: 0, tn: 0 };
  if (p === null) return { tp: 0, fp: 0, fn: 1, tn: 0 };
  return same(l, p) ? { tp: 1, fp: 0, fn: 0, tn: 0 } : { tp: 0, fp: 1, fn: 1, tn: 0 };
}

const exact = (a: string, b: string) => a === b;
const byName = (a: string, b: string) => nameKey(a.replace(/\bsaint\b/gi, 'st')) === nameKey(b.replace(/\bsaint\b/gi, 'st'));
const byBody = (a: string, b: string) => nameKey(a.replace(/\([^)]*\)/g, '')) === nameKey(b.replace(/\([^)]*\)/g, ''));

/** The label's value for a field, or undefined when the label does not carry the field. */
function labelValue(label: SeedLabel, field: ScoredField): unknown {
  switch (field) {
    case 'approved_by':
      return 'approved_by_body' in label ? label.approved_by_body : undefined;
    case 'blocked_sites':
      return label.blocked_sites;
    default:
      return (label as unknown as Record<string, unknown>)[field];
  }
}

/** Scores one file's prediction against its label, for every field the label carries. */
export function scoreFile(label: SeedLabel, prediction: Prediction): Partial<Record<ScoredField, FieldScore>> {
  const out: Partial<Record<ScoredField, FieldScore>> = {};
  for (const field of SCALAR_FIELDS) {
    const want = labelValue(label, field);
    if (want === undefined) continue;
    const got = (prediction as unknown as Record<string, string | number | null | undefined>)[field];
    const same = field === 'setting_name' || field === 'policy_title' ? byName : field === 'approved_by' ? byBody : field === 'template_source' ? (a: string, b: string) => textSimilarity(a, b) >= 0.4 : exact;
    out[field] = scalar(want as string | number | null, got, same);
  }
  for (const field of LIST_FIELDS) {
    const want = labelValue(label, field);
    if (want === undefined) continue;
    const got = (prediction as unknown as Record<string, unknown>)[field] as unknown[] | undefined;
    if (got === undefined) continue;
    switch (field) {
      case 'named_leads': {
        const key = (l: { role: string; name: string }) => `${l.role}|${nameKey(l.name)}`;
        out[field] = matchLists((want as { role: string; name: string }[]).map(key), (got as { role: string; name: string }[]).map(key), (a, b) => (a === b ? 1 : 0), 1);
        break;
      }
      case 'other_named_people':
        out[field] = matchLists((want as { name: string }[]).map((p) => nameKey(p.name)), (got as { name: string }[]).map((p) => nameKey(p.name)), (a, b) => (a === b ? 1 : 0), 1);
        break;
      case 'guidance_cited':
        out[field] = matchLists(want as string[], got as string[], guidanceSimilarity, 0.5);
        break;
      case 'linked_policies':
        out[field] = matchLists(want as string[], got as string[], (a, b) => (policyKey(a) === policyKey(b) ? 1 : textSimilarity(a, b)), 0.6);
        break;
      case 'topics':
        out[field] = matchLists(want as string[], got as string[], (a, b) => (a === b ? 1 : 0), 1);
        break;
      default:
        out[field] = matchLists(want as string[], got as string[], (a, b) => (byName(a, b) ? 1 : textSimilarity(a, b)), 0.6);
    }
  }
  return out;
}

export function addScores(into: Partial<Record<ScoredField, FieldScore>>, more: Partial<Record<ScoredField, FieldScore>>): void {
  for (const [field, s] of Object.entries(more) as [ScoredField, FieldScore][]) {
    const t = (into[field] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    t.tn += s.tn;
  }
}

/** Precision and recall; a field with nothing to find and nothing found is perfect (1). */
export function precisionRecall(s: FieldScore): { precision: number; recall: number } {
  return { precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp), recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn) };
}

/** Reads one file and extracts it, as `oversight extract --json` prints it. */
export async function predictFile(path: string, bytes: Uint8Array, context: ExtractionContext): Promise<Prediction> {
  return extractRecord(path, bytes, context);
}
