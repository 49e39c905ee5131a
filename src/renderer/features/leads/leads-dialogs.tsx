// The register's dialogs: add a lead, end a role, hand a role over (end one and start the next in one
// step). Each writes in one transaction and reports a mistake inline.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import {
  validateAssignmentDraft,
  validateHandOver,
  endDateError,
  type AssignmentErrors,
} from '../../../core/leads/draft';
import { ROLE_WORDS } from '../../../core/leads/holders';
import type { RegisterRow } from '../../../core/leads/register';
import type { Person } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import { hasErrors } from '../../../core/settings';
import { ROLE_LABELS, ROLES, type RoleId } from '../../../core/vocabulary';
import type { SettingId } from '../../../core/ids';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, NameOptions, SelectField, TextField } from '../../components/field';
import { settleFocus, useSettled } from '../../components/settled';
import { useToasts } from '../../components/toasts';
import { byName } from '../../../core/leads/names';

/** A name field that suggests people already in the register or on the staff lists. */
function PersonField({
  label,
  value,
  onChange,
  error,
  known,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  known: readonly Person[];
}) {
  const store = useStore();
  const listId = useId();
  const [found, setFound] = useState<Person[]>([]);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      void store.leads.findPeople(value).then((people) => live && setFound(people));
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [store, value]);
  const names = [...new Set([...found, ...known].map((p) => p.name))]
    .sort((a, b) => byName(a, b))
    .slice(0, 200);
  return (
    <>
      <TextField
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        list={listId}
        autoComplete="off"
        hint="Someone already in the register or on a staff list is matched by name; anyone else is added."
      />
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </>
  );
}

export function AddLeadDialog({
  settings,
  settingId,
  role: initialRole,
  known,
  today,
  onClose,
}: {
  settings: Setting[];
  settingId: SettingId | null;
  role?: RoleId;
  known: readonly Person[];
  today: IsoDate;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const formId = useId();
  const [setting, setSetting] = useState<string>(settingId ?? '');
  const [role, setRole] = useState<string>(initialRole ?? '');
  const [name, setName] = useState('');
  const [from, setFrom, readFrom] = useSettled<IsoDate | null>(today);
  const [to, setTo, readTo] = useSettled<IsoDate | null>(null);
  const [errors, setErrors] = useState<AssignmentErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    settleFocus();
    const draft = {
      settingId: setting as SettingId,
      role: role as RoleId,
      person: { name },
      from: readFrom(),
      to: readTo(),
    };
    const found = validateAssignmentDraft(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      await store.leads.add(draft);
      const s = settings.find((x) => x.id === setting);
      toasts.show({
        kind: 'success',
        message: `Added ${name.trim()} as ${ROLE_WORDS[draft.role]} of ${s?.name ?? 'the setting'}`,
      });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as AssignmentErrors);
      else toasts.error(error, 'The lead was not added');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="Add a lead"
      open
      onClose={onClose}
      actions={
        <FormActions formId={formId} submitLabel="Add to the register" busy={busy} onCancel={onClose} />
      }
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <SelectField
          label="Setting"
          value={setting}
          onChange={(e) => setSetting(e.target.value)}
          error={errors.settingId}
        >
          <option value="">Choose a setting</option>
          <NameOptions items={settings} />
        </SelectField>
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value)} error={errors.role}>
          <option value="">Choose a role</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <PersonField label="Name" value={name} onChange={setName} error={errors.person} known={known} />
        <DateField label="From" value={from} onChange={setFrom} error={errors.from} />
        <DateField
          label="To (optional)"
          value={to}
          onChange={setTo}
          error={errors.to}
          hint="dd/mm/yyyy: leave empty while they hold the role"
        />
      </form>
    </Dialog>
  );
}

export function EndRoleDialog({
  row,
  settingName,
  today,
  onClose,
}: {
  row: RegisterRow;
  settingName: string;
  today: IsoDate;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const formId = useId();
  const [on, setOn, readOn] = useSettled<IsoDate | null>(today);
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    settleFocus();
    const to = readOn();
    const problem = !to ? 'Enter the date the role ended, as dd/mm/yyyy' : endDateError(row.from, to);
    setError(problem);
    if (problem || !to) return;
    try {
      const before = await store.db.roleAssignments.get(row.assignmentId);
      await store.leads.end(row.assignmentId, to);
      toasts.show({
        action: before ? { label: 'Undo', run: () => store.leads.undo(before) } : undefined,
        kind: 'success',
        message: `${row.name} is no longer ${ROLE_WORDS[row.role]} of ${settingName} from ${formatUkDate(to)}`,
      });
      onClose();
    } catch (err) {
      if (err instanceof ValidationError) setError(Object.values(err.errors as Record<string, string>)[0]);
      else toasts.error(err, 'The role was not ended');
    }
  };
  return (
    <Dialog
      title={`End ${row.name}’s role`}
      description={`${ROLE_LABELS[row.role]}, ${settingName}. The role stays in the register’s history.`}
      open
      onClose={onClose}
      actions={<FormActions formId={formId} submitLabel="End role" onCancel={onClose} />}
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <DateField
          label="Date the role ended"
          value={on}
          onChange={setOn}
          error={error}
          required
          hint="dd/mm/yyyy: the first day they no longer hold it"
        />
      </form>
    </Dialog>
  );
}

export function HandOverDialog({
  row,
  settingName,
  known,
  today,
  onClose,
}: {
  row: RegisterRow;
  settingName: string;
  known: readonly Person[];
  today: IsoDate;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const formId = useId();
  const [on, setOn, readOn] = useSettled<IsoDate | null>(today);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ on?: string; person?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    settleFocus();
    const when = readOn();
    const found = validateHandOver(row.from, when, { name });
    setErrors(found);
    if (hasErrors(found) || !when) return;
    setBusy(true);
    try {
      const before = await store.db.roleAssignments.get(row.assignmentId);
      const { started } = await store.leads.handOver(row.assignmentId, when, { name });
      toasts.show({
        action: before ? { label: 'Undo', run: () => store.leads.undo(before, started) } : undefined,
        kind: 'success',
        message: `${name.trim()} took over as ${ROLE_WORDS[row.role]} of ${settingName} from ${row.name} on ${formatUkDate(when)}`,
      });
      onClose();
    } catch (err) {
      if (err instanceof ValidationError) setErrors(err.errors as { on?: string; person?: string });
      else toasts.error(err, 'The role was not handed over');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={`Hand over the ${ROLE_WORDS[row.role]} role`}
      description={`${row.name} hands over as ${ROLE_LABELS[row.role]} of ${settingName}: their role ends and the new holder’s starts on the same day.`}
      open
      onClose={onClose}
      actions={<FormActions formId={formId} submitLabel="Hand over" busy={busy} onCancel={onClose} />}
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <PersonField label="New holder" value={name} onChange={setName} error={errors.person} known={known} />
        <DateField label="Date of the hand over" value={on} onChange={setOn} error={errors.on} required />
      </form>
    </Dialog>
  );
}
