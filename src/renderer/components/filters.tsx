// The filters every list shares: a search box and the phase and policy-type choices, each labelled so
// tests and screen readers find them by name; and the address that keeps them.
import { useSearchParams } from 'react-router';
import {
  PHASE_LABELS,
  PHASES,
  POLICY_TYPE_LABELS,
  POLICY_TYPES,
  type Phase,
  type PolicyType,
} from '../../core/vocabulary';

/**
 * A list's filters kept in the address (?phase=…&type=…), so a filtered view can be linked to and
 * survives Back. Setting an empty value removes the key; the history entry is replaced, not added to.
 * `onChange` runs after each change (a paged list goes back to its first page).
 */
export function useFilterParams(onChange?: () => void) {
  const [params, setParams] = useSearchParams();
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    onChange?.();
  };
  return { params, setParams, setFilter };
}

export function SearchFilter({
  label,
  value,
  onChange,
  placeholder,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  className?: string;
}) {
  return (
    <label className={className ? `inline-field ${className}` : 'inline-field'}>
      <span>{label}</span>
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
}

export function SelectFilter<T extends string>({
  label,
  value,
  onChange,
  options,
  labels,
  allLabel,
}: {
  label: string;
  value: T | '';
  onChange: (value: T | '') => void;
  options: readonly T[];
  labels: Record<T, string>;
  allLabel: string;
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PhaseFilter({
  value,
  onChange,
  label = 'Phase',
}: {
  value: Phase | '' | string;
  onChange: (value: Phase | '') => void;
  label?: string;
}) {
  return (
    <SelectFilter
      label={label}
      value={value as Phase | ''}
      onChange={onChange}
      options={PHASES}
      labels={PHASE_LABELS}
      allLabel="All phases"
    />
  );
}

export function PolicyTypeFilter({
  value,
  onChange,
  label = 'Policy type',
}: {
  value: PolicyType | '' | string;
  onChange: (value: PolicyType | '') => void;
  label?: string;
}) {
  return (
    <SelectFilter
      label={label}
      value={value as PolicyType | ''}
      onChange={onChange}
      options={POLICY_TYPES}
      labels={POLICY_TYPE_LABELS}
      allLabel="All types"
    />
  );
}
