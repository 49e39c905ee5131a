// A policy's review record and history: /reviews/:policyId.
import { Link, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PolicyId } from '../../../core/ids';
import { useStore } from '../../app/db-context';
import { PageHeader, Spinner } from '../../components/page';
import { PolicyReviewPanel } from './review-panel';
import { policyPath } from './shared';
import './reviews.css';

export default function PolicyReviewsPage() {
  const { policyId } = useParams();
  const store = useStore();
  const found = useLiveQuery(async () => {
    const policy = await store.db.policies.get(policyId ?? '');
    const setting = policy ? await store.settings.get(policy.settingId) : undefined;
    return { policy: policy ?? null, setting: setting ?? null };
  }, [store, policyId]);
  if (!found) return <Spinner label="Loading…" />;
  if (!found.policy) {
    return (
      <section>
        <h1>Policy not found</h1>
        <p>
          <Link to="/reviews">Back to reviews</Link>
        </p>
      </section>
    );
  }
  const { policy, setting } = found;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reviews">Reviews</Link>
      </p>
      <PageHeader
        title={`${policy.title}: reviews`}
        description={
          <>
            {setting ? <Link to={`/settings/${setting.id}`}>{setting.name}</Link> : null} ·{' '}
            <Link to={policyPath(policy.id as PolicyId)}>Open the policy</Link>
          </>
        }
      />
      <PolicyReviewPanel policyId={policy.id as PolicyId} />
    </>
  );
}
