import { useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { TRUST_KIND_LABELS, TRUST_KINDS, type TrustKind } from '../../../core/vocabulary';
import { validateTrustDraft, type TrustErrors } from '../../../core/trust';
import { hasErrors } from '../../../core/settings';
import { useStore } from '../../app/db-context';
import { persistenceState, type PersistenceState } from '../../app/storage-notice';
import { TextField } from '../../components/field';
import { PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { ReviewPreferences } from '../reviews/review-preferences';
import { ImportPreferences } from '../policies/import-preferences';

export default function PreferencesPage() {
  const store = useStore();
  const trust = useLiveQuery(() => store.trust.get(), [store]);
  if (!trust) return <Spinner label="Loading…" />;
  return (
    <>
      <PageHeader title="Preferences" description="Your trust’s details and how Oversight works for it." />
      <TrustDetails key={trust.updatedAt} name={trust.name} kind={trust.kind} />
      <ReviewPreferences />
      <ImportPreferences />
      <StorageStatus />
    </>
  );
}

function TrustDetails({ name: initialName, kind: initialKind }: { name: string; kind: TrustKind }) {
  const store = useStore();
  const toasts = useToasts();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<TrustKind>(initialKind);
  const [errors, setErrors] = useState<TrustErrors>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateTrustDraft({ name, kind });
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      await store.trust.update({ name, kind });
      toasts.show({ kind: 'success', message: 'Trust details saved' });
    } catch (error) {
      toasts.error(error, 'The trust details were not saved');
    }
  };
  return (
    <section className="card" aria-labelledby="trust-heading">
      <h2 id="trust-heading">Trust details</h2>
      <form onSubmit={submit} noValidate className="form-grid">
        <TextField
          label="Trust or local authority name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <fieldset className="field">
          <legend>This is a</legend>
          {TRUST_KINDS.map((k) => (
            <label key={k} className="radio">
              <input type="radio" name="pref-trust-kind" checked={kind === k} onChange={() => setKind(k)} />
              {TRUST_KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="button button-primary">
            Save trust details
          </button>
        </div>
      </form>
    </section>
  );
}

function StorageStatus() {
  const [state, setState] = useState<PersistenceState>('unknown');
  useEffect(() => {
    void persistenceState().then(setState);
  }, []);
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>
        {state === 'persisted' ? (
          <StatusBadge tone="green">Persistent</StatusBadge>
        ) : state === 'unknown' ? (
          <StatusBadge tone="grey">Checking</StatusBadge>
        ) : (
          <StatusBadge tone="amber">Not guaranteed</StatusBadge>
        )}{' '}
        {state === 'persisted'
          ? 'Oversight’s data will not be cleared to free disk space.'
          : state === 'unknown'
            ? ''
            : 'The browser may clear Oversight’s data when the disk is nearly full. Back up regularly.'}
      </p>
    </section>
  );
}
