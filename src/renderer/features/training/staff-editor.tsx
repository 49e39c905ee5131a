// Adding or editing a member of staff: name, job title, optional e-mail, role flags, start and leaving
// dates. When adding, the person may already work in another setting: then a post is added for them.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId, SettingId } from '../../../core/ids';
import type { Person, StaffFlag } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import { hasErrors } from '../../../core/settings';
import {
  STAFF_FLAG_LABELS,
  STAFF_FLAGS,
  validateStaffDraft,
  type StaffDraft,
  type StaffErrors,
} from '../../../core/training/staff';
import type { StaffMember } from '../../../data/repos/staff-repo';
import { ValidationError } from '../../../data/repos/trust-repo';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { useTrainingRepos } from './use-training';

export function StaffEditor({
  settingId,
  settings,
  editing,
  onClose,
}: {
  settingId: SettingId;
  settings: Setting[];
  editing: StaffMember | null;
  onClose: () => void;
}) {
  const { staff } = useTrainingRepos();
  const toasts = useToasts();
  const [draft, setDraft] = useState<StaffDraft>(() =>
    editing
      ? {
          forename: editing.person.forename,
          surname: editing.person.surname,
          email: editing.person.email,
          settingId,
          jobTitle: editing.membership.jobTitle,
          flags: editing.membership.flags,
          start: editing.membership.start,
          end: editing.membership.end,
        }
      : { forename: '', surname: '', email: '', settingId, jobTitle: '', flags: [], start: null, end: null },
  );
  const [existing, setExisting] = useState<Person | null>(null);
  const [lookup, setLookup] = useState('');
  const [errors, setErrors] = useState<StaffErrors>({});
  const [busy, setBusy] = useState(false);
  const settingName = settings.find((s) => s.id === settingId)?.name ?? '';

  const matches =
    useLiveQuery(() => (editing ? [] : staff.findPeople(lookup)), [lookup, editing, staff]) ?? [];

  const set = <K extends keyof StaffDraft>(key: K, value: StaffDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggleFlag = (flag: StaffFlag, on: boolean) =>
    set('flags', on ? [...draft.flags, flag] : draft.flags.filter((f) => f !== flag));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateStaffDraft(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      if (editing) await staff.updateStaff(editing.membership.id, draft);
      else await staff.addStaff(draft, existing?.id as PersonId | undefined);
      const name = `${draft.forename} ${draft.surname}`.trim();
      toasts.show({
        kind: 'success',
        message: editing ? `Saved ${name}` : `Added ${name} to ${settingName}`,
      });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as StaffErrors);
      else toasts.error(error, 'The staff record was not saved');
    } finally {
      setBusy(false);
    }
  };

  const chooseExisting = (p: Person) => {
    setExisting(p);
    setDraft((d) => ({ ...d, forename: p.forename, surname: p.surname, email: p.email }));
    setLookup('');
  };

  return (
    <Dialog
      title={editing ? `Edit ${editing.person.name}` : `Add staff member to ${settingName}`}
      open
      onClose={onClose}
      actions={
        <FormActions formId="staff-form" submitLabel="Save staff member" busy={busy} onCancel={onClose} />
      }
    >
      <form id="staff-form" className="form-grid" onSubmit={submit} noValidate>
        {!editing &&
          (existing ? (
            <p className="notice">
              <span>
                Adding a post for <strong>{existing.name}</strong>, who already works in another setting:
                their training counts here too.
              </span>
              <button type="button" className="button button-small" onClick={() => setExisting(null)}>
                Someone new instead
              </button>
            </p>
          ) : (
            <div className="field">
              <label htmlFor="staff-lookup">Already works in another setting? (optional)</label>
              <input
                id="staff-lookup"
                type="search"
                value={lookup}
                onChange={(e) => setLookup(e.target.value)}
                placeholder="Type a name to find them"
              />
              {matches.length > 0 && (
                <ul className="button-row" aria-label="People found">
                  {matches.map((p) => (
                    <li key={p.id} style={{ listStyle: 'none' }}>
                      <button type="button" className="button button-small" onClick={() => chooseExisting(p)}>
                        Use {p.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        <TextField
          label="Forename"
          value={draft.forename}
          onChange={(e) => set('forename', e.target.value)}
          error={errors.forename}
          disabled={!!existing}
          autoComplete="off"
        />
        <TextField
          label="Surname"
          value={draft.surname}
          onChange={(e) => set('surname', e.target.value)}
          error={errors.surname}
          disabled={!!existing}
          autoComplete="off"
        />
        <TextField
          label="Job title"
          value={draft.jobTitle}
          onChange={(e) => set('jobTitle', e.target.value)}
        />
        <TextField
          label="E-mail (optional)"
          type="email"
          value={draft.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
          disabled={!!existing}
          hint="Only to tell people apart and match imports"
        />
        <fieldset className="field">
          <legend>Roles</legend>
          {STAFF_FLAGS.map((f) => (
            <label key={f} className="checkbox">
              <input
                type="checkbox"
                checked={draft.flags.includes(f)}
                onChange={(e) => toggleFlag(f, e.target.checked)}
              />
              {STAFF_FLAG_LABELS[f]}
            </label>
          ))}
        </fieldset>
        <DateField label="Start date" value={draft.start} onChange={(d) => set('start', d)} />
        <DateField
          label="Leaving date"
          value={draft.end}
          onChange={(d) => set('end', d)}
          error={errors.end}
          hint="dd/mm/yyyy: leavers keep their history but drop out of compliance"
        />
      </form>
    </Dialog>
  );
}
