import type { ReviewStatus } from '../../../core/reviews/status';
import type { Tone } from '../../components/page';

/** Review status colours; the word is always shown with them. "No date" is an exception, not "current". */
export const REVIEW_TONES: Record<ReviewStatus, Tone> = {
  overdue: 'red',
  due_soon: 'amber',
  no_date: 'amber',
  current: 'green',
};
