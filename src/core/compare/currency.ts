// Currency and fit: is the guidance a policy cites still in force, does it cover what its phase
// requires, does it use early-years words that have been replaced, and is its review cadence longer
// than the trust standard? Everything takes `asOf`: which edition is in force depends on the day.
import { compareIso, type IsoDate } from '../dates';
import type { GuidanceEdition, TopicFramework } from '../config';
import type { SourceSpan, StructuredDocument } from '../document';
import type { Extracted, GuidanceCitation, TopicEvidence } from '../extraction/types';
import type { PolicyId, SettingId } from '../ids';
import type { Phase, PolicyType } from '../vocabulary';
import { normaliseWords } from './text';

/**
 * The edition in force on `asOf`: the catalogue's current edition once it is in force, else the
 * latest earlier edition (KCSIE 2025 comes into force on 1 September 2025; in July 2025, 2024 is in force).
 */
export function editionInForce(g: GuidanceEdition, asOf: IsoDate): number {
  if (!g.inForceFrom || compareIso(asOf, g.inForceFrom) >= 0) return g.currentEdition;
  const earlier = g.editions.filter((e) => e < g.currentEdition);
  return earlier.length > 0 ? Math.max(...earlier) : g.currentEdition;
}

/** The catalogue entry a citation refers to: by id, else by its name or an alias. */
export function guidanceFor(citation: GuidanceCitation, catalogue: readonly GuidanceEdition[]): GuidanceEdition | undefined {
  if (citation.guidanceId) {
    const byId = catalogue.find((g) => g.id === citation.guidanceId);
    if (byId) return byId;
  }
  const name = normaliseWords(citation.name);
  return catalogue.find((g) => [g.name, ...g.aliases].some((n) => normaliseWords(n) === name));
}

export interface StaleCitation {
  guidanceId: string;
  name: string;
  /** The edition the policy cites. */
  cited: number;
  /** The edition in force on `asOf`. */
  current: number;
  /** "cites Keeping Children Safe in Education 2021; 2025 is in force" */
  message: string;
  source: SourceSpan | null;
}

/** Citations of an edition older than the one in force. A citation without a year cannot be judged and is left out. */
export function staleCitations(citations: readonly Extracted<GuidanceCitation>[], catalogue: readonly GuidanceEdition[], asOf: IsoDate): StaleCitation[] {
  const out: StaleCitation[] = [];
  const seen = new Set<string>();
  for (const c of citations) {
    const edition = c.value.edition;
    if (edition === null) continue;
    const g = guidanceFor(c.value, catalogue);
    if (!g) continue;
    const current = editionInForce(g, asOf);
    const key = `${g.id}/${edition}`;
    if (edition >= current || seen.has(key)) continue;
    seen.add(key);
    out.push({ guidanceId: g.id, name: g.name, cited: edition, current, message: `cites ${g.name} ${edition}; ${current} is in force`, source: c.source });
  }
  return out;
}

/** A word or phrase that has been replaced, with what replaced it and since when. */
export interface OutdatedTerm {
  id: string;
  /** Regular expression source, matched case-insensitively. */
  pattern: string;
  /** How the flag describes it: "lead practitioner". */
  label: string;
  replacement: string;
  /** The day the replacement took effect; before it the term is not outdated. */
  since: IsoDate;
  /** Phases it is flagged for (all when absent). */
  phases?: Phase[];
}

/** Defaults: early-years terms the EYFS has replaced, and the safeguarding boards Working Together 2018 abolished. */
export const DEFAULT_OUTDATED_TERMS: readonly OutdatedTerm[] = [
  {
    id: 'lead_practitioner',
    pattern: '\\blead practitioners?\\b',
    label: 'lead practitioner',
    replacement: 'designated safeguarding lead (the EYFS renamed the role from September 2025)',
    since: '2025-09-01',
  },
  {
    id: 'eyfs_old_edition',
    pattern: '\\b(?:eyfs|early years (?:and )?foundation stage)\\b[^.\\n]{0,60}?\\b(?:2008|2012|2014|2017)\\b',
    label: 'an EYFS framework of 2017 or earlier',
    replacement: 'the EYFS statutory framework now in force',
    since: '2021-09-01',
  },
  {
    id: 'lscb',
    pattern: '\\blocal safeguarding children boards?\\b|\\blscbs?\\b',
    label: 'Local Safeguarding Children Board',
    replacement: 'the local safeguarding partners (Working Together 2018)',
    since: '2019-09-29',
  },
];

export interface OutdatedTermFound {
  termId: string;
  label: string;
  replacement: string;
  /** The words as written. */
  found: string;
  passages: SourceSpan[];
}

export function findOutdatedTerms(doc: StructuredDocument, phase: Phase | null, asOf: IsoDate, terms: readonly OutdatedTerm[] = DEFAULT_OUTDATED_TERMS): OutdatedTermFound[] {
  const out: OutdatedTermFound[] = [];
  for (const term of terms) {
    if (compareIso(asOf, term.since) < 0) continue;
    if (term.phases && phase && !term.phases.includes(phase)) continue;
    const re = new RegExp(term.pattern, 'gi');
    const passages: SourceSpan[] = [];
    let found = '';
    for (const block of doc.blocks) {
      for (const m of block.text.matchAll(re)) {
        if (found === '') found = m[0];
        passages.push({ blockId: block.id, start: m.index, end: m.index + m[0].length });
      }
    }
    if (passages.length > 0) out.push({ termId: term.id, label: term.label, replacement: term.replacement, found, passages });
  }
  return out;
}

export type CadenceStatus = 'longer' | 'within' | 'not_stated';

export interface CadenceCheck {
  status: CadenceStatus;
  statedMonths: number | null;
  standardMonths: number;
  message: string;
}

export function describeMonths(months: number): string {
  if (months === 12) return 'annually';
  if (months % 12 === 0) return `every ${months / 12} years`;
  if (months === 1) return 'monthly';
  return `every ${months} months`;
}

/** A stated cadence longer than the trust standard is an exception; none stated is reported as such, never assumed. */
export function cadenceCheck(statedMonths: number | null, standardMonths: number): CadenceCheck {
  if (statedMonths === null) return { status: 'not_stated', statedMonths, standardMonths, message: `No review cadence stated (trust standard: ${describeMonths(standardMonths)})` };
  if (statedMonths > standardMonths) return { status: 'longer', statedMonths, standardMonths, message: `Reviewed ${describeMonths(statedMonths)}, longer than the trust standard (${describeMonths(standardMonths)})` };
  return { status: 'within', statedMonths, standardMonths, message: `Reviewed ${describeMonths(statedMonths)} (trust standard: ${describeMonths(standardMonths)})` };
}

/** Topics the framework requires for the phase that the policy does not cover (partly counts as covered here: it says something). */
export function missingRequiredTopics(topics: readonly TopicEvidence[], framework: TopicFramework, phase: Phase): { topicId: string; label: string }[] {
  const found = new Set(topics.map((t) => t.topicId));
  return framework.topics.filter((t) => t.requiredForPhases.includes(phase) && !found.has(t.id)).map((t) => ({ topicId: t.id, label: t.label }));
}

export interface CurrencySettingInput {
  settingId: SettingId;
  name: string;
  phase: Phase;
  policy: {
    policyId: PolicyId;
    title: string;
    document: StructuredDocument;
    topics: readonly TopicEvidence[];
    guidanceCited: readonly Extracted<GuidanceCitation>[];
    reviewCadenceMonths: number | null;
  } | null;
}

export interface CurrencyInput {
  policyType: PolicyType;
  framework: TopicFramework | undefined;
  guidance: readonly GuidanceEdition[];
  standardCadenceMonths: number;
  settings: readonly CurrencySettingInput[];
  asOf: IsoDate;
  outdatedTerms?: readonly OutdatedTerm[];
  /** Topic ids a user overruled as covered / not covered for a setting (coverage matrix overrules). */
  overrides?: readonly { settingId: SettingId; topicId: string; covered: boolean }[];
}

export interface CurrencyRow {
  settingId: SettingId;
  name: string;
  phase: Phase;
  policyId: PolicyId | null;
  policyTitle: string | null;
  stale: StaleCitation[];
  /** Every dated or undated citation the policy makes, as "Keeping Children Safe in Education 2025". */
  cited: string[];
  missingRequired: { topicId: string; label: string }[];
  outdatedTerms: OutdatedTermFound[];
  cadence: CadenceCheck | null;
  /** Anything to act on: a stale citation, a missing required topic, an outdated term or a cadence longer than the standard. */
  flagged: boolean;
}

export interface CurrencyReport {
  policyType: PolicyType;
  asOf: IsoDate;
  /** Editions in force on `asOf`, by guidance id. */
  inForce: { guidanceId: string; name: string; edition: number }[];
  rows: CurrencyRow[];
  counts: { stale: number; missingRequired: number; outdatedTerms: number; cadenceLonger: number; cadenceNotStated: number; withoutPolicy: number };
}

/** Currency and fit for every setting's policy of one type. */
export function currencyReport(input: CurrencyInput): CurrencyReport {
  const overrides = new Map<string, boolean>();
  for (const o of input.overrides ?? []) overrides.set(`${o.settingId}\u0000${o.topicId}`, o.covered);
  const rows: CurrencyRow[] = input.settings.map((s) => {
    if (!s.policy) {
      return { settingId: s.settingId, name: s.name, phase: s.phase, policyId: null, policyTitle: null, stale: [], cited: [], missingRequired: [], outdatedTerms: [], cadence: null, flagged: false };
    }
    const p = s.policy;
    const stale = staleCitations(p.guidanceCited, input.guidance, input.asOf);
    const missingRequired = input.framework
      ? missingRequiredTopics(p.topics, input.framework, s.phase).filter((t) => overrides.get(`${s.settingId}\u0000${t.topicId}`) !== true)
      : [];
    if (input.framework) {
      for (const t of input.framework.topics) {
        if (overrides.get(`${s.settingId}\u0000${t.id}`) === false && t.requiredForPhases.includes(s.phase) && !missingRequired.some((m) => m.topicId === t.id)) {
          missingRequired.push({ topicId: t.id, label: t.label });
        }
      }
    }
    const outdatedTerms = findOutdatedTerms(p.document, s.phase, input.asOf, input.outdatedTerms);
    const cadence = cadenceCheck(p.reviewCadenceMonths, input.standardCadenceMonths);
    const flagged = stale.length > 0 || missingRequired.length > 0 || outdatedTerms.length > 0 || cadence.status === 'longer';
    const cited = [...new Set(p.guidanceCited.map((c) => (c.value.edition === null ? c.value.name : `${c.value.name} ${c.value.edition}`)))];
    return { settingId: s.settingId, name: s.name, phase: s.phase, policyId: p.policyId, policyTitle: p.title, stale, cited, missingRequired, outdatedTerms, cadence, flagged };
  });
  rows.sort((a, b) => Number(b.flagged) - Number(a.flagged) || a.name.localeCompare(b.name, 'en-GB'));
  return {
    policyType: input.policyType,
    asOf: input.asOf,
    inForce: input.guidance.map((g) => ({ guidanceId: g.id, name: g.name, edition: editionInForce(g, input.asOf) })),
    rows,
    counts: {
      stale: rows.filter((r) => r.stale.length > 0).length,
      missingRequired: rows.filter((r) => r.missingRequired.length > 0).length,
      outdatedTerms: rows.filter((r) => r.outdatedTerms.length > 0).length,
      cadenceLonger: rows.filter((r) => r.cadence?.status === 'longer').length,
      cadenceNotStated: rows.filter((r) => r.cadence?.status === 'not_stated').length,
      withoutPolicy: rows.filter((r) => r.policyId === null).length,
    },
  };
}
