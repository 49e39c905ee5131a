// Recent imports, each undoable as a whole.
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { ImportBatchRecord } from '../../../data/records';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { plural } from './format';
import { useTrainingRepos } from './use-training';

export function ImportsCard({ kind }: { kind: 'staff' | 'completions' }) {
  const { imports } = useTrainingRepos();
  const toasts = useToasts();
  const batches = useLiveQuery(() => imports.listImports([kind]), [imports, kind]);
  if (!batches || batches.length === 0) return null;
  const undo = async (b: ImportBatchRecord) => {
    try {
      await imports.undo(b.id);
      toasts.show({ kind: 'success', message: `Undid the import of ${b.label}` });
    } catch (error) {
      toasts.error(error, `The import of ${b.label} was not undone`);
    }
  };
  const count = (b: ImportBatchRecord) =>
    kind === 'staff'
      ? plural(b.records.filter((r) => r.table === 'memberships').length, 'post') +
        (b.replaced?.length ? `, ${plural(b.replaced.length / 2, 'update')}` : '')
      : plural(b.records.length, 'completion');
  return (
    <section className="card" aria-labelledby={`imports-${kind}`}>
      <h2 id={`imports-${kind}`}>{kind === 'staff' ? 'Staff imports' : 'Completion imports'}</h2>
      <table className="table" aria-label={kind === 'staff' ? 'Staff imports' : 'Completion imports'}>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Imported</th>
            <th scope="col">Records</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {batches.slice(0, 10).map((b) => (
            <tr key={b.id} className={b.undoneAt ? 'row-muted' : undefined}>
              <th scope="row">{b.label}</th>
              <td>{formatUkDate(b.createdAt.slice(0, 10))}</td>
              <td>{count(b)}</td>
              <td className="row-actions">
                {b.undoneAt ? (
                  <StatusBadge tone="grey">Undone {formatUkDate(b.undoneAt.slice(0, 10))}</StatusBadge>
                ) : (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Undo import of ${b.label}`}
                    onClick={() => void undo(b)}
                  >
                    Undo import
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
