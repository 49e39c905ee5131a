// Change a visit's date or officer.
import { useState, type FormEvent } from 'react';
import type { Visit } from '../../../core/model';
import { hasErrors } from '../../../core/settings';
import { validateVisitDraft } from '../../../core/visits/visits';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';

export function VisitDetailsDialog({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const store = useStore();
  const toasts = useToasts();
  const [date, setDate] = useState<string | null>(visit.date);
  const [officer, setOfficer] = useState(visit.officer);
  const [submitted, setSubmitted] = useState(false);
  const errors = validateVisitDraft(
    { settingId: visit.settingId, templateId: visit.templateId, date, officer },
    { settingIds: [visit.settingId], templateIds: [visit.templateId] },
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (hasErrors(errors)) return;
    try {
      await store.visits.updateDetails(visit.id, { date, officer });
      toasts.show({ kind: 'success', message: 'Visit details saved' });
      onClose();
    } catch (error) {
      toasts.error(error, 'The visit details were not saved');
    }
  };
  return (
    <Dialog
      title="Edit visit details"
      open
      onClose={onClose}
      actions={<FormActions formId="visit-details" submitLabel="Save details" onCancel={onClose} />}
    >
      <form id="visit-details" className="form-grid" onSubmit={submit} noValidate>
        <DateField
          label="Date of the visit"
          value={date}
          onChange={setDate}
          error={submitted ? errors.date : undefined}
          required
        />
        <TextField
          label="Officer"
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
          error={submitted ? errors.officer : undefined}
        />
      </form>
    </Dialog>
  );
}
