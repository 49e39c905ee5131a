// The few facts of a policy's current version that reviews and the leads register need: its dates,
// cadence, approving body and named leads, as effective values (what was read, with the user's
// corrections winning: `effectiveFacts` of core/policies). Kept beside the policy record so the dashboard
// can read 3,000 policies without loading 3,000 documents.
import type { NamedLead } from '../extraction/types';
import type { PolicyVersionId } from '../ids';
import type { PolicyVersion } from '../model';
import { effectiveFacts } from '../policies/effective';
import type { PolicyReviewFacts } from './review-cycle';

/** The format of a summary: bump it when the shape or the rules change, and older ones are recomputed. */
export const POLICY_SUMMARY_FORMAT = 1;

export interface PolicySummary {
  format: number;
  versionId: PolicyVersionId | null;
  facts: PolicyReviewFacts | null;
  leads: NamedLead[];
  confirmedAt: string | null;
}

export const EMPTY_POLICY_SUMMARY: PolicySummary = {
  format: POLICY_SUMMARY_FORMAT,
  versionId: null,
  facts: null,
  leads: [],
  confirmedAt: null,
};

type VersionFacts = Pick<PolicyVersion, 'id' | 'extraction' | 'corrections' | 'confirmedAt'>;

/** The summary of a version (none: the policy has no version yet). */
export function summariseVersion(version: VersionFacts | null | undefined): PolicySummary {
  if (!version) return EMPTY_POLICY_SUMMARY;
  const facts = effectiveFacts(version.extraction, version.corrections ?? []);
  return {
    format: POLICY_SUMMARY_FORMAT,
    versionId: version.id,
    facts: {
      approved: facts.dates.approved,
      lastReviewed: facts.dates.lastReviewed,
      nextReview: facts.dates.nextReview,
      cadenceMonths: facts.reviewCadenceMonths,
      approvingBody: facts.approvingBody,
    },
    leads: facts.namedLeads,
    confirmedAt: version.confirmedAt,
  };
}

/** True when a stored summary still describes the policy's current version. */
export function summaryIsCurrent(
  summary: PolicySummary | undefined | null,
  currentVersionId: PolicyVersionId | null,
): summary is PolicySummary {
  return !!summary && summary.format === POLICY_SUMMARY_FORMAT && summary.versionId === currentVersionId;
}
