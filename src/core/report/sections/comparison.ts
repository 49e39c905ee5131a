// Policy comparison: gaps against the trust's topic framework, guidance cited in a superseded edition,
// and template drift (how far each setting's policy has moved from the text its template family
// shares). Coverage, currency and families are the compare feature's own results.
import { POLICY_TYPE_LABELS } from '../../vocabulary';
import { column, figures, heading, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportSection } from '../model';
import { someNames, type Highlight, type SectionContext } from './context';

/** Below this resemblance a policy has drifted far from its template: worth a look. */
export const DRIFT_BELOW = 60;

function typeWords(type: keyof typeof POLICY_TYPE_LABELS): string {
  return `${POLICY_TYPE_LABELS[type].toLowerCase()} policies`;
}

export function comparisonSection(ctx: SectionContext): ReportSection {
  const area = ctx.analysis.comparison;
  const blocks: ReportBlock[] = [];
  if (!area) return { id: 'comparison', title: 'Policy comparison', orientation: 'portrait', blocks };
  if (area.types.length === 0) {
    blocks.push(paragraph('No setting in scope has a policy of a type the trust framework covers, so there is nothing to compare yet.'));
    return { id: 'comparison', title: 'Policy comparison', orientation: 'portrait', blocks };
  }
  const totalGaps = area.types.reduce((n, t) => n + t.coverage.rows.filter((r) => r.requiredMissing.length > 0).length, 0);
  const totalStale = area.types.reduce((n, t) => n + t.currency.counts.stale, 0);
  blocks.push(
    paragraph(
      'Each setting’s current policy is read against the trust’s topic framework: a topic is covered when the policy says something substantive about it, partly covered when it only mentions it. ' +
        'A policy citing an edition of guidance older than the one in force is stale. Policies written from the same template form a family; template drift shows how closely each still resembles the family’s most typical policy.',
    ),
    figures('comparison-figures', [
      { label: 'Policies missing a required topic', value: totalGaps, text: String(totalGaps), tone: totalGaps ? 'amber' : 'green', word: totalGaps ? 'Gaps' : 'None' },
      { label: 'Policies citing superseded guidance', value: totalStale, text: String(totalStale), tone: totalStale ? 'amber' : 'green', word: totalStale ? 'Stale' : 'None' },
    ]),
  );
  for (const t of area.types) {
    const words = typeWords(t.policyType);
    const labels = new Map(t.coverage.columns.map((c) => [c.topicId, c.label]));
    blocks.push(heading(`${POLICY_TYPE_LABELS[t.policyType]}: coverage gaps`));
    blocks.push(
      table({
        id: `comparison-gaps-${t.policyType}`,
        caption: `Coverage of the framework by ${words}, most required topics missing first`,
        columns: [column('Setting', 3), column('Coverage', 1.3), column('Status', 1.4), column('Required topics not covered', 5)],
        rows: t.coverage.rows.map((r) => {
          if (!r.policyId) return [textCell(r.name), textCell('—'), statusCell('No policy', 'grey'), textCell('—')];
          const missing = r.requiredMissing.map((id) => labels.get(id) ?? id);
          return [
            textCell(r.name),
            // Whole percentages, as the comparison screens print them.
            { text: `${Math.round(r.percent)}%`, value: r.percent },
            missing.length ? statusCell(`${missing.length} missing`, 'amber') : statusCell('Complete', 'green'),
            textCell(missing.length ? missing.join(', ') : 'None'),
          ];
        }),
        emptyText: 'No settings in scope.',
      }),
    );
    blocks.push(heading(`${POLICY_TYPE_LABELS[t.policyType]}: stale guidance`));
    const stale = t.currency.rows.flatMap((r) => r.stale.map((s) => ({ row: r, stale: s })));
    blocks.push(
      table({
        id: `comparison-stale-${t.policyType}`,
        caption: `Guidance cited by ${words} in an edition older than the one in force`,
        columns: [column('Setting', 3), column('Policy', 2.5), column('Cites', 3), column('In force', 1.2), column('Status', 1.2)],
        rows: stale.map(({ row, stale: s }) => [textCell(row.name), textCell(row.policyTitle ?? '—'), textCell(`${s.name} ${s.cited}`), textCell(String(s.current)), statusCell('Stale', 'amber')]),
        emptyText: 'Every edition cited is the one in force.',
      }),
    );
    blocks.push(heading(`${POLICY_TYPE_LABELS[t.policyType]}: template drift`));
    if (t.families.length === 0) {
      blocks.push(paragraph(`No two ${words} in scope share a template.`));
      continue;
    }
    blocks.push(
      table({
        id: `comparison-drift-${t.policyType}`,
        caption: `Settings whose ${words} share a template, and how closely each resembles the family’s most typical policy`,
        columns: [column('Family (most typical policy)', 3), column('Setting', 3), column('Resemblance', 1.6)],
        rows: t.families.flatMap((family) => {
          const representative = family.members.find((m) => m.id === family.representativeId)?.name ?? '—';
          return family.members.map((m) => {
            if (m.id === family.representativeId) return [textCell(representative), textCell(m.name), statusCell('Most typical', 'blue')];
            const pct = Math.round(m.resemblance * 100);
            return [textCell(representative), textCell(m.name), { text: `${pct}%`, value: pct, tone: pct < DRIFT_BELOW ? ('amber' as const) : ('green' as const) }];
          });
        }),
        emptyText: 'No template families.',
      }),
    );
  }
  return { id: 'comparison', title: 'Policy comparison', orientation: 'portrait', blocks };
}

export function comparisonHighlights(ctx: SectionContext): Highlight[] {
  const area = ctx.analysis.comparison;
  if (!area) return [];
  const out: Highlight[] = [];
  const gaps = area.types.flatMap((t) => t.coverage.rows.filter((r) => r.requiredMissing.length > 0));
  if (gaps.length > 0) {
    out.push({ rag: 'amber', weight: 28 + gaps.length, text: `${plural(gaps.length, 'policy leaves', 'policies leave')} out topics the trust framework requires (${someNames(gaps.map((r) => r.name))}).` });
  }
  const stale = area.types.flatMap((t) => t.currency.rows.filter((r) => r.stale.length > 0));
  if (stale.length > 0) {
    const first = stale[0]!.stale[0]!;
    out.push({ rag: 'amber', weight: 26 + stale.length, text: `${plural(stale.length, 'policy cites', 'policies cite')} superseded guidance, such as ${first.name} ${first.cited} (${someNames(stale.map((r) => r.name))}).` });
  }
  return out;
}
