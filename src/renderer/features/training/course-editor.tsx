// Adding or editing a course: its name, how long it stays valid (or once only), and who needs it.
import { useState, type FormEvent } from 'react';
import type { Course, CourseAudience } from '../../../core/model';
import { hasErrors } from '../../../core/settings';
import { validateCourseDraft, type CourseErrors } from '../../../core/training/staff';
import { ROLE_LABELS, ROLES, type RoleId } from '../../../core/vocabulary';
import { Dialog, FormActions } from '../../components/dialog';
import { TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { ValidationError } from '../../../data/repos/trust-repo';
import { useTrainingRepos } from './use-training';

const AUDIENCES: { kind: CourseAudience['kind']; label: string }[] = [
  { kind: 'all_staff', label: 'All staff' },
  { kind: 'dsl_and_deputies', label: 'DSL and deputies' },
  { kind: 'governors', label: 'Governors and trustees' },
  { kind: 'roles', label: 'Chosen roles' },
  { kind: 'job_titles', label: 'Chosen job titles' },
];

export function CourseEditor({ editing, onClose }: { editing: Course | null; onClose: () => void }) {
  const { training } = useTrainingRepos();
  const toasts = useToasts();
  const [name, setName] = useState(editing?.name ?? '');
  const [onceOnly, setOnceOnly] = useState(editing ? editing.validityMonths === null : false);
  const [months, setMonths] = useState(String(editing?.validityMonths ?? 12));
  const [kind, setKind] = useState<CourseAudience['kind']>(editing?.audience.kind ?? 'all_staff');
  const [roles, setRoles] = useState<RoleId[]>(
    editing?.audience.kind === 'roles' ? editing.audience.roles : [],
  );
  const [titles, setTitles] = useState(
    editing?.audience.kind === 'job_titles' ? editing.audience.titles.join(', ') : '',
  );
  const [description, setDescription] = useState(editing?.description ?? '');
  const [errors, setErrors] = useState<CourseErrors>({});
  const [busy, setBusy] = useState(false);

  const audience = (): CourseAudience =>
    kind === 'roles'
      ? { kind, roles }
      : kind === 'job_titles'
        ? {
            kind,
            titles: titles
              .split(/[,;\n]/)
              .map((t) => t.trim())
              .filter(Boolean),
          }
        : { kind };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const draft = {
      name,
      validityMonths: onceOnly ? null : Number(months),
      audience: audience(),
      description,
    };
    const found = validateCourseDraft(draft, []);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      if (editing) await training.updateCourse(editing.id, draft);
      else await training.createCourse(draft);
      toasts.show({ kind: 'success', message: editing ? `Saved ${name.trim()}` : `Added ${name.trim()}` });
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors as CourseErrors);
      else toasts.error(error, 'The course was not saved');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={editing ? `Edit ${editing.name}` : 'Add course'}
      open
      onClose={onClose}
      actions={<FormActions formId="course-form" submitLabel="Save course" busy={busy} onCancel={onClose} />}
    >
      <form id="course-form" className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label="Course name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <fieldset className={errors.validityMonths ? 'field field-invalid' : 'field'}>
          <legend>Valid for</legend>
          <label className="radio">
            <input type="radio" name="validity" checked={onceOnly} onChange={() => setOnceOnly(true)} />
            Once only (done at induction, never expires)
          </label>
          <label className="radio">
            <input type="radio" name="validity" checked={!onceOnly} onChange={() => setOnceOnly(false)} />A
            number of months
          </label>
          {!onceOnly && (
            <label className="inline-field">
              <span>Months before it must be renewed</span>
              <input
                type="number"
                min={1}
                max={120}
                value={months}
                onChange={(e) => setMonths(e.target.value)}
                aria-invalid={errors.validityMonths ? true : undefined}
              />
            </label>
          )}
          {errors.validityMonths && <span className="field-error">{errors.validityMonths}</span>}
        </fieldset>
        <fieldset
          className={errors.audience ? 'field field-invalid audience-options' : 'field audience-options'}
        >
          <legend>Who needs it</legend>
          {AUDIENCES.map((a) => (
            <label key={a.kind} className="radio">
              <input
                type="radio"
                name="audience"
                checked={kind === a.kind}
                onChange={() => setKind(a.kind)}
              />
              {a.label}
            </label>
          ))}
          {kind === 'roles' && (
            <div className="role-choices" role="group" aria-label="Roles that need this course">
              {ROLES.map((r) => (
                <label key={r} className="checkbox">
                  <input
                    type="checkbox"
                    checked={roles.includes(r)}
                    onChange={(e) =>
                      setRoles((prev) => (e.target.checked ? [...prev, r] : prev.filter((x) => x !== r)))
                    }
                  />
                  {ROLE_LABELS[r]}
                </label>
              ))}
            </div>
          )}
          {kind === 'job_titles' && (
            <label className="inline-field">
              <span>Job titles, separated by commas</span>
              <input
                value={titles}
                onChange={(e) => setTitles(e.target.value)}
                placeholder="Teaching Assistant, Early Years Practitioner"
              />
            </label>
          )}
          {errors.audience && <span className="field-error">{errors.audience}</span>}
        </fieldset>
        <div className="field">
          <label htmlFor="course-description">Notes (optional)</label>
          <textarea
            id="course-description"
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
      </form>
    </Dialog>
  );
}
