// Actions with owner, due date and status; the status is changed in place (closing records the day).
import { useState } from 'react';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { ActionStatus, VisitAction } from '../../../core/model';
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  actionState,
  actionStateBadge,
} from '../../../core/visits/actions';
import { useStore } from '../../app/db-context';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { ActionDialog } from './action-dialog';

export interface ActionRow {
  action: VisitAction;
  /** Extra context shown under the text: the checklist item, or the visit it came from. */
  context?: string;
}

export function ActionsTable({
  label,
  rows,
  asOf,
  editable = true,
}: {
  label: string;
  rows: ActionRow[];
  asOf: IsoDate;
  editable?: boolean;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [editing, setEditing] = useState<VisitAction | null>(null);
  const setStatus = async (a: VisitAction, status: ActionStatus) => {
    try {
      await store.visits.setActionStatus(a.id, status);
      toasts.show({
        kind: 'success',
        message: `Action marked ${ACTION_STATUS_LABELS[status].toLowerCase()}`,
      });
    } catch (error) {
      toasts.error(error, 'The action was not changed');
    }
  };
  const remove = async (a: VisitAction) => {
    try {
      const removed = await store.visits.deleteAction(a.id);
      toasts.show({
        kind: 'success',
        message: 'Action deleted',
        action: removed ? { label: 'Undo', run: () => store.visits.restoreAction(removed) } : undefined,
      });
    } catch (error) {
      toasts.error(error, 'The action was not deleted');
    }
  };
  return (
    <>
      <table className="table actions-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">State</th>
            <th scope="col">Status</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">Edit</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ action: a, context }) => {
            const badge = actionStateBadge(actionState(a, asOf));
            return (
              <tr key={a.id} className={a.status === 'open' ? undefined : 'row-muted'}>
                <th scope="row">
                  {a.text}
                  {context && <span className="row-context">{context}</span>}
                </th>
                <td>{a.owner}</td>
                <td>{formatUkDate(a.due)}</td>
                <td>
                  <StatusBadge tone={badge.tone}>{badge.word}</StatusBadge>
                  {a.closedOn && <span className="row-context">on {formatUkDate(a.closedOn)}</span>}
                </td>
                <td>
                  <select
                    aria-label={`Status of “${a.text}”`}
                    value={a.status}
                    onChange={(e) => void setStatus(a, e.target.value as ActionStatus)}
                  >
                    {ACTION_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {ACTION_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
                {editable && (
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Edit action “${a.text}”`}
                      onClick={() => setEditing(a)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Delete action “${a.text}”`}
                      onClick={() => void remove(a)}
                    >
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {editing && (
        <ActionDialog
          visitId={editing.visitId}
          findingId={editing.findingId}
          editing={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
