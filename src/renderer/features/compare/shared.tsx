// Pieces the comparison views share: the rows of settings with their policy, a passage shown in its
// context with a link to the document at that place, and CSV export.
import { Link } from 'react-router';
import type { SettingPolicy } from '../../../core/compare/inputs';
import { blockById, type SourceSpan, type StructuredDocument } from '../../../core/document';
import type { CoverageStatus } from '../../../core/compare/coverage';
import type { Tone } from '../../components/page';
import type { CompareData } from '../../../data/repos/compare-repo';
import { csvBytes } from '../../../documents/csv/write-csv';
import { platform } from '../../platform';

export function settingPolicies(data: CompareData): SettingPolicy[] {
  return data.settings.map((setting) => {
    const policy = data.policyBySetting.get(setting.id) ?? null;
    const version = policy?.currentVersionId ? (data.versions.get(policy.currentVersionId) ?? null) : null;
    return { setting, policy, version };
  });
}

/** Where a passage lives in the policy library's document view (agreed with the import feature). */
export function documentLink(policyId: string, blockId?: string): string {
  return blockId ? `/policies/${policyId}?block=${encodeURIComponent(blockId)}` : `/policies/${policyId}`;
}

export function coverageTone(status: CoverageStatus, requiredMissing: boolean): Tone {
  if (requiredMissing) return 'red';
  return status === 'covered' ? 'green' : status === 'partly' ? 'amber' : 'grey';
}

export function coverageWord(status: CoverageStatus, requiredMissing: boolean): string {
  if (requiredMissing) return 'Missing';
  return status === 'covered' ? 'Covered' : status === 'partly' ? 'Partly' : 'Not covered';
}

/** One passage: the heading it sits under, its block with the words highlighted, and a link to that place. */
export function PassageInContext({
  document,
  span,
  policyId,
  settingName,
}: {
  document: StructuredDocument;
  span: SourceSpan;
  policyId: string | null;
  settingName: string;
}) {
  const block = blockById(document, span.blockId);
  if (!block)
    return <p className="muted">This passage is no longer in the document (it was read again since).</p>;
  const start = Math.max(0, Math.min(span.start, block.text.length));
  const end = Math.max(start, Math.min(span.end, block.text.length));
  return (
    <figure className="passage">
      {block.headingPath.length > 0 && (
        <figcaption className="passage-path">{block.headingPath.join(' › ')}</figcaption>
      )}
      <blockquote>
        {block.number && <span className="passage-number">{block.number} </span>}
        {block.text.slice(0, start)}
        <mark>{block.text.slice(start, end)}</mark>
        {block.text.slice(end)}
      </blockquote>
      {policyId && (
        <Link
          className="passage-link"
          to={documentLink(policyId, block.id)}
          aria-label={`Open ${settingName}’s policy at this passage${block.number ? ` (${block.number})` : ''}`}
        >
          Open the policy at this passage
        </Link>
      )}
    </figure>
  );
}

export async function saveCsv(suggestedName: string, rows: readonly (readonly string[])[]): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName,
    filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    bytes: csvBytes(rows),
  });
  return result.saved;
}

export function percent(n: number): string {
  return `${Math.round(n)}%`;
}
