// What a backup or pack holds, in words, before anything is written.
import { formatUkDate } from '../../../core/dates';
import type { FileSummary } from './backup-protocol';

const WORDS: [string, string, string][] = [
  ['settings', 'setting', 'settings'],
  ['policies', 'policy', 'policies'],
  ['people', 'person', 'people'],
  ['completions', 'training record', 'training records'],
  ['visits', 'audit visit', 'audit visits'],
  ['actions', 'action', 'actions'],
];

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "21 Nov 2026, 17:05" in the user's time zone. */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${formatUkDate(local)}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function FileSummaryFacts({ summary }: { summary: FileSummary }) {
  const holds = WORDS.filter(([t]) => (summary.counts[t as keyof typeof summary.counts] ?? 0) > 0).map(
    ([t, one, many]) => plural(summary.counts[t as keyof typeof summary.counts] ?? 0, one, many),
  );
  return (
    <dl className="facts">
      <dt>Made</dt>
      <dd>
        {formatMoment(summary.createdAt)} by Oversight {summary.appVersion}
      </dd>
      {summary.trustName && (
        <>
          <dt>Trust</dt>
          <dd>{summary.trustName}</dd>
        </>
      )}
      {summary.description && (
        <>
          <dt>Description</dt>
          <dd>{summary.description}</dd>
        </>
      )}
      <dt>Holds</dt>
      <dd>
        {holds.join(', ') || 'nothing'}
        {summary.fileCount > 0 &&
          `, and ${plural(summary.fileCount, 'original document or evidence file', 'original documents and evidence files')} (${formatSize(summary.fileBytes)})`}
      </dd>
      <dt>Encrypted</dt>
      <dd>{summary.encrypted ? 'Yes' : 'No'}</dd>
      <dt>Checked</dt>
      <dd>Every part of the file matches its checksum</dd>
    </dl>
  );
}
