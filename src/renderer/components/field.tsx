// Labelled form fields with inline errors wired for screen readers (aria-invalid, aria-describedby).
import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { parseUkDateInput, toUkInput, type IsoDate } from '../../core/dates';

interface FieldShell {
  label: string;
  error?: string;
  hint?: string;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string): string | undefined {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({
  hint,
  error,
  hintId,
  errorId,
}: {
  hint?: string;
  error?: string;
  hintId: string;
  errorId: string;
}) {
  return (
    <>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}

export function TextField({
  label,
  error,
  hint,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-h`, `${id}-e`, hint, error)}
        {...input}
      />
      <Messages hint={hint} error={error} hintId={`${id}-h`} errorId={`${id}-e`} />
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-h`, `${id}-e`, hint, error)}
        {...select}
      >
        {children}
      </select>
      <Messages hint={hint} error={error} hintId={`${id}-h`} errorId={`${id}-e`} />
    </div>
  );
}

/** An option for each record, by its id and name (a setting, a course). */
export function NameOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** A UK date typed as dd/mm/yyyy; reports an impossible date ("31/02/2023") instead of shifting it. */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint = 'dd/mm/yyyy',
  required,
}: FieldShell & { value: IsoDate | null; onChange: (value: IsoDate | null) => void; required?: boolean }) {
  const [text, setText] = useState(toUkInput(value));
  const [own, setOwn] = useState<string | undefined>();
  const id = useId();
  const shown = own ?? error;
  return (
    <div className={shown ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={text}
        required={required}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(`${id}-h`, `${id}-e`, hint, shown)}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() === '') {
            setOwn(required ? 'Enter a date as dd/mm/yyyy' : undefined);
            onChange(null);
            return;
          }
          const parsed = parseUkDateInput(text);
          if (parsed.ok) {
            setOwn(undefined);
            setText(toUkInput(parsed.date));
            onChange(parsed.date);
          } else {
            setOwn(parsed.error);
            onChange(null);
          }
        }}
      />
      <Messages hint={hint} error={shown} hintId={`${id}-h`} errorId={`${id}-e`} />
    </div>
  );
}
