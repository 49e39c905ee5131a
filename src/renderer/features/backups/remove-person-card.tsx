// Data minimisation: find a person and remove them and everything recorded about them, after confirming.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId } from '../../../core/ids';
import { nameKey } from '../../../core/names';
import { planRemoval, removePerson, type RemovalSummary } from '../../../data/privacy/remove-person';
import { useStore } from '../../app/db-context';
import { ConfirmDialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { plural } from './file-summary';
import { SearchFilter } from '../../components/filters';

const SHOWN = 20;

export function RemovePersonCard() {
  const store = useStore();
  const toasts = useToasts();
  const [query, setQuery] = useState('');
  const [confirm, setConfirm] = useState<{ id: PersonId; summary: RemovalSummary } | null>(null);
  const key = nameKey(query);
  const matches = useLiveQuery(async () => {
    if (key.length < 2) return [];
    const people = await store.db.people
      .filter((p) => nameKey(p.name).includes(key))
      .limit(SHOWN + 1)
      .toArray();
    const settings = new Map((await store.db.settings.toArray()).map((s) => [s.id, s.name]));
    return Promise.all(
      people.map(async (p) => {
        const posts = await store.db.memberships.where('personId').equals(p.id).toArray();
        return {
          id: p.id,
          name: p.name,
          where: [
            ...new Set(posts.map((m) => `${m.jobTitle}, ${settings.get(m.settingId) ?? 'a setting'}`)),
          ].join('; '),
        };
      }),
    );
  }, [store, key]);
  const shown = useMemo(() => (matches ?? []).slice(0, SHOWN), [matches]);

  const ask = async (id: PersonId) => {
    try {
      setConfirm({ id, summary: await planRemoval(store.db, id) });
    } catch (error) {
      toasts.error(error);
    }
  };
  const remove = async () => {
    if (!confirm) return;
    setConfirm(null);
    try {
      const done = await removePerson(store.db, confirm.id);
      toasts.show({ kind: 'success', message: `Removed ${done.name} and all their records` });
    } catch (error) {
      toasts.error(error, `${confirm.summary.name} was not removed`);
    }
  };

  const s = confirm?.summary;
  return (
    <section className="card remove-person" aria-labelledby="remove-heading">
      <h2 id="remove-heading">Remove a person’s data</h2>
      <p className="muted">
        When someone’s records no longer need to be kept (staff records are commonly kept for their employment
        and six years after), remove them completely: their roles, staff records, training records and
        certificates.
      </p>
      <SearchFilter
        label="Find a person"
        value={query}
        onChange={(value) => setQuery(value)}
        placeholder="Name"
      />
      {key.length >= 2 && matches && (
        <ul className="people-results" aria-label="People found">
          {shown.length === 0 && <li className="muted">Nobody by that name.</li>}
          {shown.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.name}</strong>
                {p.where && <span className="muted"> — {p.where}</span>}
              </span>
              <button
                type="button"
                className="button button-small button-danger"
                aria-label={`Remove ${p.name}`}
                onClick={() => void ask(p.id)}
              >
                Remove…
              </button>
            </li>
          ))}
          {(matches?.length ?? 0) > SHOWN && (
            <li className="muted">More people match: type more of the name.</li>
          )}
        </ul>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={s ? `Remove ${s.name}?` : 'Remove'}
        message={
          s
            ? `This removes ${s.name} and ${[plural(s.roles, 'role'), plural(s.staffRecords, 'staff record'), plural(s.completions, 'training record'), plural(s.files, 'certificate or evidence file'), ...(s.other ? [plural(s.other, 'other record')] : [])].join(', ')} from this laptop. It cannot be undone. Backups made before now still hold them until they are replaced; a visit pack from another laptop will not bring them back.`
            : ''
        }
        confirmLabel={s ? `Remove ${s.name}` : 'Remove'}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirm(null)}
      />
    </section>
  );
}
