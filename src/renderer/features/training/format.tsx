// Small shared pieces of the training screens: status words with colour, percentages, names.
import { formatUkDate } from '../../../core/dates';
import type { Cell } from '../../../core/training/compliance';
import { TRAINING_STATUS_LABELS, type TrainingStatus } from '../../../core/training/status';
import { StatusBadge, type Tone } from '../../components/page';
import { complianceBand, formatPercent } from '../../../core/training/percent';

export const STATUS_TONES: Record<TrainingStatus, Tone> = {
  valid: 'green',
  expiring: 'amber',
  expired: 'red',
  missing: 'red',
};

export function TrainingBadge({ status, title }: { status: TrainingStatus; title?: string }) {
  return (
    <StatusBadge tone={STATUS_TONES[status]} title={title}>
      {TRAINING_STATUS_LABELS[status]}
    </StatusBadge>
  );
}

/** What a status means in a sentence, for a title or a screen reader. */
export function cellDetail(cell: Pick<Cell, 'status' | 'lastCompleted' | 'expiresOn'>): string {
  switch (cell.status) {
    case 'missing':
      return 'Not done';
    case 'valid':
    case 'expiring':
      return cell.expiresOn
        ? `Done ${formatUkDate(cell.lastCompleted)}, valid until ${formatUkDate(cell.expiresOn)}`
        : `Done ${formatUkDate(cell.lastCompleted)} (once only)`;
    case 'expired':
      return `Done ${formatUkDate(cell.lastCompleted)}, expired ${formatUkDate(cell.expiresOn)}`;
  }
}

/** Under 80% is behind, under 95% needs attention: a guide for the eye; the figure is always shown. */
export function percentTone(p: number | null): Tone {
  return complianceBand(p);
}

export function Percent({ value, label }: { value: number | null; label?: string }) {
  const tone = percentTone(value);
  return (
    <span
      className={`percent percent-${tone}`}
      // A labelled figure is one image to assistive technology (a span may not carry a name of its own).
      role={label ? 'img' : undefined}
      aria-label={
        label ? `${label}: ${value === null ? 'nothing required' : `${value}% compliant`}` : undefined
      }
    >
      <span className="percent-figure">{value === null ? '—' : formatPercent(value)}</span>
      <span className="percent-bar" aria-hidden="true">
        <span style={{ width: `${value ?? 0}%` }} />
      </span>
    </span>
  );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
