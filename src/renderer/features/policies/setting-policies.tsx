// The "Policies" section of a setting's page: its policies with their current document and review
// status, and an import straight into this setting (whatever name the documents give).
import { Link } from 'react-router';
import { formatUkDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import { REVIEW_STATUS_LABELS } from '../../../core/reviews/status';
import type { PolicyReview } from '../../../core/reviews/assess';
import { POLICY_TYPE_LABELS } from '../../../core/vocabulary';
import { ReviewsRepo } from '../../../data/repos/reviews-repo';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { pickAndImport } from './import/pick-files';
import { useLiveData } from './use-live-data';
import { REVIEW_TONES } from './review-tones';

export function SettingPolicies({ settingId, settingName }: { settingId: SettingId; settingName: string }) {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  const inputs = useLiveData(() => store.reviews.loadInputs(), [store]);
  const mine = inputs?.policies.filter((p) => p.policy.settingId === settingId) ?? [];
  const reviews = new Map<string, PolicyReview>(
    inputs
      ? ReviewsRepo.assess({ ...inputs, policies: mine }, today).map((r) => [r.policyId as string, r])
      : [],
  );
  return (
    <section className="card" aria-labelledby="setting-policies-heading">
      <div className="page-header">
        <h2 id="setting-policies-heading">Policies</h2>
        <button
          type="button"
          className="button"
          aria-label={`Import policies for ${settingName}`}
          onClick={() =>
            void pickAndImport(store, settingId).catch((error: unknown) =>
              toasts.error(error, 'The policies were not imported'),
            )
          }
        >
          Import policies
        </button>
      </div>
      {!inputs ? (
        <p className="muted">Loading…</p>
      ) : mine.length === 0 ? (
        <p className="muted">
          No policies yet. Import this setting’s documents, or drop them onto the window.
        </p>
      ) : (
        <table className="table" aria-label={`Policies of ${settingName}`}>
          <thead>
            <tr>
              <th scope="col">Policy</th>
              <th scope="col">Type</th>
              <th scope="col">Approved or reviewed</th>
              <th scope="col">Review status</th>
            </tr>
          </thead>
          <tbody>
            {mine
              .sort((a, b) => a.policy.title.localeCompare(b.policy.title))
              .map(({ policy, summary }) => {
                const review = reviews.get(policy.id);
                return (
                  <tr key={policy.id}>
                    <th scope="row">
                      <Link to={`/policies/${policy.id}`}>{policy.title}</Link>
                    </th>
                    <td>{POLICY_TYPE_LABELS[policy.type]}</td>
                    <td>{formatUkDate(summary.facts?.approved ?? summary.facts?.lastReviewed ?? null)}</td>
                    <td>
                      {review ? (
                        <StatusBadge tone={REVIEW_TONES[review.status.status]} title={review.status.reason}>
                          {REVIEW_STATUS_LABELS[review.status.status]}
                        </StatusBadge>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </section>
  );
}
