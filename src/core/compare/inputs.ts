// From stored domain objects (settings, their current policies and versions) to the inputs of the
// comparison's pure functions, with the user's corrections of extracted fields winning.
import type { Extracted, ExtractionResult, GuidanceCitation } from '../extraction/types';
import type { Policy, PolicyVersion } from '../model';
import type { Setting } from '../settings';
import type { CoverageSettingInput } from './coverage';
import type { CurrencySettingInput } from './currency';
import type { PositionCorrection, PositionsSettingInput } from './positions';
import { extractPositions } from './positions';
import { effectiveField } from '../policies/effective';

export interface SettingPolicy {
  setting: Setting;
  policy: Policy | null;
  version: PolicyVersion | null;
}

/** The extracted facts the comparison reads, with the latest correction of each winning over the reading. */
export interface ComparisonFacts {
  blockedServices: Extracted<string>[];
  reviewCadenceMonths: Extracted<number> | null;
  guidanceCited: Extracted<GuidanceCitation>[];
  /** Fields whose value is a person's correction, with its note. */
  corrected: Partial<Record<'blockedServices' | 'reviewCadenceMonths' | 'guidanceCited', { note: string; correctedAt: string }>>;
}

/** Reads the three facts through the policy library's effective values, keeping where the reader found them. */
export function comparisonFacts(version: Pick<PolicyVersion, 'extraction' | 'corrections'>): ComparisonFacts {
  const x: ExtractionResult = version.extraction;
  const corrections = version.corrections ?? [];
  const blocked = effectiveField(x, corrections, 'blockedServices');
  const cadence = effectiveField(x, corrections, 'reviewCadenceMonths');
  const guidance = effectiveField(x, corrections, 'guidanceCited');
  const corrected: ComparisonFacts['corrected'] = {};
  const note = (f: typeof blocked) => ({ note: f.correction?.note ?? '', correctedAt: f.correction?.correctedAt ?? '' });
  if (blocked.origin === 'corrected') corrected.blockedServices = note(blocked);
  if (cadence.origin === 'corrected') corrected.reviewCadenceMonths = note(cadence);
  if (guidance.origin === 'corrected') corrected.guidanceCited = note(guidance);
  // A corrected list keeps no spans (the person's values need not be words of the document).
  const list = <T,>(f: typeof blocked, read: Extracted<T>[]): Extracted<T>[] =>
    f.origin === 'corrected' ? (f.value as T[]).map((value) => ({ value, source: null, confidence: 1 })) : read;
  return {
    corrected,
    blockedServices: list<string>(blocked, x.blockedServices),
    reviewCadenceMonths:
      cadence.value === null || cadence.value === undefined ? null : { value: Number(cadence.value), source: x.reviewCadenceMonths?.source ?? null, confidence: cadence.origin === 'corrected' ? 1 : (x.reviewCadenceMonths?.confidence ?? 1) },
    guidanceCited: list<GuidanceCitation>(guidance, x.guidanceCited),
  };
}

export function coverageInputs(rows: readonly SettingPolicy[]): CoverageSettingInput[] {
  return rows.map(({ setting, policy, version }) => ({
    settingId: setting.id,
    name: setting.name,
    phase: setting.phase,
    policy: policy ? { policyId: policy.id, versionId: policy.currentVersionId, title: policy.title, topics: version?.extraction.topics ?? [] } : null,
  }));
}

export function currencyInputs(rows: readonly SettingPolicy[]): CurrencySettingInput[] {
  return rows.map(({ setting, policy, version }) => {
    if (!policy || !version) return { settingId: setting.id, name: setting.name, phase: setting.phase, policy: null };
    const facts = comparisonFacts(version);
    return {
      settingId: setting.id,
      name: setting.name,
      phase: setting.phase,
      policy: {
        policyId: policy.id,
        title: policy.title,
        document: version.document,
        topics: version.extraction.topics,
        guidanceCited: facts.guidanceCited,
        reviewCadenceMonths: facts.reviewCadenceMonths?.value ?? null,
      },
    };
  });
}

/** Reads every policy's positions (the heavy part: a few milliseconds a policy). */
export function positionsInputs(rows: readonly SettingPolicy[], corrections: readonly (PositionCorrection & { policyId: string })[]): PositionsSettingInput[] {
  return rows.map(({ setting, policy, version }) => ({
    settingId: setting.id,
    name: setting.name,
    phase: setting.phase,
    policyId: policy?.id ?? null,
    positions: version ? extractPositions(version.document, comparisonFacts(version)) : [],
    corrections: policy ? corrections.filter((c) => c.policyId === policy.id) : [],
  }));
}
