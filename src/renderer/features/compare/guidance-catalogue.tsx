// The catalogue of guidance editions in force. It ships with current editions; a new KCSIE (or EYFS)
// appears each September, and the laptop is often offline, so the trust updates it here.
import { useState } from 'react';
import { editionInForce } from '../../../core/compare/currency';
import type { GuidanceEdition } from '../../../core/config';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import { ConfirmDialog, Dialog } from '../../components/dialog';
import { DateField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';

export function GuidanceCatalogue({ guidance, asOf }: { guidance: GuidanceEdition[]; asOf: IsoDate }) {
  const store = useStore();
  const toasts = useToasts();
  const [editing, setEditing] = useState<{ entry: GuidanceEdition | null } | null>(null);
  const [resetting, setResetting] = useState(false);

  const save = async (next: GuidanceEdition[], message: string, previous: GuidanceEdition[]) => {
    try {
      await store.config.save('guidance', next);
      toasts.show({
        kind: 'success',
        message,
        action: { label: 'Undo', run: () => store.config.save('guidance', previous) },
      });
    } catch (e) {
      toasts.error(e, 'The guidance catalogue was not saved');
    }
  };
  return (
    <section className="card" aria-label="Guidance editions">
      <h2>Guidance editions in force</h2>
      <p className="muted">
        A policy citing an older edition than the one in force is flagged. Add each new edition when it is
        published.
      </p>
      <table className="table" aria-label="Guidance catalogue">
        <thead>
          <tr>
            <th scope="col">Guidance</th>
            <th scope="col">Edition in force today</th>
            <th scope="col">Latest edition</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {guidance.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                {g.name}
                {g.aliases.length > 0 && <div className="muted small">Also: {g.aliases.join(', ')}</div>}
              </th>
              <td>{editionInForce(g, asOf)}</td>
              <td>
                {g.currentEdition}
                {g.inForceFrom && <span className="muted"> from {formatUkDate(g.inForceFrom)}</span>}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Edit ${g.name}`}
                  onClick={() => setEditing({ entry: g })}
                >
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setEditing({ entry: null })}>
          Add guidance
        </button>
        <button type="button" className="button" onClick={() => setResetting(true)}>
          Reset to the shipped editions
        </button>
      </div>
      {editing && (
        <GuidanceEditor
          key={editing.entry?.id ?? 'new'}
          entry={editing.entry}
          others={guidance}
          onClose={() => setEditing(null)}
          onSave={(entry) => {
            const next = editing.entry
              ? guidance.map((g) => (g.id === editing.entry!.id ? entry : g))
              : [...guidance, entry];
            setEditing(null);
            void save(next, `${entry.name}: edition ${entry.currentEdition} saved`, guidance);
          }}
        />
      )}
      <ConfirmDialog
        open={resetting}
        title="Reset the guidance catalogue?"
        message="Your own editions and additions will be replaced by the editions shipped with this version of Oversight."
        confirmLabel="Reset the catalogue"
        danger
        onCancel={() => setResetting(false)}
        onConfirm={() => {
          setResetting(false);
          void store.config
            .reset('guidance')
            .then(() =>
              toasts.show({
                kind: 'success',
                message: 'Guidance catalogue reset',
                action: { label: 'Undo', run: () => store.config.save('guidance', guidance) },
              }),
            )
            .catch((e: unknown) => toasts.error(e, 'The catalogue was not reset'));
        }}
      />
    </section>
  );
}

function GuidanceEditor({
  entry,
  others,
  onClose,
  onSave,
}: {
  entry: GuidanceEdition | null;
  others: GuidanceEdition[];
  onClose: () => void;
  onSave: (g: GuidanceEdition) => void;
}) {
  const [name, setName] = useState(entry?.name ?? '');
  const [aliases, setAliases] = useState(entry?.aliases.join(', ') ?? '');
  const [edition, setEdition] = useState(entry ? String(entry.currentEdition) : '');
  const [from, setFrom] = useState<IsoDate | null>(entry?.inForceFrom ?? null);
  const [errors, setErrors] = useState<{ name?: string; edition?: string }>({});
  const submit = () => {
    const e: typeof errors = {};
    const year = Number(edition);
    if (name.trim() === '') e.name = 'Enter the guidance’s name';
    else if (others.some((g) => g !== entry && g.name.toLowerCase() === name.trim().toLowerCase()))
      e.name = 'That guidance is already in the catalogue';
    if (!Number.isInteger(year) || year < 1990 || year > 2100)
      e.edition = 'Enter the edition’s year, for example 2026';
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const editions = [...new Set([...(entry?.editions ?? []), year])].sort((a, b) => a - b);
    const id =
      entry?.id ??
      (name
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_|_$/g, '') ||
        'guidance');
    const next: GuidanceEdition = {
      id,
      name: name.trim(),
      aliases: aliases
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      currentEdition: year,
      editions,
    };
    if (from) next.inForceFrom = from;
    onSave(next);
  };
  return (
    <Dialog
      title={entry ? `Edit ${entry.name}` : 'Add guidance'}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={submit}>
            Save guidance
          </button>
        </>
      }
    >
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <TextField
        label="Other names policies use"
        hint="Separate with commas: KCSIE, Keeping children safe"
        value={aliases}
        onChange={(e) => setAliases(e.target.value)}
      />
      <TextField
        label="Latest edition (year)"
        inputMode="numeric"
        value={edition}
        onChange={(e) => setEdition(e.target.value)}
        error={errors.edition}
      />
      <DateField label="In force from" value={from} onChange={setFrom} />
      {entry && <p className="muted small">Editions known: {entry.editions.join(', ')}</p>}
    </Dialog>
  );
}
