// "Record a review": date approved, reviewer, approving body, meeting date, minute reference, summary of
// changes, the next review if the meeting set one, and optionally the approved document, which becomes
// the policy's new version. One transaction; nothing is written unless all of it is.
import { useId, useState, type FormEvent } from 'react';
import type { AppConfig } from '../../../core/config';
import type { IsoDate } from '../../../core/dates';
import type { PolicyId } from '../../../core/ids';
import { validateReviewDraft, type ReviewDraft, type ReviewDraftErrors } from '../../../core/reviews/record';
import { hasErrors } from '../../../core/settings';
import type { NewVersionInput } from '../../../data/repos/reviews-repo';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useStore } from '../../app/db-context';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, TextField } from '../../components/field';
import { settleFocus, useSettled } from '../../components/settled';
import { messageOf, useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { readAttachedDocument } from './read-document';

export interface ReviewTarget {
  policyId: PolicyId;
  title: string;
  settingName: string;
  /** The approving body the document or the last review names, offered as the default. */
  approvingBody: string | null;
}

const BODIES = [
  'Full Governing Body',
  'Local Governing Body',
  'Trust Board',
  'Management Committee',
  'Executive',
];

export function RecordReviewDialog({
  target,
  today,
  config,
  onClose,
}: {
  target: ReviewTarget;
  today: IsoDate;
  config: AppConfig;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const listId = useId();
  const summaryId = useId();
  const initial: ReviewDraft = {
    approvedOn: today,
    reviewer: '',
    approvingBody: target.approvingBody ?? '',
    meetingDate: today,
    minuteRef: '',
    summary: '',
    nextReview: '',
  };
  // The latest values, readable in a submit that follows a date field's blur in the same tick.
  const [draft, setDraft, readDraft] = useSettled<ReviewDraft>(initial);
  const [errors, setErrors] = useState<ReviewDraftErrors>({});
  const [attached, setAttached] = useState<NewVersionInput | null>(null);
  const [attachError, setAttachError] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | null>(null);
  const update = (patch: Partial<ReviewDraft>) => setDraft({ ...readDraft(), ...patch });

  const attach = async () => {
    setAttachError(undefined);
    const picked = await platform.openFiles({
      title: 'Attach the approved document',
      filters: [{ name: 'Policy documents', extensions: ['docx', 'pdf', 'txt', 'md', 'html', 'htm'] }],
      multiple: false,
      folders: false,
      maxBytes: config.maxImportMegabytes * 1024 * 1024,
    });
    const file = picked[0];
    if (!file) return;
    if ('error' in file) {
      setAttachError(`“${file.name}” ${file.error}`);
      return;
    }
    setBusy(`Reading ${file.name}…`);
    try {
      setAttached(await readAttachedDocument(file.name, file.bytes, config));
    } catch (error) {
      setAttachError(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A date typed and submitted with Enter is read on blur: blur first, then read the latest values.
    settleFocus();
    const current = readDraft();
    const found = validateReviewDraft(current, today);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy('Saving…');
    try {
      await store.reviews.record(target.policyId, current, today, attached ?? undefined);
      toasts.show({ kind: 'success', message: `Review recorded: ${target.title}, ${target.settingName}` });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as ReviewDraftErrors);
      else toasts.error(error, 'The review was not recorded');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      title="Record a review"
      description={`${target.title}, ${target.settingName}`}
      open
      onClose={onClose}
      actions={
        <FormActions
          formId={`${listId}-form`}
          submitLabel="Save review"
          busy={busy !== null}
          onCancel={onClose}
        />
      }
    >
      <form id={`${listId}-form`} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <DateField
          label="Date approved"
          value={draft.approvedOn}
          onChange={(v) => update({ approvedOn: v })}
          error={errors.approvedOn}
          required
          hint="dd/mm/yyyy: the day the approving body approved it"
        />
        <TextField
          label="Reviewed by"
          value={draft.reviewer}
          onChange={(e) => update({ reviewer: e.target.value })}
          error={errors.reviewer}
          autoComplete="off"
        />
        <TextField
          label="Approving body"
          value={draft.approvingBody}
          onChange={(e) => update({ approvingBody: e.target.value })}
          error={errors.approvingBody}
          list={`${listId}-bodies`}
          autoComplete="off"
        />
        <datalist id={`${listId}-bodies`}>
          {BODIES.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <DateField
          label="Meeting date"
          value={draft.meetingDate}
          onChange={(v) => update({ meetingDate: v })}
          error={errors.meetingDate}
        />
        <TextField
          label="Minute reference"
          value={draft.minuteRef}
          onChange={(e) => update({ minuteRef: e.target.value })}
          error={errors.minuteRef}
          autoComplete="off"
        />
        <div className={errors.summary ? 'field field-invalid' : 'field'}>
          <label htmlFor={summaryId}>Summary of changes</label>
          <textarea
            id={summaryId}
            rows={3}
            value={draft.summary}
            onChange={(e) => update({ summary: e.target.value })}
            aria-invalid={errors.summary ? true : undefined}
          />
          {errors.summary && <span className="field-error">{errors.summary}</span>}
        </div>
        <TextField
          label="Next review (optional)"
          value={draft.nextReview}
          onChange={(e) => update({ nextReview: e.target.value })}
          error={errors.nextReview}
          hint={`Only if the meeting set one: dd/mm/yyyy, a month (September 2027) or a term (Spring 2027). Otherwise it is worked out from the cadence.`}
          autoComplete="off"
        />
        <div className="field">
          <span className="field-label-text">New version of the policy (optional)</span>
          {attached ? (
            <p className="attached-file">
              <span>
                {attached.fileName} will become the current version
                {attached.extraction.dates.nextReview
                  ? ` (it states its next review as ${attached.extraction.dates.nextReview.value})`
                  : ''}
                .
              </span>{' '}
              <button type="button" className="button button-small" onClick={() => setAttached(null)}>
                Remove {attached.fileName}
              </button>
            </p>
          ) : (
            <div>
              <button type="button" className="button" onClick={() => void attach()} disabled={busy !== null}>
                Attach the approved document…
              </button>
            </div>
          )}
          {attachError && (
            <span className="field-error" role="alert">
              {attachError}
            </span>
          )}
        </div>
        {busy && (
          <p className="muted" role="status">
            {busy}
          </p>
        )}
      </form>
    </Dialog>
  );
}
