// The mapping screen: which column holds which field (guessed from the headers, changeable), plus the
// choices an import needs (the setting, the course names).
import type { CourseId, SettingId } from '../../../core/ids';
import type { Course } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import type { FieldSpec, Mapping } from '../../../core/training/csv/mapping';
import type { HeadedTable } from '../../../core/training/csv/table';
import { NameOptions } from '../../components/field';

export function ColumnChoices<F extends string>({
  specs,
  mapping,
  table,
  onChange,
  hints = {},
}: {
  specs: readonly FieldSpec<F>[];
  mapping: Mapping<F>;
  table: HeadedTable;
  onChange: (m: Mapping<F>) => void;
  hints?: Partial<Record<F, string>>;
}) {
  const sample = (column: number) =>
    table.rows.find((r) => (r.cells[column] ?? '').trim() !== '')?.cells[column]?.trim() ?? '';
  return (
    <div className="mapping-grid">
      {specs.map((spec) => {
        const id = `map-${spec.field}`;
        const value = mapping[spec.field];
        return (
          <div className="field" key={spec.field}>
            <label htmlFor={id}>{spec.label}</label>
            <select
              id={id}
              value={value === undefined ? '' : String(value)}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value === '') delete next[spec.field];
                else next[spec.field] = Number(e.target.value);
                onChange(next);
              }}
            >
              <option value="">Not in this file</option>
              {table.headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
            <span className="field-hint">
              {value !== undefined ? `e.g. ${sample(value) || '(empty)'}` : (hints[spec.field] ?? '')}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export function SettingTarget({
  settings,
  value,
  onChange,
  label,
  allowNone,
  noneLabel,
}: {
  settings: Setting[];
  value: SettingId | null;
  onChange: (id: SettingId | null) => void;
  label: string;
  allowNone: boolean;
  noneLabel: string;
}) {
  return (
    <div className="field">
      <label htmlFor="import-setting">{label}</label>
      <select
        id="import-setting"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || null) as SettingId | null)}
      >
        {allowNone && <option value="">{noneLabel}</option>}
        <NameOptions items={settings.filter((s) => !s.archived)} />
      </select>
    </div>
  );
}

/** Each distinct course name in the file matched to a catalogue course (or skipped). */
export function CourseNameChoices({
  names,
  courses,
  choices,
  onChange,
}: {
  names: { key: string; text: string; rows: number }[];
  courses: readonly Course[];
  choices: Record<string, CourseId | null>;
  onChange: (c: Record<string, CourseId | null>) => void;
}) {
  if (names.length === 0) return null;
  return (
    <fieldset className="field">
      <legend>Match the file’s courses to yours</legend>
      <div className="mapping-grid">
        {names.map((n) => {
          const id = `course-${n.key.replace(/[^a-z0-9]+/g, '-')}`;
          return (
            <div className="field" key={n.key}>
              <label htmlFor={id}>
                {n.text} <span className="muted">({n.rows} rows)</span>
              </label>
              <select
                id={id}
                value={choices[n.key] ?? ''}
                onChange={(e) =>
                  onChange({ ...choices, [n.key]: (e.target.value || null) as CourseId | null })
                }
              >
                <option value="">Skip these rows</option>
                <NameOptions items={courses.filter((c) => !c.archived)} />
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
