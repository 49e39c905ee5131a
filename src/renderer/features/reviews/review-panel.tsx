// One policy's review record and history, with "Record a review". The policy page can show it too:
// <PolicyReviewPanel policyId={…} />.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { PolicyId } from '../../../core/ids';
import { cadenceWords } from '../../../core/reviews/cadence';
import type { PolicyReview } from '../../../core/reviews/assess';
import type { Review } from '../../../core/model';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { ConfirmDialog } from '../../components/dialog';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { RecordReviewDialog } from './record-review-dialog';
import { ReviewStatusBadge, useReviewData } from './shared';
import './reviews.css';

export function PolicyReviewPanel({ policyId }: { policyId: PolicyId }) {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  const data = useReviewData(today);
  const history = useLiveQuery(() => store.reviews.history(policyId), [store, policyId]);
  const [recording, setRecording] = useState(false);
  const [removing, setRemoving] = useState<Review | null>(null);
  if (!data || !history) return <Spinner label="Loading the review record…" />;
  const review = data.reviews.find((r) => r.policyId === policyId);
  if (!review) return <p>That policy no longer exists.</p>;
  const setting = data.settings.get(review.settingId);
  const settingName = setting?.name ?? '';

  const remove = async (r: Review) => {
    setRemoving(null);
    try {
      const removed = await store.reviews.remove(r.id);
      toasts.show({
        kind: 'success',
        message: `Removed the review of ${formatUkDate(r.approvedOn)}`,
        action: { label: 'Undo', run: () => store.reviews.restore(removed) },
      });
    } catch (error) {
      toasts.error(error, 'The review was not removed');
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="review-record-heading">
        <div className="card-heading">
          <h2 id="review-record-heading">Review record</h2>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setRecording(true)}
            aria-label={`Record a review of ${review.title}, ${settingName}`}
          >
            Record a review
          </button>
        </div>
        <ReviewFacts review={review} />
      </section>
      <section className="card" aria-labelledby="review-history-heading">
        <h2 id="review-history-heading">Review history</h2>
        {history.length === 0 ? (
          <p className="muted">
            No review has been recorded for this policy yet. Its status comes from the dates the document
            states.
          </p>
        ) : (
          <table className="table" aria-label={`Review history of ${review.title}`}>
            <thead>
              <tr>
                <th scope="col">Approved</th>
                <th scope="col">Approving body</th>
                <th scope="col">Meeting</th>
                <th scope="col">Minute</th>
                <th scope="col">Reviewed by</th>
                <th scope="col">Summary of changes</th>
                <th scope="col">Next review set</th>
                <th scope="col">New version</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.map(({ review: r, versionFileName }) => (
                <tr key={r.id}>
                  <th scope="row">{formatUkDate(r.approvedOn)}</th>
                  <td>{r.approvingBody || '—'}</td>
                  <td>{formatUkDate(r.meetingDate)}</td>
                  <td>{r.minuteRef || '—'}</td>
                  <td>{r.reviewer || '—'}</td>
                  <td>{r.summary || '—'}</td>
                  <td>{formatUkDate(r.nextReview)}</td>
                  <td>{versionFileName ?? '—'}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Remove the review of ${formatUkDate(r.approvedOn)}`}
                      onClick={() => setRemoving(r)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {recording && (
        <RecordReviewDialog
          target={{
            policyId,
            title: review.title,
            settingName,
            approvingBody: review.cycle.lastApproval?.body ?? null,
          }}
          today={today}
          config={data.inputs.config}
          onClose={() => setRecording(false)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this review?"
        message={
          removing
            ? `The review approved on ${formatUkDate(removing.approvedOn)} will be removed from the history, and the policy’s status worked out without it. A document attached to it stays as a version of the policy.`
            : ''
        }
        confirmLabel="Remove review"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      />
    </>
  );
}

/** The review record in facts: status and why, last approval, stated next review, cadence, next due. */
export function ReviewFacts({ review }: { review: PolicyReview }) {
  const { cycle, status } = review;
  const last = cycle.lastApproval;
  return (
    <>
      <p className="review-status-line">
        <ReviewStatusBadge review={review} /> <strong>{status.headline}.</strong>
      </p>
      <p>{cycle.explanation}</p>
      {cycle.notes.map((n) => (
        <p key={n} className="notice notice-amber">
          {n}
        </p>
      ))}
      <dl className="facts">
        <dt>Last approved</dt>
        <dd>
          {last
            ? `${last.text}${last.body ? `, ${last.body}` : ''}${last.minuteRef ? ` (minute ${last.minuteRef})` : ''}${last.source === 'recorded' ? ' — recorded review' : ' — as the document states'}`
            : 'Not stated or recorded'}
        </dd>
        <dt>Next review stated</dt>
        <dd>
          {cycle.statedNextReview
            ? `${cycle.statedNextReview.text}${cycle.statedNextReview.source === 'recorded' ? ' (set at the last review)' : ' (in the document)'}`
            : 'None'}
        </dd>
        <dt>Cadence</dt>
        <dd>
          {cycle.cadence.source === 'stated'
            ? `${cadenceWords(cycle.cadence.months)}, as the policy states`
            : `${cadenceWords(cycle.cadence.months)} (the trust standard)`}
          {review.cadenceException ? ` — exception: ${review.cadenceException.reason}` : ''}
        </dd>
        <dt>Next due</dt>
        <dd>{status.nextDue ? status.nextDue.text : 'No date'}</dd>
        <dt>Reviews recorded</dt>
        <dd>{cycle.recordedReviews}</dd>
      </dl>
    </>
  );
}
