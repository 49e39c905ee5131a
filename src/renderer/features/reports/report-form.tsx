// The choices for a report: scope, meeting, as-of date, sections, names or counts, marking, author.
import { useId, useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import { nameKey } from '../../../core/names';
import {
  REPORT_SECTION_LABELS,
  REPORT_SECTIONS,
  type ReportSectionId,
  type StaffMode,
} from '../../../core/report/options';
import type { Setting } from '../../../core/settings';
import { DateField, NameOptions, TextField } from '../../components/field';

export type ScopeKind = 'trust' | 'settings' | 'setting';

export interface ReportFormState {
  scopeKind: ScopeKind;
  chosen: SettingId[];
  single: SettingId | '';
  meetingName: string;
  meetingDate: IsoDate | null;
  asOf: IsoDate | null;
  sections: ReportSectionId[];
  staff: StaffMode;
  confidentiality: string;
  author: string;
}

export type FormErrors = Partial<
  Record<'scope' | 'meetingName' | 'meetingDate' | 'asOf' | 'sections' | 'confidentiality' | 'author', string>
>;

const SECTION_HINTS: Record<ReportSectionId, string> = {
  summary: 'Red, amber or green per setting and the few things governors must know',
  reviews: 'Overdue, due before the meeting, no date, cadence exceptions',
  leads: 'Vacancies and mismatches with the register',
  training: 'Per setting and per course; lapsed and lapsing (landscape pages)',
  comparison: 'Gaps against the framework, stale guidance, template drift',
  visits: 'Findings, and open actions with owners and due dates',
  method: 'The as-of date and the rules used',
};

const MARKINGS = ['', 'OFFICIAL', 'OFFICIAL-SENSITIVE'];

export function ReportForm({
  state,
  onChange,
  settings,
  errors,
}: {
  state: ReportFormState;
  onChange: (next: ReportFormState) => void;
  settings: Setting[];
  errors: FormErrors;
}) {
  const set = <K extends keyof ReportFormState>(key: K, value: ReportFormState[K]) =>
    onChange({ ...state, [key]: value });
  const [filter, setFilter] = useState('');
  const filtered = useMemo(() => {
    const key = nameKey(filter);
    return key ? settings.filter((s) => nameKey(s.name).includes(key)) : settings;
  }, [filter, settings]);
  const customMarking = !MARKINGS.includes(state.confidentiality);
  const [custom, setCustom] = useState(customMarking);
  const ids = { scope: useId(), single: useId(), marking: useId() };

  return (
    <div className="report-form">
      <fieldset className="field">
        <legend>Scope</legend>
        <label className="radio">
          <input
            type="radio"
            name={ids.scope}
            checked={state.scopeKind === 'trust'}
            onChange={() => set('scopeKind', 'trust')}
          />
          Whole trust ({settings.length} settings)
        </label>
        <label className="radio">
          <input
            type="radio"
            name={ids.scope}
            checked={state.scopeKind === 'settings'}
            onChange={() => set('scopeKind', 'settings')}
          />
          Chosen settings
        </label>
        <label className="radio">
          <input
            type="radio"
            name={ids.scope}
            checked={state.scopeKind === 'setting'}
            onChange={() => set('scopeKind', 'setting')}
          />
          One setting
        </label>
        {state.scopeKind === 'setting' && (
          <div className="field report-indent">
            <label htmlFor={ids.single}>Setting</label>
            <select
              id={ids.single}
              value={state.single}
              onChange={(e) => set('single', e.target.value as SettingId)}
              aria-invalid={errors.scope ? true : undefined}
            >
              <option value="">Choose a setting…</option>
              <NameOptions items={settings} />
            </select>
          </div>
        )}
        {state.scopeKind === 'settings' && (
          <div className="report-indent">
            <div className="report-choose-bar">
              <input
                type="search"
                aria-label="Filter settings"
                placeholder="Filter settings"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
              <button
                type="button"
                className="button button-small"
                onClick={() => set('chosen', [...new Set([...state.chosen, ...filtered.map((s) => s.id)])])}
              >
                Choose all shown
              </button>
              <button type="button" className="button button-small" onClick={() => set('chosen', [])}>
                Clear choice
              </button>
              <span className="muted">{state.chosen.length} chosen</span>
            </div>
            <div className="checkbox-list report-settings-list" role="group" aria-label="Settings to include">
              {filtered.map((s) => (
                <label key={s.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={state.chosen.includes(s.id)}
                    onChange={(e) =>
                      set(
                        'chosen',
                        e.target.checked ? [...state.chosen, s.id] : state.chosen.filter((x) => x !== s.id),
                      )
                    }
                  />
                  {s.name}
                </label>
              ))}
            </div>
          </div>
        )}
        {errors.scope && <span className="field-error">{errors.scope}</span>}
      </fieldset>

      <div className="report-form-grid">
        <TextField
          label="Meeting"
          hint="The meeting the report is for, such as “Autumn term trust board”"
          value={state.meetingName}
          onChange={(e) => set('meetingName', e.target.value)}
          error={errors.meetingName}
        />
        <DateField
          label="Meeting date"
          hint="dd/mm/yyyy. Reviews and training falling due before it are listed."
          value={state.meetingDate}
          onChange={(v) => set('meetingDate', v)}
          error={errors.meetingDate}
        />
        <DateField
          label="Data as of"
          hint="dd/mm/yyyy. Every figure is worked out for this date."
          value={state.asOf}
          onChange={(v) => set('asOf', v)}
          error={errors.asOf}
          required
        />
        <TextField
          label="Prepared by"
          hint="Shown on the title page"
          value={state.author}
          onChange={(e) => set('author', e.target.value)}
          error={errors.author}
        />
      </div>

      <fieldset className="field">
        <legend>Sections</legend>
        <div className="report-sections">
          {REPORT_SECTIONS.map((id) => (
            <label key={id} className="checkbox">
              <input
                type="checkbox"
                checked={state.sections.includes(id)}
                onChange={(e) =>
                  set(
                    'sections',
                    e.target.checked
                      ? REPORT_SECTIONS.filter((s) => s === id || state.sections.includes(s))
                      : state.sections.filter((s) => s !== id),
                  )
                }
              />
              <span>
                {REPORT_SECTION_LABELS[id]}
                <span className="field-hint report-section-hint">{SECTION_HINTS[id]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.sections && <span className="field-error">{errors.sections}</span>}
      </fieldset>

      <div className="report-form-grid">
        <fieldset className="field">
          <legend>Staff</legend>
          <label className="radio">
            <input
              type="radio"
              name="report-staff"
              checked={state.staff === 'counts'}
              onChange={() => set('staff', 'counts')}
            />
            As counts (recommended)
          </label>
          <label className="radio">
            <input
              type="radio"
              name="report-staff"
              checked={state.staff === 'names'}
              onChange={() => set('staff', 'names')}
            />
            By name
          </label>
          <span className="field-hint">
            {state.staff === 'names'
              ? 'The report will hold personal data: share it only with those who need it.'
              : 'UK GDPR data minimisation: governors need exceptions, not names.'}
          </span>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.marking}>Confidentiality marking</label>
          <select
            id={ids.marking}
            value={custom ? 'custom' : state.confidentiality}
            onChange={(e) => {
              const v = e.target.value;
              setCustom(v === 'custom');
              set('confidentiality', v === 'custom' ? '' : v);
            }}
          >
            <option value="">None</option>
            <option value="OFFICIAL">OFFICIAL</option>
            <option value="OFFICIAL-SENSITIVE">OFFICIAL-SENSITIVE</option>
            <option value="custom">Other wording…</option>
          </select>
          {custom && (
            <input
              aria-label="Marking wording"
              placeholder="e.g. Confidential: for governors only"
              value={state.confidentiality}
              onChange={(e) => set('confidentiality', e.target.value)}
              aria-invalid={errors.confidentiality ? true : undefined}
            />
          )}
          <span className="field-hint">Printed on the title page and at the top of every page.</span>
          {errors.confidentiality && <span className="field-error">{errors.confidentiality}</span>}
        </div>
      </div>
    </div>
  );
}
