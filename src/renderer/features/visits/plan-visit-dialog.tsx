// Plan a visit: the setting, the day, the officer and the checklist.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistTemplateId, SettingId } from '../../../core/ids';
import { sortSettings } from '../../../core/settings';
import { hasErrors } from '../../../core/settings';
import { byNewest, validateVisitDraft, type VisitDraft, type VisitErrors } from '../../../core/visits/visits';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, NameOptions, SelectField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';

export function PlanVisitDialog({ onClose, settingId }: { onClose: () => void; settingId?: SettingId }) {
  const store = useStore();
  const toasts = useToasts();
  const navigate = useNavigate();
  useEffect(() => {
    store.visits
      .ensureDefaultTemplate()
      .catch((e: unknown) => toasts.error(e, 'The standard checklist could not be added'));
  }, [store, toasts]);
  const data = useLiveQuery(async () => {
    const [settings, templates, visits] = await Promise.all([
      store.settings.list(),
      store.visits.listTemplates(),
      store.visits.list(),
    ]);
    return {
      settings: sortSettings(settings.filter((s) => !s.archived || s.id === settingId)),
      templates,
      lastOfficer: [...visits].sort(byNewest)[0]?.officer ?? '',
    };
  }, [store, settingId]);
  if (!data || data.templates.length === 0) return null;
  return (
    <PlanVisitForm
      key="form"
      {...data}
      settingId={settingId}
      onClose={onClose}
      onPlanned={(id) => void navigate(`/visits/${id}`)}
      toasts={toasts}
      store={store}
    />
  );
}

function PlanVisitForm({
  settings,
  templates,
  lastOfficer,
  settingId,
  onClose,
  onPlanned,
  toasts,
  store,
}: {
  settings: { id: SettingId; name: string }[];
  templates: { id: ChecklistTemplateId; name: string; items: unknown[] }[];
  lastOfficer: string;
  settingId?: SettingId;
  onClose: () => void;
  onPlanned: (id: string) => void;
  toasts: ReturnType<typeof useToasts>;
  store: ReturnType<typeof useStore>;
}) {
  const [draft, setDraft] = useState<VisitDraft>({
    settingId: settingId ?? '',
    date: null,
    officer: lastOfficer,
    templateId: templates[0]?.id ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const errors: VisitErrors = useMemo(
    () =>
      validateVisitDraft(draft, {
        settingIds: settings.map((s) => s.id),
        templateIds: templates.map((t) => t.id),
      }),
    [draft, settings, templates],
  );
  const shown = (k: keyof VisitDraft) => (submitted ? errors[k] : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(errors)) return;
    setSaving(true);
    try {
      const visit = await store.visits.plan(draft);
      toasts.show({
        kind: 'success',
        message: `Visit to ${settings.find((s) => s.id === visit.settingId)?.name ?? 'the setting'} planned`,
      });
      onClose();
      onPlanned(visit.id);
    } catch (error) {
      if (!(error instanceof ValidationError)) toasts.error(error, 'The visit was not planned');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog
      title="Plan a visit"
      open
      onClose={onClose}
      actions={<FormActions formId="plan-visit" submitLabel="Plan visit" busy={saving} onCancel={onClose} />}
    >
      <form id="plan-visit" className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label="Setting"
          value={draft.settingId}
          onChange={(e) => setDraft({ ...draft, settingId: e.target.value as SettingId })}
          error={shown('settingId')}
        >
          <option value="">Choose a setting</option>
          <NameOptions items={settings} />
        </SelectField>
        <DateField
          label="Date of the visit"
          value={draft.date}
          onChange={(date) => setDraft((d) => ({ ...d, date }))}
          error={shown('date')}
          required
        />
        <TextField
          label="Officer"
          value={draft.officer}
          onChange={(e) => setDraft({ ...draft, officer: e.target.value })}
          error={shown('officer')}
          autoComplete="name"
        />
        <SelectField
          label="Checklist"
          value={draft.templateId}
          onChange={(e) => setDraft({ ...draft, templateId: e.target.value as ChecklistTemplateId })}
          error={shown('templateId')}
          hint="The visit keeps its own copy: later edits to the checklist do not change it"
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.items.length} items)
            </option>
          ))}
        </SelectField>
      </form>
    </Dialog>
  );
}
