// The summary: red / amber / green per setting and the handful of things governors must know.
import { formatUkDate } from '../../dates';
import type { AreaId } from '../analysis';
import { bullets, column, figures, heading, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportSection } from '../model';
import { AREA_LABELS, RAG_WORDS, type Rag } from '../rag';
import type { Highlight, SectionContext } from './context';

/** How many highlights the summary lists: a handful, not a list of everything. */
export const HIGHLIGHT_LIMIT = 6;

export function topHighlights(all: Highlight[], limit = HIGHLIGHT_LIMIT): Highlight[] {
  return [...all].sort((a, b) => (a.rag === b.rag ? b.weight - a.weight : a.rag === 'red' ? -1 : 1)).slice(0, limit);
}

export function summarySection(ctx: SectionContext, areas: AreaId[], highlights: Highlight[]): ReportSection {
  const blocks: ReportBlock[] = [];
  const statuses = ctx.statuses;
  const count = (rag: Rag) => statuses.filter((s) => s.overall === rag).length;
  const n = ctx.analysis.settings.length;
  const meeting = ctx.options.meeting.name.trim();
  blocks.push(
    paragraph(
      `This report${meeting ? ` for ${meeting}` : ''} covers ${n === 1 ? ctx.analysis.settings[0]!.name : plural(n, 'setting')} as of ${formatUkDate(ctx.analysis.asOf)}. ` +
        `Each setting is red where something needs action now, amber where something needs attention soon, and green where nothing does, across ${areas.map((a) => AREA_LABELS[a].toLowerCase()).join(', ')}.`,
    ),
    figures('summary-figures', [
      { label: 'Red', value: count('red'), text: String(count('red')), tone: 'red', word: n === 1 ? 'Setting needs action' : 'Settings need action' },
      { label: 'Amber', value: count('amber'), text: String(count('amber')), tone: 'amber', word: 'Need attention soon' },
      { label: 'Green', value: count('green'), text: String(count('green')), tone: 'green', word: 'Nothing outstanding' },
    ]),
    heading('What governors need to know'),
  );
  const top = topHighlights(highlights);
  if (top.length === 0) blocks.push(paragraph('Nothing in these records needs governors’ attention as of this date.'));
  else blocks.push(bullets(top.map((h) => [{ text: `${h.rag === 'red' ? 'Action needed' : 'Attention'}: `, bold: true }, { text: h.text }])));
  const more = highlights.length - top.length;
  if (more > 0) blocks.push(paragraph({ text: `${plural(more, 'further point is', 'further points are')} in the sections that follow.`, italic: true }));

  blocks.push(heading('Status per setting'));
  blocks.push(
    table({
      id: 'summary-status',
      caption: 'Red, amber or green per setting, worst first, with what lies behind it',
      // The reviews cell carries the dashboard's own words for why, so it gets more room.
      columns: [column('Setting', 3), column('Overall', 1.1), ...areas.map((a) => column(AREA_LABELS[a], a === 'reviews' ? 2.2 : 1.3))],
      rows: statuses.map((s) => [
        textCell(s.setting.name, true),
        statusCell(RAG_WORDS[s.overall], s.overall),
        ...areas.map((a) => {
          const st = s.areas[a];
          return st ? statusCell(st.text, st.rag) : textCell('—');
        }),
      ]),
      emptyText: 'No settings in scope.',
    }),
  );
  return { id: 'summary', title: 'Summary', orientation: 'portrait', blocks };
}
