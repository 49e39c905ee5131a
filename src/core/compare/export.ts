// The matrix and the positions as rows of text for a spreadsheet. Encoding (and the guard against
// formula injection) is the CSV writer's job; these only choose what each cell says.
import type { SourceSpan } from '../document';
import type { SettingId } from '../ids';
import { PHASE_LABELS } from '../vocabulary';
import { COVERAGE_LABELS, type CoverageMatrix } from './coverage';
import type { PositionsComparison } from './positions';

export function matrixRows(matrix: CoverageMatrix): string[][] {
  const header = ['Setting', 'Phase', 'Policy', 'Coverage %', 'Required topics missing', ...matrix.columns.map((c) => c.label), 'Overrules'];
  const rows = matrix.rows.map((r) => [
    r.name,
    PHASE_LABELS[r.phase],
    r.policyTitle ?? 'No policy',
    String(r.percent),
    r.requiredMissing.map((id) => matrix.columns.find((c) => c.topicId === id)?.label ?? id).join('; '),
    ...r.cells.map((c) => {
      const word = c.requiredMissing ? 'Missing (required)' : COVERAGE_LABELS[c.status];
      const passages = c.passageCount > 0 ? ` (${c.passageCount} passage${c.passageCount === 1 ? '' : 's'})` : '';
      return `${word}${passages}${c.override ? ' [overruled]' : ''}`;
    }),
    r.cells
      .filter((c) => c.override)
      .map((c) => `${matrix.columns.find((col) => col.topicId === c.topicId)?.label ?? c.topicId}: ${c.override!.covered ? 'covered' : 'not covered'}${c.override!.note ? ` (${c.override!.note})` : ''}`)
      .join('; '),
  ]);
  const perTopic = ['Coverage per topic %', '', '', String(matrix.percent), '', ...matrix.columns.map((c) => String(c.percent)), ''];
  return [header, ...rows, perTopic];
}

/** `passageText` turns a passage into its words (the caller holds the documents); evidence is left out without it. */
export function positionsRows(comparison: PositionsComparison, passageText?: (settingId: SettingId, span: SourceSpan) => string): string[][] {
  const header = ['Setting', 'Phase', ...comparison.questions.flatMap((q) => [q.label, `${q.label}: evidence`])];
  const settings = comparison.questions[0]?.settings ?? [];
  const rows = settings.map((s, i) => [
    s.name,
    PHASE_LABELS[s.phase],
    ...comparison.questions.flatMap((q) => {
      const p = q.settings[i]!.position;
      const evidence = passageText ? p.passages.slice(0, 3).map((span) => passageText(s.settingId, span)).filter(Boolean) : [];
      if (p.correction) evidence.push(`Corrected: ${p.correction.note || 'no note'}`);
      return [`${p.label}${p.source === 'correction' ? ' (corrected)' : ''}`, evidence.join(' | ')];
    }),
  ]);
  const disagreement = ['Settings disagree', '', ...comparison.questions.flatMap((q) => [q.disagreement ? 'Yes' : 'No', ''])];
  return [header, ...rows, disagreement];
}
