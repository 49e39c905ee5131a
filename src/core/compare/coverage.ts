// The coverage matrix: settings × topics of the trust framework for one policy type. Each cell says
// covered / partly / not covered with the passages that establish it, so a person can check the
// judgement in one click; a user's overrule wins over the reading and is kept with its note.
import type { IsoDate } from '../dates';
import type { SourceSpan } from '../document';
import type { TopicEvidence } from '../extraction/types';
import type { TopicFramework } from '../config';
import type { PolicyId, PolicyVersionId, SettingId } from '../ids';
import type { Phase, PolicyType } from '../vocabulary';

export type CoverageStatus = 'covered' | 'partly' | 'not_covered';

export const COVERAGE_LABELS: Record<CoverageStatus, string> = { covered: 'Covered', partly: 'Partly', not_covered: 'Not covered' };

/** How much a status counts towards a coverage percentage: partly counts half. */
export const COVERAGE_WEIGHT: Record<CoverageStatus, number> = { covered: 1, partly: 0.5, not_covered: 0 };

export interface CoverageOverride {
  settingId: SettingId;
  topicId: string;
  covered: boolean;
  note: string;
  createdAt: string;
}

export interface CoverageSettingInput {
  settingId: SettingId;
  name: string;
  phase: Phase;
  /** The setting's current policy of this type, or null when it has none. */
  policy: { policyId: PolicyId; versionId: PolicyVersionId | null; title: string; topics: readonly TopicEvidence[] } | null;
}

export interface CoverageInput {
  policyType: PolicyType;
  framework: TopicFramework;
  settings: readonly CoverageSettingInput[];
  overrides: readonly CoverageOverride[];
  asOf: IsoDate;
  /** Only settings of these phases (all when absent or empty). */
  phases?: readonly Phase[];
  /** 'name' (default) or 'gaps': most required topics missing first, then most topics not covered. */
  sort?: 'name' | 'gaps';
}

export interface CoverageCell {
  topicId: string;
  /** What counts: the overrule when there is one, else the reading. */
  status: CoverageStatus;
  /** What the reading of the document found. */
  extracted: CoverageStatus;
  passages: SourceSpan[];
  passageCount: number;
  /** The topic is required for this setting's phase. */
  required: boolean;
  /** Required and (in effect) not covered: the gaps that stand out. */
  requiredMissing: boolean;
  override: { covered: boolean; note: string; createdAt: string } | null;
}

export interface CoverageRow {
  settingId: SettingId;
  name: string;
  phase: Phase;
  policyId: PolicyId | null;
  versionId: PolicyVersionId | null;
  policyTitle: string | null;
  cells: CoverageCell[];
  covered: number;
  partly: number;
  notCovered: number;
  /** Topic ids required for the phase and not covered. */
  requiredMissing: string[];
  /** 0..100, partly counting half. */
  percent: number;
}

export interface CoverageColumn {
  topicId: string;
  label: string;
  requiredForPhases: Phase[];
  covered: number;
  partly: number;
  notCovered: number;
  /** Settings shown for which the topic is required and not covered. */
  requiredMissing: number;
  /** 0..100 over the settings shown, partly counting half. */
  percent: number;
}

export interface CoverageMatrix {
  policyType: PolicyType;
  asOf: IsoDate;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** 0..100 over every cell shown. */
  percent: number;
  /** Settings shown without a policy of this type. */
  withoutPolicy: number;
  overridesApplied: number;
}

const percentOf = (score: number, total: number) => (total === 0 ? 0 : Math.round((score / total) * 1000) / 10);

export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  const topics = input.framework.topics;
  const phases = input.phases && input.phases.length > 0 ? new Set(input.phases) : null;
  const overrides = new Map<string, CoverageOverride>();
  // The latest overrule of a cell wins.
  for (const o of [...input.overrides].sort((x, y) => x.createdAt.localeCompare(y.createdAt))) overrides.set(`${o.settingId}\u0000${o.topicId}`, o);

  let overridesApplied = 0;
  const rows: CoverageRow[] = [];
  for (const s of input.settings) {
    if (phases && !phases.has(s.phase)) continue;
    const evidence = new Map((s.policy?.topics ?? []).map((t) => [t.topicId, t]));
    const cells: CoverageCell[] = topics.map((topic) => {
      const found = evidence.get(topic.id);
      const extracted: CoverageStatus = found ? found.strength : 'not_covered';
      const o = overrides.get(`${s.settingId}\u0000${topic.id}`);
      if (o) overridesApplied += 1;
      const status: CoverageStatus = o ? (o.covered ? 'covered' : 'not_covered') : extracted;
      const required = topic.requiredForPhases.includes(s.phase);
      return {
        topicId: topic.id,
        status,
        extracted,
        passages: found ? [...found.passages] : [],
        passageCount: found?.passages.length ?? 0,
        required,
        requiredMissing: required && status === 'not_covered',
        override: o ? { covered: o.covered, note: o.note, createdAt: o.createdAt } : null,
      };
    });
    const count = (st: CoverageStatus) => cells.filter((c) => c.status === st).length;
    const score = cells.reduce((n, c) => n + COVERAGE_WEIGHT[c.status], 0);
    rows.push({
      settingId: s.settingId,
      name: s.name,
      phase: s.phase,
      policyId: s.policy?.policyId ?? null,
      versionId: s.policy?.versionId ?? null,
      policyTitle: s.policy?.title ?? null,
      cells,
      covered: count('covered'),
      partly: count('partly'),
      notCovered: count('not_covered'),
      requiredMissing: cells.filter((c) => c.requiredMissing).map((c) => c.topicId),
      percent: percentOf(score, cells.length),
    });
  }

  if (input.sort === 'gaps') rows.sort(byGaps);
  else rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  const columns: CoverageColumn[] = topics.map((topic, k) => {
    let covered = 0;
    let partly = 0;
    let requiredMissing = 0;
    for (const r of rows) {
      const c = r.cells[k]!;
      if (c.status === 'covered') covered += 1;
      else if (c.status === 'partly') partly += 1;
      if (c.requiredMissing) requiredMissing += 1;
    }
    return {
      topicId: topic.id,
      label: topic.label,
      requiredForPhases: [...topic.requiredForPhases],
      covered,
      partly,
      notCovered: rows.length - covered - partly,
      requiredMissing,
      percent: percentOf(covered + partly / 2, rows.length),
    };
  });
  const totalScore = rows.reduce((n, r) => n + r.covered + r.partly / 2, 0);
  return {
    policyType: input.policyType,
    asOf: input.asOf,
    columns,
    rows,
    percent: percentOf(totalScore, rows.length * topics.length),
    withoutPolicy: rows.filter((r) => r.policyId === null).length,
    overridesApplied,
  };
}

/** Most required topics missing first, then most topics not covered, then most partly, then by name. */
export function byGaps(a: CoverageRow, b: CoverageRow): number {
  return b.requiredMissing.length - a.requiredMissing.length || b.notCovered - a.notCovered || b.partly - a.partly || a.name.localeCompare(b.name, 'en-GB');
}

/** A topic evidence list as the three lists the CLI and the reports print. */
export function coverageLists(topics: readonly TopicEvidence[], framework: TopicFramework): { covered: string[]; partly: string[]; missing: string[] } {
  const found = new Map(topics.map((t) => [t.topicId, t.strength]));
  const out = { covered: [] as string[], partly: [] as string[], missing: [] as string[] };
  for (const topic of framework.topics) {
    const s = found.get(topic.id);
    if (s === 'covered') out.covered.push(topic.id);
    else if (s === 'partly') out.partly.push(topic.id);
    else out.missing.push(topic.id);
  }
  return out;
}
