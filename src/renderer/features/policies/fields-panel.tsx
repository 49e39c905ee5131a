// The fields read from a document, beside its text: each shows its value, where it was found, how sure
// the reader was, and can be confirmed or corrected. A correction is stored on the version and wins over
// any later reading of the document.
import { useId, useState } from 'react';
import type {
  Correction,
  CorrectableField,
  ExtractionResult,
  GuidanceCitation,
  NamedLead,
} from '../../../core/extraction/types';
import { checkCorrection, effectiveField, type EffectiveField } from '../../../core/policies/effective';
import { parsePartialDateInput, partialDateInputText } from '../../../core/policies/date-input';
import {
  PHASE_LABELS,
  PHASES,
  POLICY_TYPE_LABELS,
  POLICY_TYPES,
  ROLE_LABELS,
  ROLES,
  type RoleId,
} from '../../../core/vocabulary';
import type { PartialDate } from '../../../core/dates';
import { StatusBadge } from '../../components/page';
import { FIELD_DEFS, guidanceText, valueLines, type FieldDef } from './field-defs';

interface Props {
  extraction: ExtractionResult;
  corrections: Correction[];
  /** A field, or `topic:<id>` for a topic's passages. */
  activeField: string | null;
  onShow: (key: string) => void;
  onCorrect: (field: CorrectableField, value: unknown, note?: string) => Promise<void>;
  onUndo: (field: CorrectableField) => Promise<void>;
}

/** "staff_personal_use" as "Staff personal use". */
function topicLabel(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function FieldsPanel({ extraction, corrections, activeField, onShow, onCorrect, onUndo }: Props) {
  return (
    <div className="fields-panel" role="region" aria-label="Fields read from the document">
      {FIELD_DEFS.map((def) => (
        <FieldCard
          key={def.field}
          def={def}
          field={effectiveField(extraction, corrections, def.field)}
          active={activeField === def.field}
          onShow={() => onShow(def.field)}
          onCorrect={(value, note) => onCorrect(def.field, value, note)}
          onUndo={() => onUndo(def.field)}
        />
      ))}
      {extraction.topics.length > 0 && (
        <section className="field-card" aria-label="Topics covered">
          <div className="field-card-head">
            <h3>Topics covered</h3>
          </div>
          <ul className="topic-list">
            {extraction.topics.map((t) => (
              <li key={t.topicId}>
                <span>
                  {topicLabel(t.topicId)}{' '}
                  <StatusBadge tone={t.strength === 'covered' ? 'green' : 'amber'}>
                    {t.strength === 'covered' ? 'Covered' : 'Partly'}
                  </StatusBadge>
                </span>
                {t.passages.length > 0 && (
                  <button
                    type="button"
                    className="button button-small"
                    aria-pressed={activeField === `topic:${t.topicId}`}
                    aria-label={`Show ${topicLabel(t.topicId)} in the text`}
                    onClick={() => onShow(`topic:${t.topicId}`)}
                  >
                    Show in text
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {extraction.problems.length > 0 && (
        <section className="field-card" aria-label="Problems found in the document">
          <h3>Problems found</h3>
          <ul>
            {extraction.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function FieldCard({
  def,
  field,
  active,
  onShow,
  onCorrect,
  onUndo,
}: {
  def: FieldDef;
  field: EffectiveField;
  active: boolean;
  onShow: () => void;
  onCorrect: (value: unknown, note?: string) => Promise<void>;
  onUndo: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const lines = valueLines(def, field.value);
  const confirmed = field.origin === 'corrected' && field.correction?.note === 'confirmed';
  const badge =
    field.origin === 'corrected' ? (
      confirmed ? (
        <StatusBadge tone="green">Confirmed</StatusBadge>
      ) : (
        <StatusBadge tone="blue">Corrected</StatusBadge>
      )
    ) : field.origin === 'extracted' ? (
      <StatusBadge
        tone={(field.confidence ?? 0) >= 0.7 ? 'grey' : 'amber'}
        title={`Reader’s confidence: ${Math.round((field.confidence ?? 0) * 100)}%`}
      >
        {(field.confidence ?? 0) >= 0.7 ? 'Found in text' : 'Found, unsure'}
      </StatusBadge>
    ) : (
      <StatusBadge tone="grey">Not stated</StatusBadge>
    );
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      className="field-card"
      aria-labelledby={headingId}
      data-field={def.field}
      data-active={active || undefined}
    >
      <div className="field-card-head">
        <h3 id={headingId}>{def.label}</h3>
        {badge}
      </div>
      {editing ? (
        <FieldEditor
          def={def}
          value={field.value}
          onCancel={() => setEditing(false)}
          onSave={async (value) => {
            await onCorrect(value);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <div className={lines ? 'field-value' : 'field-value empty'} aria-label={`${def.label} value`}>
            {lines ? (
              lines.length === 1 ? (
                lines[0]
              ) : (
                <ul>
                  {lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )
            ) : (
              'The document does not say'
            )}
          </div>
          <div className="field-actions">
            {field.sources.length > 0 && (
              <button
                type="button"
                className="button button-small"
                aria-pressed={active}
                aria-label={`Show ${def.label} in the text`}
                onClick={onShow}
              >
                Show in text
              </button>
            )}
            {field.origin !== 'corrected' && field.origin !== 'none' && (
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                aria-label={`Confirm ${def.label}`}
                onClick={() => void run(() => onCorrect(field.value, 'confirmed'))}
              >
                Confirm
              </button>
            )}
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              aria-label={`Correct ${def.label}`}
              onClick={() => setEditing(true)}
            >
              Correct
            </button>
            {field.origin === 'corrected' && (
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                aria-label={`Undo correction of ${def.label}`}
                onClick={() => void run(onUndo)}
              >
                {confirmed ? 'Unconfirm' : 'Undo correction'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

interface EditorProps {
  def: FieldDef;
  value: unknown;
  onSave: (value: unknown) => Promise<void>;
  onCancel: () => void;
}

function FieldEditor({ def, value, onSave, onCancel }: EditorProps) {
  const id = useId();
  const [text, setText] = useState(() => initialText(def, value));
  const [leads, setLeads] = useState<NamedLead[]>(() =>
    def.editor === 'leads' ? [...((value as NamedLead[]) ?? [])] : [],
  );
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const parse = (): { ok: true; value: unknown } | { ok: false; error: string } => {
    switch (def.editor) {
      case 'date': {
        const parsed = parsePartialDateInput(text);
        return parsed.ok ? { ok: true, value: parsed.value } : parsed;
      }
      case 'months': {
        if (text.trim() === '') return { ok: true, value: null };
        const n = Number(text.trim());
        return checkCorrection(def.field, Number.isFinite(n) ? n : text);
      }
      case 'leads':
        return checkCorrection(
          def.field,
          leads.filter((l) => l.name.trim()),
        );
      case 'lines':
        return checkCorrection(
          def.field,
          text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
        );
      case 'guidance':
        return checkCorrection(
          def.field,
          text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l): GuidanceCitation => {
              const m = /^(.*?)\s+((?:19|20)\d{2})$/.exec(l);
              return m ? { name: m[1]!, edition: Number(m[2]) } : { name: l, edition: null };
            }),
        );
      case 'phase':
      case 'type':
        return checkCorrection(def.field, text === '' ? null : text);
      case 'text':
        return checkCorrection(def.field, text);
    }
  };

  const save = async () => {
    const parsed = parse();
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setSaving(true);
    try {
      await onSave(parsed.value);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const errorId = `${id}-error`;
  const described = error ? errorId : undefined;
  let control;
  switch (def.editor) {
    case 'phase':
      control = (
        <select id={id} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={described}>
          <option value="">Not stated</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </select>
      );
      break;
    case 'type':
      control = (
        <select id={id} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={described}>
          {POLICY_TYPES.map((t) => (
            <option key={t} value={t}>
              {POLICY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      );
      break;
    case 'lines':
    case 'guidance':
      control = (
        <textarea
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint${described ? ` ${errorId}` : ''}`}
        />
      );
      break;
    case 'leads':
      control = (
        <div className="field-editor" id={id}>
          {leads.map((lead, i) => (
            <div key={i} className="lead-row">
              <label className="inline-field">
                <span>Role {i + 1}</span>
                <select
                  value={lead.role}
                  onChange={(e) =>
                    setLeads(leads.map((l, j) => (j === i ? { ...l, role: e.target.value as RoleId } : l)))
                  }
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline-field">
                <span>Name {i + 1}</span>
                <input
                  value={lead.name}
                  onChange={(e) =>
                    setLeads(leads.map((l, j) => (j === i ? { ...l, name: e.target.value } : l)))
                  }
                />
              </label>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove lead ${i + 1}`}
                onClick={() => setLeads(leads.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => setLeads([...leads, { role: 'dsl', name: '' }])}
          >
            Add a lead
          </button>
        </div>
      );
      break;
    default:
      control = (
        <input
          id={id}
          value={text}
          inputMode={def.editor === 'months' ? 'numeric' : undefined}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${described ? ` ${errorId}` : ''}`}
        />
      );
  }
  return (
    <form
      className="field-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {def.editor !== 'leads' && <label htmlFor={id}>{def.label}</label>}
      {control}
      <span id={`${id}-hint`} className="field-hint">
        {HINTS[def.editor]}
      </span>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
      <div className="field-actions">
        <button type="submit" className="button button-primary button-small" disabled={saving}>
          Save correction
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const HINTS: Record<FieldDef['editor'], string> = {
  text: 'Leave empty if the document does not say.',
  phase: '',
  type: '',
  date: 'As precise as the document: 17/11/2021, September 2023 or 2023. Empty if it does not say.',
  months: 'Months between reviews (12 for annually). Empty if the document states none.',
  leads: '',
  lines: 'One per line.',
  guidance: 'One per line, with the edition year at the end: Keeping Children Safe in Education 2024.',
};

function initialText(def: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return def.editor === 'type' ? 'other' : '';
  switch (def.editor) {
    case 'date':
      return partialDateInputText(value as PartialDate);
    case 'months':
      return String(value);
    case 'lines':
      return (value as string[]).join('\n');
    case 'guidance':
      return (value as GuidanceCitation[]).map(guidanceText).join('\n');
    case 'leads':
      return '';
    default:
      return String(value);
  }
}
