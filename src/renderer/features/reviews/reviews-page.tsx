// Reviews: every policy's review status, filterable, with "Record a review" on each and its history.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatUkDate } from '../../../core/dates';
import { nameKey } from '../../../core/names';
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS, type ReviewStatus } from '../../../core/reviews/status';
import type { PolicyReview } from '../../../core/reviews/assess';
import { type Phase, type PolicyType } from '../../../core/vocabulary';
import { useToday } from '../../app/today';
import { EmptyState, PageHeader, Spinner } from '../../components/page';
import { RecordReviewDialog } from './record-review-dialog';
import { PolicyLink, ReviewStatusBadge, reviewsPath, useReviewData } from './shared';
import './reviews.css';
import { byName } from '../../../core/leads/names';
import {
  PhaseFilter,
  PolicyTypeFilter,
  SearchFilter,
  SelectFilter,
  useFilterParams,
} from '../../components/filters';

const PAGE = 100;
const ORDER: Record<ReviewStatus, number> = { overdue: 0, due_soon: 1, no_date: 2, current: 3 };

export default function ReviewsPage() {
  const today = useToday();
  const data = useReviewData(today);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const { params, setFilter: setParam } = useFilterParams(() => setShown(PAGE));
  const [recording, setRecording] = useState<PolicyReview | null>(null);
  const phase = (params.get('phase') ?? '') as Phase | '';
  const type = (params.get('type') ?? '') as PolicyType | '';
  const status = (params.get('status') ?? '') as ReviewStatus | '';

  const rows = useMemo(() => {
    if (!data) return [];
    const q = nameKey(query);
    return data.reviews
      .map((review) => ({ review, setting: data.settings.get(review.settingId) }))
      .filter(
        ({ review, setting }) =>
          setting &&
          !setting.archived &&
          (!phase || setting.phase === phase) &&
          (!type || review.type === type) &&
          (!status || review.status.status === status) &&
          (!q || nameKey(`${setting.name} ${review.title}`).includes(q)),
      )
      .sort(
        (a, b) =>
          ORDER[a.review.status.status] - ORDER[b.review.status.status] ||
          (a.review.status.nextDue?.latest ?? '').localeCompare(b.review.status.nextDue?.latest ?? '') ||
          byName(a.setting!.name, b.setting!.name) ||
          byName(a.review.title, b.review.title),
      );
  }, [data, query, phase, type, status]);

  if (!data) return <Spinner label="Loading reviews…" />;
  const total = data.reviews.filter((r) => !data.settings.get(r.settingId)?.archived).length;

  return (
    <>
      <PageHeader
        title="Reviews"
        description={`Every policy’s review status as of ${formatUkDate(today)}: record a review when a policy has been approved.`}
      />
      {total === 0 ? (
        <EmptyState title="No policies yet">
          <p>Import your settings’ policies: each one’s review status will show here.</p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <SearchFilter
              label="Search"
              value={query}
              onChange={(value) => setQuery(value)}
              placeholder="Setting or policy"
            />
            <PhaseFilter value={phase} onChange={(value) => setParam('phase', value)} />
            <PolicyTypeFilter value={type} onChange={(value) => setParam('type', value)} />
            <SelectFilter
              label="Status"
              value={status}
              onChange={(value) => setParam('status', value)}
              options={REVIEW_STATUSES}
              labels={REVIEW_STATUS_LABELS}
              allLabel="Any status"
            />
            <span className="toolbar-count" aria-live="polite">
              {rows.length} of {total} policies
            </span>
          </div>
          <table className="table" aria-label="Policy reviews">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Policy</th>
                <th scope="col">Status</th>
                <th scope="col">Last approved</th>
                <th scope="col">Next due</th>
                <th scope="col">Why</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ review, setting }) => (
                <tr key={review.policyId}>
                  <th scope="row">
                    <Link to={`/settings/${setting!.id}`}>{setting!.name}</Link>
                  </th>
                  <td>
                    <PolicyLink review={review} settingName={setting!.name} />
                  </td>
                  <td>
                    <ReviewStatusBadge review={review} />
                  </td>
                  <td>{review.cycle.lastApproval?.text ?? '—'}</td>
                  <td>{review.status.nextDue?.text ?? 'No date'}</td>
                  <td className="reason">
                    {review.status.headline}
                    {review.cadenceException ? `. Cadence exception: ${review.cadenceException.reason}` : ''}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Record a review of ${review.title}, ${setting!.name}`}
                      onClick={() => setRecording(review)}
                    >
                      Record a review
                    </button>
                    <Link
                      className="button button-small"
                      to={reviewsPath(review.policyId)}
                      aria-label={`Review history of ${review.title}, ${setting!.name}`}
                    >
                      History
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">No policies match these filters.</p>}
          {rows.length > shown && (
            <button type="button" className="button show-more" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, rows.length - shown)} more policies
            </button>
          )}
        </>
      )}
      {recording && (
        <RecordReviewDialog
          target={{
            policyId: recording.policyId,
            title: recording.title,
            settingName: data.settings.get(recording.settingId)?.name ?? '',
            approvingBody: recording.cycle.lastApproval?.body ?? null,
          }}
          today={today}
          config={data.inputs.config}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
}
