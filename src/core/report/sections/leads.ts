// Named leads: vacancies in the roles each phase requires, and mismatches between the policies and the
// register (a former DSL still named, a DSL in too many settings, lapsed DSL training). With counts
// (the default) no person is named: governors see the role and the setting; with names, who.
import { assertNever } from '../../assert';
import { LEAD_MISMATCH_LABELS, type LeadMismatch } from '../../leads/mismatches';
import { ROLE_LABELS, type RoleId } from '../../vocabulary';
import { column, figures, heading, numberCell, paragraph, plural, statusCell, table, textCell } from '../blocks';
import type { ReportBlock, ReportSection } from '../model';
import { someNames, type Highlight, type SectionContext } from './context';

/** The roles shown per setting: those any phase requires, in vocabulary order. */
function shownRoles(ctx: SectionContext): RoleId[] {
  const required = new Set(Object.values(ctx.data.config.requiredRoles).flat());
  return (Object.keys(ROLE_LABELS) as RoleId[]).filter((r) => required.has(r));
}

/** A mismatch without names: the kind, the role and the policy. */
function mismatchWords(m: LeadMismatch): string {
  switch (m.kind) {
    case 'former_holder':
      return `${m.policyTitle ?? 'A policy'} names a former ${ROLE_LABELS[m.role]}`;
    case 'not_holder':
      return `${m.policyTitle ?? 'A policy'} names someone other than the current ${ROLE_LABELS[m.role]}`;
    case 'no_holder':
      return `${m.policyTitle ?? 'A policy'} names a ${ROLE_LABELS[m.role]} not in the register`;
    case 'dsl_limit':
      return `The DSL is named in ${m.settingIds?.length ?? 'several'} settings`;
    case 'dsl_training':
      return `${ROLE_LABELS[m.role]}’s DSL training is ${m.training?.status === 'missing' ? 'not recorded' : 'out of date'}`;
    default:
      return assertNever(m.kind, 'lead mismatch');
  }
}

export function leadsSection(ctx: SectionContext): ReportSection {
  const area = ctx.analysis.leads;
  const blocks: ReportBlock[] = [];
  if (!area) return { id: 'leads', title: 'Named leads', orientation: 'portrait', blocks };
  const roles = shownRoles(ctx);
  blocks.push(
    paragraph(
      `Required roles are filled from the leads register as of the report date. A mismatch is a policy naming someone who does not hold the role in the register, a DSL named in more than ${ctx.data.config.dslSettingsLimit} settings, or a DSL or deputy whose DSL training has lapsed.` +
        (ctx.names ? '' : ' People are not named in this report; the register holds the names.'),
    ),
    figures('leads-figures', [
      { label: 'Vacancies', value: area.counts.vacancies, text: String(area.counts.vacancies), tone: area.counts.vacancies ? 'red' : 'green', word: area.counts.vacancies ? 'Fill the role' : 'None' },
      { label: 'Mismatches', value: area.counts.mismatches, text: String(area.counts.mismatches), tone: area.counts.mismatches ? 'amber' : 'green', word: area.counts.mismatches ? 'To check' : 'None' },
      {
        label: 'Settings with an issue',
        value: area.counts.settingsWithIssues,
        text: `${area.counts.settingsWithIssues} of ${area.counts.settings}`,
        tone: area.counts.settingsWithIssues ? 'amber' : 'green',
        word: area.counts.settingsWithIssues ? 'See below' : 'All in place',
      },
    ]),
    heading('Vacancies'),
    table({
      id: 'leads-vacancies',
      caption: 'Required roles with no current holder',
      columns: [column('Setting', 3), column('Role', 2.5), column('Status', 1.2), ...(ctx.names ? [column('Detail', 4)] : [])],
      rows: area.vacancies.map((v) => [textCell(v.settingName), textCell(ROLE_LABELS[v.role]), statusCell('Vacant', 'red'), ...(ctx.names ? [textCell(v.reason)] : [])]),
      emptyText: 'Every required role is filled.',
    }),
    heading('Mismatches'),
    table({
      id: 'leads-mismatches',
      caption: 'Policies and the register that disagree, and other lead flags',
      columns: [column('Setting', 3), column('Role', 2), column('Issue', 2), column(ctx.names ? 'Detail' : 'What it means', 4.5)],
      rows: area.mismatches.map((m) => [textCell(ctx.settingName(m.settingId)), textCell(ROLE_LABELS[m.role]), statusCell(LEAD_MISMATCH_LABELS[m.kind], 'amber'), textCell(ctx.names ? m.reason : mismatchWords(m))]),
      emptyText: 'The policies agree with the register.',
    }),
    heading('Required roles by setting'),
  );
  if (ctx.names) {
    blocks.push(
      table({
        id: 'leads-holders',
        caption: 'Current holders of the required roles',
        columns: [column('Setting', 3), ...roles.map((r) => column(ROLE_LABELS[r], 2))],
        rows: area.settings.map((s) => {
          const required = new Set(ctx.data.config.requiredRoles[s.phase] ?? []);
          return [
            textCell(s.name),
            ...roles.map((role) => {
              const holders = s.rows.filter((r) => r.state === 'current' && r.role === role).map((r) => r.name);
              if (holders.length > 0) return textCell(holders.join(', '));
              return required.has(role) ? statusCell('Vacant', 'red') : textCell('—');
            }),
          ];
        }),
        emptyText: 'No settings in scope.',
      }),
    );
  } else {
    blocks.push(
      table({
        id: 'leads-by-setting',
        caption: 'Required roles filled, vacancies and mismatches per setting',
        columns: [column('Setting', 4), column('Roles filled', 1.5, 'right'), column('Vacancies', 1.3, 'right'), column('Mismatches', 1.3, 'right'), column('Status', 1.4)],
        rows: area.settings.map((s) => {
          const required = ctx.data.config.requiredRoles[s.phase] ?? [];
          const filled = required.filter((role) => s.rows.some((r) => r.state === 'current' && r.role === role)).length;
          const status = s.vacancies.length ? statusCell('Vacancy', 'red') : s.mismatches.length ? statusCell('To check', 'amber') : statusCell('In place', 'green');
          return [textCell(s.name), { text: `${filled} of ${required.length}`, value: filled }, numberCell(s.vacancies.length), numberCell(s.mismatches.length), status];
        }),
        emptyText: 'No settings in scope.',
      }),
    );
  }
  return { id: 'leads', title: 'Named leads', orientation: 'portrait', blocks };
}

export function leadHighlights(ctx: SectionContext): Highlight[] {
  const area = ctx.analysis.leads;
  if (!area) return [];
  const out: Highlight[] = [];
  if (area.vacancies.length > 0) {
    const byRole = new Map<RoleId, string[]>();
    for (const v of area.vacancies) byRole.set(v.role, [...(byRole.get(v.role) ?? []), v.settingName]);
    const parts = [...byRole].map(([role, settings]) => `${ROLE_LABELS[role].toLowerCase()} (${someNames(settings)})`);
    out.push({ rag: 'red', weight: 90 + area.vacancies.length, text: `${plural(area.vacancies.length, 'required lead role is', 'required lead roles are')} vacant: ${parts.join('; ')}.` });
  }
  const former = area.mismatches.filter((m) => m.kind === 'former_holder');
  if (former.length > 0) {
    out.push({ rag: 'amber', weight: 60 + former.length, text: `${plural(former.length, 'policy names', 'policies name')} someone who no longer holds the role (${someNames(former.map((m) => ctx.settingName(m.settingId)))}).` });
  }
  const training = area.mismatches.filter((m) => m.kind === 'dsl_training');
  if (training.length > 0) {
    out.push({
      rag: 'red',
      weight: 80 + training.length,
      text: `${plural(training.length, 'DSL or deputy has', 'DSLs or deputies have')} DSL training that has lapsed or is not recorded (${someNames(training.map((m) => ctx.settingName(m.settingId)))}).`,
    });
  }
  const others = area.mismatches.filter((m) => m.kind !== 'former_holder' && m.kind !== 'dsl_training');
  if (others.length > 0) {
    out.push({ rag: 'amber', weight: 25 + others.length, text: `${plural(others.length, 'other lead record needs', 'other lead records need')} checking against the register (${someNames(others.map((m) => ctx.settingName(m.settingId)))}).` });
  }
  return out;
}
