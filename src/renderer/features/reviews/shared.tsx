// Pieces the review views share: the status badge, links to a policy, and the live review data.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { assertNever } from '../../../core/assert';
import type { IsoDate } from '../../../core/dates';
import type { PolicyId } from '../../../core/ids';
import type { PolicyReview } from '../../../core/reviews/assess';
import { REVIEW_STATUS_LABELS, type ReviewStatus } from '../../../core/reviews/status';
import type { Setting } from '../../../core/settings';
import { ReviewsRepo, type ReviewInputs } from '../../../data/repos/reviews-repo';
import { useStore } from '../../app/db-context';
import { mark } from '../../app/perf';
import { StatusBadge, type Tone } from '../../components/page';

export function reviewTone(status: ReviewStatus): Tone {
  switch (status) {
    case 'overdue':
      return 'red';
    case 'due_soon':
      return 'amber';
    case 'no_date':
      return 'amber';
    case 'current':
      return 'green';
    default:
      return assertNever(status, 'review status');
  }
}

export function ReviewStatusBadge({ review }: { review: PolicyReview }) {
  const status = review.status.status;
  return (
    <StatusBadge tone={reviewTone(status)} title={review.status.headline}>
      {REVIEW_STATUS_LABELS[status]}
    </StatusBadge>
  );
}

/** The policy's own page (the policy library's route). */
export function policyPath(policyId: PolicyId): string {
  return `/policies/${policyId}`;
}

/** The policy's review history and record. */
export function reviewsPath(policyId: PolicyId): string {
  return `/reviews/${policyId}`;
}

export function PolicyLink({
  review,
  settingName,
}: {
  review: Pick<PolicyReview, 'policyId' | 'title'>;
  settingName?: string;
}) {
  return (
    <Link
      to={policyPath(review.policyId)}
      aria-label={settingName ? `Open ${review.title} of ${settingName}` : `Open ${review.title}`}
    >
      {review.title}
    </Link>
  );
}

export interface ReviewData {
  inputs: ReviewInputs;
  reviews: PolicyReview[];
  settings: Map<string, Setting>;
}

/** Every policy's review, live: recomputed when the store or the day changes. */
export function useReviewData(today: IsoDate): ReviewData | undefined {
  const store = useStore();
  const inputs = useLiveQuery(async () => {
    // Marks for the benchmarks (the first query after a load is the one timed).
    mark('reviews-query-start');
    const loaded = await store.reviews.loadInputs();
    mark('reviews-query-end');
    return loaded;
  }, [store]);
  return useMemo(() => {
    if (!inputs) return undefined;
    return {
      inputs,
      reviews: ReviewsRepo.assess(inputs, today),
      settings: new Map(inputs.settings.map((s) => [s.id, s])),
    };
  }, [inputs, today]);
}
