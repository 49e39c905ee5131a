// Add or edit a setting, with inline errors (empty name, duplicate name, invalid URN) as the user goes.
import { useMemo, useState, type FormEvent } from 'react';
import type { SettingId } from '../../../core/ids';
import {
  hasErrors,
  validateSettingDraft,
  type Setting,
  type SettingDraft,
  type SettingErrors,
} from '../../../core/settings';
import {
  PHASE_LABELS,
  PHASES,
  SETTING_TYPE_LABELS,
  SETTING_TYPES,
  type Phase,
  type SettingType,
} from '../../../core/vocabulary';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { SelectField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';

const EMPTY: SettingDraft = {
  name: '',
  phase: 'primary',
  type: 'academy',
  localAuthority: '',
  urn: '',
  linkedSettingIds: [],
};

export function SettingEditor({
  open,
  onClose,
  editing,
  all,
}: {
  open: boolean;
  onClose: () => void;
  editing: Setting | null;
  all: Setting[];
}) {
  const store = useStore();
  const toasts = useToasts();
  const [draft, setDraft] = useState<SettingDraft>(() => (editing ? toDraft(editing) : EMPTY));
  const [touched, setTouched] = useState<Partial<Record<keyof SettingDraft, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<SettingErrors>({});

  const errors = useMemo(
    () => ({ ...validateSettingDraft(draft, all, editing?.id), ...serverErrors }),
    [draft, all, editing, serverErrors],
  );
  const shown = (k: keyof SettingDraft) => (submitted || touched[k] ? errors[k] : undefined);
  const set = <K extends keyof SettingDraft>(k: K, v: SettingDraft[K]) => {
    setServerErrors({});
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const blur = (k: keyof SettingDraft) => setTouched((t) => ({ ...t, [k]: true }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(errors)) return;
    setSaving(true);
    try {
      if (editing) await store.settings.update(editing.id, draft);
      else await store.settings.create(draft);
      toasts.show({
        kind: 'success',
        message: editing ? `Saved ${draft.name.trim()}` : `Added ${draft.name.trim()}`,
      });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setServerErrors(error.errors as SettingErrors);
      else toasts.error(error, 'The setting was not saved');
    } finally {
      setSaving(false);
    }
  };

  const linkable = all.filter((s) => s.id !== editing?.id && !s.archived);
  const formId = editing ? `edit-setting-${editing.id}` : 'add-setting';
  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : 'Add a setting'}
      open={open}
      onClose={onClose}
      actions={
        <FormActions
          formId={formId}
          submitLabel={saving ? 'Saving…' : 'Save setting'}
          busy={saving}
          onCancel={onClose}
        />
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="form-grid">
        <TextField
          label="Name"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          onBlur={() => blur('name')}
          error={shown('name')}
          autoFocus
        />
        <SelectField
          label="Phase"
          value={draft.phase}
          onChange={(e) => set('phase', e.target.value as Phase)}
          error={shown('phase')}
        >
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Type"
          value={draft.type}
          onChange={(e) => set('type', e.target.value as SettingType)}
          error={shown('type')}
        >
          {SETTING_TYPES.map((t) => (
            <option key={t} value={t}>
              {SETTING_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Local authority"
          value={draft.localAuthority}
          onChange={(e) => set('localAuthority', e.target.value)}
        />
        <TextField
          label="URN or Ofsted number"
          hint="6 digits for a school; EY and 6 digits for an early years provider"
          value={draft.urn}
          onChange={(e) => set('urn', e.target.value)}
          onBlur={() => blur('urn')}
          error={shown('urn')}
        />
        {linkable.length > 0 && (
          <fieldset className="field checkbox-list">
            <legend>Linked settings</legend>
            <p className="field-hint">
              A school and its nursery, or a federation, can share policies and leaders.
            </p>
            {linkable.map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.linkedSettingIds.includes(s.id)}
                  onChange={(e) =>
                    set(
                      'linkedSettingIds',
                      e.target.checked
                        ? [...draft.linkedSettingIds, s.id]
                        : draft.linkedSettingIds.filter((x: SettingId) => x !== s.id),
                    )
                  }
                />
                {s.name}
              </label>
            ))}
            {shown('linkedSettingIds') && <span className="field-error">{shown('linkedSettingIds')}</span>}
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}

function toDraft(s: Setting): SettingDraft {
  return {
    name: s.name,
    phase: s.phase,
    type: s.type,
    localAuthority: s.localAuthority,
    urn: s.urn,
    linkedSettingIds: s.linkedSettingIds,
  };
}
