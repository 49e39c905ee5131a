// A short method note: the as-of date and the rules behind every figure, with the trust's own settings
// (cadences, warning windows, required roles, courses, guidance editions) as they stood for this report.
import { editionInForce } from '../../compare/currency';
import { formatUkDate } from '../../dates';
import { cadenceWords } from '../../reviews/cadence';
import { PHASE_LABELS, PHASES, POLICY_TYPE_LABELS, POLICY_TYPES, ROLE_LABELS } from '../../vocabulary';
import type { AreaId } from '../analysis';
import { DRIFT_BELOW } from './comparison';
import { bullets, paragraph, plural } from '../blocks';
import type { ReportSection } from '../model';
import { meetingWindowWords, type SectionContext } from './context';

/** "infant, junior and primary: DSL, Deputy DSL; pre-school / nursery: DSL": things that share a value, said once. */
function grouped<T>(items: readonly T[], value: (item: T) => string, label: (item: T) => string): string {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(value(item), [...(groups.get(value(item)) ?? []), label(item)]);
  const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
  return [...groups].map(([v, names]) => `${list(names)}: ${v}`).join('; ');
}

export function methodSection(ctx: SectionContext, areas: AreaId[]): ReportSection {
  const { config } = ctx.data;
  const t = ctx.options.rag;
  const asOf = formatUkDate(ctx.analysis.asOf);
  const items: string[] = [];
  items.push(
    `Data as of ${asOf}: every status is worked out for that day from the records held in Oversight, so the report can be reproduced for the same date. ` +
      (ctx.analysis.lookAhead
        ? `“Before the meeting” means from ${asOf} up to the meeting on ${formatUkDate(ctx.analysis.lookAhead)}.`
        : 'No meeting date after the as-of date was given, so “soon” uses the app’s own warning windows.'),
  );
  if (areas.includes('reviews')) {
    const cadences = grouped(POLICY_TYPES, (p) => cadenceWords(config.standardCadenceMonths[p]), (p) => POLICY_TYPE_LABELS[p].toLowerCase());
    items.push(
      'Policy reviews: a policy is next due at its last approval plus its review cadence, unless a next review date is stated in the policy or was set when it was approved. ' +
        `The cadence is the one the policy states, or else the trust standard (${cadences}); a stated cadence longer than the standard is a cadence exception. ` +
        `A review is due soon from ${plural(config.dueSoonDays, 'day')} before its due date and overdue once the date has passed. A date given only as a month or a term is due by its end. ` +
        'A policy with no date stated or recorded is listed as having no review date.',
    );
  }
  if (areas.includes('leads')) {
    const roles = grouped(PHASES, (p) => (config.requiredRoles[p] ?? []).map((r) => ROLE_LABELS[r]).join(', ') || 'none', (p) => PHASE_LABELS[p].toLowerCase());
    items.push(
      `Named leads: each phase requires these roles (${roles}). A vacancy is a required role with no current holder in the register. ` +
        `A mismatch is a policy naming someone who does not hold the role, a DSL named in more than ${config.dslSettingsLimit} settings, or a DSL or deputy whose DSL training has lapsed.`,
    );
  }
  if (areas.includes('training')) {
    const courses = ctx.data.courses
      .filter((c) => !c.archived)
      .map((c) => `${c.name} (${c.validityMonths === null ? 'once' : `valid ${plural(c.validityMonths, 'month')}`})`)
      .join('; ');
    items.push(
      `Training: staff and governors in post on the report date are counted against the courses their role requires (${courses || 'no courses recorded'}). ` +
        `Compliance is the share of required courses in date; training within ${plural(config.trainingExpiringDays, 'day')} of expiry is expiring but still in date. ` +
        `Lapsing ${meetingWindowWords(ctx.analysis)} lists training in date now that expires by then.`,
    );
  }
  if (areas.includes('comparison')) {
    const editions = config.guidance.map((g) => `${g.name} ${editionInForce(g, ctx.analysis.asOf)}`).join('; ');
    items.push(
      'Policy comparison: each setting’s current policy of a framework type is read against the trust’s topic framework; a required topic is one the framework requires for the setting’s phase. ' +
        `Coverage counts a partly covered topic as half. Guidance is stale when a policy cites an edition older than the one in force on the report date (${editions}). ` +
        `Policies written from the same template form a family; a policy’s resemblance is how much of its wording it shares with the family’s most typical policy, and below ${DRIFT_BELOW}% it has drifted far from it.`,
    );
  }
  if (areas.includes('visits')) {
    items.push('Audit visits: findings are from each setting’s latest completed visit on or before the report date; an action is open if it was recorded by then and not closed by then, and overdue once its due date has passed.');
  }
  items.push(
    `Red, amber and green per setting: each area is red where something needs action now (an overdue review, a vacant required role, training compliance below ${t.trainingRedBelow}%, an item not met or an audit action past its due date), ` +
      `amber where something needs attention soon (a review due soon or with no date, a mismatch, compliance below ${t.trainingAmberBelow}%, an open action, a gap against the framework or stale guidance), and green otherwise. ` +
      'The reviews area uses the review dashboard’s own colours. A setting takes the worst colour of its areas.',
  );
  items.push(
    ctx.names
      ? 'Staff are named in this report because its author chose to. It holds personal data: share it only with those who need it, and keep it securely.'
      : 'Staff appear as counts, not names: under UK GDPR data minimisation, a governor report shares no more personal data than its purpose needs. Where an action or its owner names someone in the register, the report gives their role instead.',
  );
  return { id: 'method', title: 'Method note', orientation: 'portrait', blocks: [paragraph('How the figures in this report were worked out.'), bullets(items)] };
}
