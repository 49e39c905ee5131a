// Add or edit an action: what is to be done, who owns it, by when.
import { useState, type FormEvent } from 'react';
import type { FindingId, VisitId } from '../../../core/ids';
import type { VisitAction } from '../../../core/model';
import { hasErrors } from '../../../core/settings';
import { validateActionDraft, type ActionDraft } from '../../../core/visits/actions';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';

export function ActionDialog({
  visitId,
  findingId,
  itemText,
  editing,
  onClose,
}: {
  visitId: VisitId;
  findingId: FindingId | null;
  itemText?: string;
  editing?: VisitAction;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [draft, setDraft] = useState<ActionDraft>(
    editing
      ? { text: editing.text, owner: editing.owner, due: editing.due, findingId: editing.findingId }
      : { text: '', owner: '', due: null, findingId },
  );
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? validateActionDraft(draft) : {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(validateActionDraft(draft))) return;
    try {
      if (editing) await store.visits.updateAction(editing.id, draft);
      else await store.visits.addAction(visitId, draft);
      toasts.show({ kind: 'success', message: editing ? 'Action saved' : 'Action added' });
      onClose();
    } catch (error) {
      toasts.error(error, 'The action was not saved');
    }
  };
  return (
    <Dialog
      title={editing ? 'Edit action' : 'Add an action'}
      description={itemText ? `For: ${itemText}` : undefined}
      open
      onClose={onClose}
      actions={<FormActions formId="action-form" submitLabel="Save action" onCancel={onClose} />}
    >
      <form id="action-form" className="form-grid" onSubmit={submit} noValidate>
        <div className={errors.text ? 'field field-invalid' : 'field'}>
          <label htmlFor="action-text">Action</label>
          <textarea
            id="action-text"
            rows={3}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={errors.text ? 'action-text-error' : undefined}
          />
          {errors.text && (
            <span id="action-text-error" className="field-error">
              {errors.text}
            </span>
          )}
        </div>
        <TextField
          label="Owner"
          value={draft.owner}
          onChange={(e) => setDraft({ ...draft, owner: e.target.value })}
          error={errors.owner}
          hint="Who will do it: a name, a role, or both"
        />
        <DateField
          label="Due date"
          value={draft.due}
          onChange={(due) => setDraft((d) => ({ ...d, due }))}
          error={errors.due}
          hint="dd/mm/yyyy (optional)"
        />
      </form>
    </Dialog>
  );
}
