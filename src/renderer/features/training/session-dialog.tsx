// Recording training: a whole session (course, date, provider, everyone who attended, picked from the
// staff lists) in one go, or one person's completion (the same form with one person).
import { useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { CourseId, PersonId, SettingId } from '../../../core/ids';
import type { Setting } from '../../../core/settings';
import { isActiveOn } from '../../../core/training/audience';
import type { Course } from '../../../core/model';
import { validateSessionDraft, type SessionErrors } from '../../../core/training/sessions';
import { hasErrors } from '../../../core/settings';
import { nameKey } from '../../../core/names';
import { Dialog, FormActions } from '../../components/dialog';
import { DateField, NameOptions, SelectField, TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { pickEvidence } from './evidence';
import { plural } from './format';
import { useTrainingRepos } from './use-training';

export interface SessionDialogProps {
  courses: readonly Course[];
  settings: Setting[];
  today: IsoDate;
  /** The setting whose staff are listed first. */
  settingId: SettingId | null;
  /** One person: "Record a completion" for them. */
  person?: { id: PersonId; name: string };
  /** Record one completion, choosing the person from the staff list. */
  single?: boolean;
  onClose: () => void;
}

export function SessionDialog({
  courses: catalogue,
  settings,
  today,
  settingId: initialSetting,
  person,
  single = false,
  onClose,
}: SessionDialogProps) {
  const { staff: staffRepo, completions } = useTrainingRepos();
  const toasts = useToasts();
  const courses = catalogue.filter((c) => !c.archived);
  const [courseId, setCourseId] = useState<CourseId | ''>('');
  const [date, setDate] = useState<IsoDate | null>(null);
  const [provider, setProvider] = useState('');
  const [settingId, setSettingId] = useState<SettingId | null>(
    initialSetting ?? settings.find((s) => !s.archived)?.id ?? null,
  );
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<PersonId>>(() => new Set(person ? [person.id] : []));
  const [evidence, setEvidence] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [errors, setErrors] = useState<SessionErrors>({});
  const [busy, setBusy] = useState(false);

  // Current staff of the chosen setting, by name.
  const members = useLiveQuery(
    () => (person || !settingId ? Promise.resolve([]) : staffRepo.listStaff(settingId)),
    [staffRepo, settingId, person],
  );
  const staff = useMemo(
    () =>
      (members ?? [])
        .filter((s) => isActiveOn(s.membership, today))
        .map((s) => ({ personId: s.person.id, name: s.person.name, jobTitle: s.membership.jobTitle })),
    [members, today],
  );
  const visible = staff.filter((s) => query === '' || nameKey(s.name).includes(nameKey(query)));
  const settingName = settings.find((s) => s.id === settingId)?.name ?? '';

  const toggle = (id: PersonId, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const attach = async () => {
    try {
      const file = await pickEvidence();
      if (file) setEvidence(file);
    } catch (error) {
      toasts.error(error);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const draft = { courseId, completedOn: date, provider, personIds: [...chosen] };
    const found = validateSessionDraft(draft, today);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const { added, skipped } = await completions.recordSession(draft, today, evidence ?? undefined);
      const course = courses.find((c) => c.id === courseId)?.name ?? 'the course';
      const who = person ? person.name : plural(added.length, 'person', 'people');
      toasts.show({
        kind: 'success',
        message: `Recorded ${course} on ${formatUkDate(date)} for ${who}${skipped > 0 ? ` (${plural(skipped, 'person', 'people')} already had it)` : ''}`,
        action:
          added.length > 0
            ? {
                label: 'Undo',
                run: async () => void (await completions.deleteCompletions(added.map((c) => c.id))),
              }
            : undefined,
      });
      onClose();
    } catch (error) {
      toasts.error(error, 'The training was not recorded');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={
        person
          ? `Record a completion for ${person.name}`
          : single
            ? 'Record a completion'
            : 'Record a session'
      }
      open
      wide={!person && !single}
      onClose={onClose}
      actions={
        <FormActions
          formId="session-form"
          submitLabel={
            person || single ? 'Save completion' : `Save for ${plural(chosen.size, 'person', 'people')}`
          }
          busy={busy}
          onCancel={onClose}
        />
      }
    >
      <form id="session-form" className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label="Course"
          value={courseId}
          onChange={(e) => setCourseId(e.target.value as CourseId | '')}
          error={errors.courseId}
        >
          <option value="">Choose a course…</option>
          <NameOptions items={courses} />
        </SelectField>
        <DateField
          label="Date completed"
          value={date}
          onChange={setDate}
          error={errors.completedOn}
          required
        />
        <TextField
          label="Provider"
          value={provider}
          onChange={(e) => setProvider(e.target.value)}
          error={errors.provider}
          hint="Who ran it: In-house, the local safeguarding partnership…"
        />
        <div className="field">
          <span className="field-label">Evidence (optional)</span>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void attach()}>
              {evidence ? 'Choose a different certificate' : 'Attach a certificate or register'}
            </button>
            {evidence && (
              <span>
                {evidence.name}{' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => setEvidence(null)}
                  aria-label={`Remove ${evidence.name}`}
                >
                  Remove
                </button>
              </span>
            )}
          </div>
          <span className="field-hint">
            A PDF or an image, kept in the app{person ? '' : ' and linked to every attendee'}.
          </span>
        </div>
        {!person && (
          <fieldset className={errors.personIds ? 'field field-invalid' : 'field'}>
            <legend>{single ? 'Who' : 'Who attended'}</legend>
            <div className="attendee-tools">
              <label className="inline-field">
                <span>Staff of</span>
                <select
                  value={settingId ?? ''}
                  onChange={(e) => setSettingId((e.target.value || null) as SettingId | null)}
                >
                  <NameOptions items={settings.filter((s) => !s.archived)} />
                </select>
              </label>
              <label className="inline-field">
                <span>Find a person</span>
                <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              {!single && (
                <>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setChosen((prev) => new Set([...prev, ...visible.map((s) => s.personId)]))}
                  >
                    Select all{query ? ' shown' : ` in ${settingName}`}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setChosen(new Set())}
                    disabled={chosen.size === 0}
                  >
                    Clear
                  </button>
                </>
              )}
            </div>
            <div className="attendees" role="group" aria-label={single ? 'Person' : 'Attendees'}>
              {visible.length === 0 ? (
                <p className="muted">No current staff here.</p>
              ) : (
                visible.map((s) => (
                  <label key={s.personId} className="checkbox">
                    {single ? (
                      <input
                        type="radio"
                        name="attendee"
                        checked={chosen.has(s.personId)}
                        onChange={() => setChosen(new Set([s.personId]))}
                      />
                    ) : (
                      <input
                        type="checkbox"
                        checked={chosen.has(s.personId)}
                        onChange={(e) => toggle(s.personId, e.target.checked)}
                      />
                    )}
                    {s.name}
                    {s.jobTitle && <span className="muted">· {s.jobTitle}</span>}
                  </label>
                ))
              )}
            </div>
            {!single && (
              <span className="field-hint" aria-live="polite">
                {plural(chosen.size, 'person', 'people')} chosen
                {chosen.size > 0 ? ' (people chosen in other settings stay chosen)' : ''}
              </span>
            )}
            {errors.personIds && <span className="field-error">{errors.personIds}</span>}
          </fieldset>
        )}
      </form>
    </Dialog>
  );
}
