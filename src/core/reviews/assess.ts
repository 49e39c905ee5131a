// One call for everything the views and reports show about a policy's review.
import type { IsoDate } from '../dates';
import type { PolicyId, SettingId } from '../ids';
import type { PolicyType } from '../vocabulary';
import { cadenceException, type CadenceException } from './cadence';
import {
  reviewCycleOf,
  reviewsAsOf,
  type ReviewConfig,
  type ReviewCycle,
  type ReviewCycleInput,
} from './review-cycle';
import { reviewStatus, type ReviewStatusResult } from './status';

export interface PolicyReview {
  policyId: PolicyId;
  settingId: SettingId;
  type: PolicyType;
  title: string;
  cycle: ReviewCycle;
  status: ReviewStatusResult;
  cadenceException: CadenceException | null;
}

export type ReviewAssessConfig = ReviewConfig & { dueSoonDays: number };

/** A policy's review record, status and cadence exception as of `asOf` (reviews recorded after it are left out). */
export function assessPolicyReview(
  input: ReviewCycleInput,
  asOf: IsoDate,
  config: ReviewAssessConfig,
): PolicyReview {
  const cycle = reviewCycleOf(
    input.reviews.length ? { ...input, reviews: reviewsAsOf(input.reviews, asOf) } : input,
    config,
  );
  return {
    policyId: input.policy.id,
    settingId: input.policy.settingId,
    type: input.policy.type,
    title: input.policy.title,
    cycle,
    status: reviewStatus(cycle, asOf, config.dueSoonDays),
    cadenceException: cadenceException(cycle, input.policy.type),
  };
}

/** Every policy at once: reviews are grouped by policy here, so callers pass the whole table. */
export function assessPolicyReviews(
  inputs: readonly Omit<ReviewCycleInput, 'reviews'>[],
  reviews: ReviewCycleInput['reviews'],
  asOf: IsoDate,
  config: ReviewAssessConfig,
): PolicyReview[] {
  const byPolicy = new Map<string, ReviewCycleInput['reviews'][number][]>();
  for (const r of reviews) {
    const list = byPolicy.get(r.policyId);
    if (list) list.push(r);
    else byPolicy.set(r.policyId, [r]);
  }
  const none: ReviewCycleInput['reviews'] = [];
  return inputs.map((input) =>
    assessPolicyReview(
      { policy: input.policy, facts: input.facts, reviews: byPolicy.get(input.policy.id) ?? none },
      asOf,
      config,
    ),
  );
}
