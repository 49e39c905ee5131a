// Small builders for review tests: a policy, its document's facts, recorded reviews.
import type { PolicyId, ReviewId, SettingId } from '../../../src/core/ids';
import type { Review } from '../../../src/core/model';
import type { PolicyReviewFacts, ReviewCycleInput } from '../../../src/core/reviews/review-cycle';
import type { ReviewAssessConfig } from '../../../src/core/reviews/assess';
import type { PolicyType } from '../../../src/core/vocabulary';

export const STANDARD: ReviewAssessConfig = {
  standardCadenceMonths: {
    child_protection: 12,
    online_safety: 12,
    social_media: 12,
    acceptable_use: 12,
    other: 24,
  },
  nextDueBasis: 'approval',
  dueSoonDays: 28,
};

export const SETTING = 's-1' as SettingId;

export function facts(over: Partial<PolicyReviewFacts> = {}): PolicyReviewFacts {
  return {
    approved: null,
    lastReviewed: null,
    nextReview: null,
    cadenceMonths: null,
    approvingBody: null,
    ...over,
  };
}

let n = 0;
export function policyInput(
  f: PolicyReviewFacts | null,
  reviews: Review[] = [],
  type: PolicyType = 'social_media',
  id = 'p-1',
): ReviewCycleInput {
  return {
    policy: { id: id as PolicyId, settingId: SETTING, type, title: 'Social Media Policy' },
    facts: f,
    reviews,
  };
}

export function review(approvedOn: string, over: Partial<Review> = {}): Review {
  n += 1;
  return {
    id: `r-${n}` as ReviewId,
    policyId: 'p-1' as PolicyId,
    settingId: SETTING,
    approvedOn,
    reviewer: 'Hannah Okafor',
    approvingBody: 'Local Governing Body',
    meetingDate: approvedOn,
    minuteRef: 'LGB/26/4',
    summary: 'Updated for KCSIE 2026',
    versionId: null,
    nextReview: null,
    createdAt: `${approvedOn}T12:00:00.000Z`,
    ...over,
  };
}
