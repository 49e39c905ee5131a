// Checklist templates: the standard annual audit and the trust's own. Visits keep their own copy of the
// items, so editing a template never changes a visit already planned.
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { ChecklistItem, ChecklistTemplate } from '../../../core/model';
import { hasErrors } from '../../../core/settings';
import { moveItem, validateChecklistDraft, type ChecklistErrors } from '../../../core/visits/checklist';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useStore } from '../../app/db-context';
import { ConfirmDialog, Dialog, FormActions } from '../../components/dialog';
import { TextField } from '../../components/field';
import { PageHeader, Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import './visits.css';

export default function ChecklistsPage() {
  const store = useStore();
  const toasts = useToasts();
  const [editing, setEditing] = useState<{
    template: ChecklistTemplate | null;
    copyOf?: ChecklistTemplate;
  } | null>(null);
  const [deleting, setDeleting] = useState<ChecklistTemplate | null>(null);
  useEffect(() => {
    store.visits
      .ensureDefaultTemplate()
      .catch((e: unknown) => toasts.error(e, 'The standard checklist could not be added'));
  }, [store, toasts]);
  const data = useLiveQuery(
    async () => ({ templates: await store.visits.listTemplates(), visits: await store.visits.list() }),
    [store],
  );
  if (!data) return <Spinner label="Loading checklists…" />;

  const remove = async () => {
    const t = deleting;
    setDeleting(null);
    if (!t) return;
    try {
      await store.visits.deleteTemplate(t.id);
      toasts.show({
        kind: 'success',
        message: `Deleted ${t.name}`,
        action: { label: 'Undo', run: async () => void (await store.db.checklistTemplates.put(t)) },
      });
    } catch (error) {
      toasts.error(error, `${t.name} was not deleted`);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/visits">Visits</Link>
      </p>
      <PageHeader
        title="Checklists"
        description="The checklists visits are recorded against. Start from the standard annual safeguarding audit (section 175 / 157) and adapt it to your trust."
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditing({ template: null })}
          >
            New checklist
          </button>
        }
      />
      <table className="table" aria-label="Checklists">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Items</th>
            <th scope="col">Visits using it</th>
            <th scope="col">Last changed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.templates.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>{t.items.length}</td>
              <td>{data.visits.filter((v) => v.templateId === t.id).length}</td>
              <td>{formatUkDate(t.updatedAt.slice(0, 10))}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Edit ${t.name}`}
                  onClick={() => setEditing({ template: t })}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Duplicate ${t.name}`}
                  onClick={() => setEditing({ template: null, copyOf: t })}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Delete ${t.name}`}
                  onClick={() => setDeleting(t)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <ChecklistEditor
          key={editing.template?.id ?? editing.copyOf?.id ?? 'new'}
          template={editing.template}
          copyOf={editing.copyOf}
          all={data.templates}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this checklist?"
        message={
          deleting
            ? `“${deleting.name}” will no longer be offered for new visits. Visits already planned keep their own copy of its items.`
            : ''
        }
        confirmLabel="Delete checklist"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}

function newItem(section: string): ChecklistItem {
  return { id: crypto.randomUUID(), section, text: '' };
}

function ChecklistEditor({
  template,
  copyOf,
  all,
  onClose,
}: {
  template: ChecklistTemplate | null;
  copyOf?: ChecklistTemplate;
  all: ChecklistTemplate[];
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const source = template ?? copyOf;
  const [name, setName] = useState(template ? template.name : copyOf ? `${copyOf.name} (copy)` : '');
  const [items, setItems] = useState<ChecklistItem[]>(() =>
    source
      ? source.items.map((i) => ({ ...i, id: template ? i.id : crypto.randomUUID() }))
      : [newItem('General')],
  );
  const [submitted, setSubmitted] = useState(false);
  const errors: ChecklistErrors = submitted ? validateChecklistDraft({ name, items }, all, template?.id) : {};
  const sections = [...new Set(items.map((i) => i.section).filter(Boolean))];
  const update = (index: number, change: Partial<ChecklistItem>) =>
    setItems((list) => list.map((it, i) => (i === index ? { ...it, ...change } : it)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(validateChecklistDraft({ name, items }, all, template?.id))) return;
    try {
      const saved = await store.visits.saveTemplate(template?.id ?? null, { name, items });
      toasts.show({ kind: 'success', message: `Saved ${saved.name}` });
      onClose();
    } catch (error) {
      if (!(error instanceof ValidationError)) toasts.error(error, 'The checklist was not saved');
    }
  };

  return (
    <Dialog
      title={template ? `Edit ${template.name}` : 'New checklist'}
      open
      wide
      onClose={onClose}
      actions={<FormActions formId="checklist-form" submitLabel="Save checklist" onCancel={onClose} />}
    >
      <form id="checklist-form" className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label="Name of the checklist"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        {template && (
          <p className="field-hint">
            Visits already planned with this checklist keep the items they were planned with.
          </p>
        )}
        <datalist id="checklist-sections">
          {sections.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <ol className="checklist-editor" aria-label="Items">
          {items.map((item, index) => {
            const n = index + 1;
            const error = errors.itemErrors?.[item.id];
            return (
              <li key={item.id} className={error ? 'field-invalid' : undefined}>
                <div className="field">
                  <label htmlFor={`section-${item.id}`}>Section of item {n}</label>
                  <input
                    id={`section-${item.id}`}
                    list="checklist-sections"
                    value={item.section}
                    onChange={(e) => update(index, { section: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`text-${item.id}`}>Item {n}</label>
                  <textarea
                    id={`text-${item.id}`}
                    rows={2}
                    value={item.text}
                    onChange={(e) => update(index, { text: e.target.value })}
                    aria-invalid={error ? true : undefined}
                  />
                  {error && <span className="field-error">{error}</span>}
                </div>
                <div className="item-tools">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Move item ${n} up`}
                    disabled={index === 0}
                    onClick={() => setItems((l) => moveItem(l, index, index - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Move item ${n} down`}
                    disabled={index === items.length - 1}
                    onClick={() => setItems((l) => moveItem(l, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Remove item ${n}`}
                    onClick={() => setItems((l) => l.filter((_, i) => i !== index))}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        {errors.items && <p className="field-error">{errors.items}</p>}
        <div>
          <button
            type="button"
            className="button"
            onClick={() => setItems((l) => [...l, newItem(l.at(-1)?.section ?? 'General')])}
          >
            Add item
          </button>
        </div>
      </form>
    </Dialog>
  );
}
