// Everything a governor report shows, worked out once from the data by the features' own rules: review
// status (reviews), vacancies and mismatches (leads), compliance (training), coverage and currency
// (compare), findings and open actions (visits). Section builders only arrange these results.
import { frameworkFor } from '../config';
import { coverageMatrix, type CoverageMatrix } from '../compare/coverage';
import { currencyReport, type CurrencyReport } from '../compare/currency';
import { coverageInputs, currencyInputs, type SettingPolicy } from '../compare/inputs';
import { templateFamilies, type TemplateFamily } from '../compare/families';
import type { IsoDate } from '../dates';
import type { SettingId } from '../ids';
import { leadsOverview, withCounts, type LeadsOverview } from '../leads/register';
import { assessPolicyReviews, type PolicyReview } from '../reviews/assess';
import { dueBefore, reviewDashboard, type ReviewDashboard } from '../reviews/dashboard';
import type { Setting } from '../settings';
import { computeCompliance, type ComplianceResult } from '../training/compliance';
import { dslTrainingLookup } from '../training/leads';
import { policyLeadsOf } from '../leads/mismatches';
import { openActionsAsOf, type OpenActionRow } from '../visits/actions';
import { latestVisitsAsOf, type VisitSummary } from '../visits/summary';
import type { PolicyType } from '../vocabulary';
import type { ReportData, ReportPolicy } from './input';
import { lookAheadDate, type ReportOptions, type ReportScope } from './options';
import { currentPolicyBySetting } from '../policies/current';

export interface ReviewsArea {
  all: PolicyReview[];
  dashboard: ReviewDashboard;
  /** Not yet overdue, falling due by the meeting (empty without a meeting date). */
  dueBeforeMeeting: PolicyReview[];
}

export interface ComparisonArea {
  types: {
    policyType: PolicyType;
    coverage: CoverageMatrix;
    currency: CurrencyReport;
    families: TemplateFamily[];
  }[];
}

export interface VisitsArea {
  latest: VisitSummary[];
  open: OpenActionRow[];
  /** Settings in scope with no completed visit by the as-of date. */
  notVisited: Setting[];
}

export interface ReportAnalysis {
  asOf: IsoDate;
  /** The meeting date when it is after the as-of date: the end of "before the meeting". */
  lookAhead: IsoDate | null;
  /** Settings in scope, by name. */
  settings: Setting[];
  settingIds: SettingId[];
  reviews: ReviewsArea | null;
  leads: LeadsOverview | null;
  training: ComplianceResult | null;
  comparison: ComparisonArea | null;
  visits: VisitsArea | null;
}

export type AreaId = 'reviews' | 'leads' | 'training' | 'comparison' | 'visits';

export function scopeSettings(data: ReportData, scope: ReportScope): Setting[] {
  const byId = new Map(data.settings.map((s) => [s.id, s]));
  let chosen: Setting[];
  switch (scope.kind) {
    case 'trust':
      chosen = data.settings.filter((s) => !s.archived);
      break;
    case 'settings':
      chosen = scope.settingIds.map((id) => {
        const s = byId.get(id);
        if (!s)
          throw new Error('A setting chosen for the report no longer exists: choose the settings again');
        return s;
      });
      break;
    case 'setting': {
      const s = byId.get(scope.settingId);
      if (!s) throw new Error('The setting chosen for the report no longer exists');
      chosen = [s];
      break;
    }
  }
  return [...new Map(chosen.map((s) => [s.id, s])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'en-GB'),
  );
}

/** Each setting's current policy of a type (the rule of `currentPolicyBySetting`, shared with the screens). */
export function currentPolicyOfType(
  policies: readonly ReportPolicy[],
  settingId: SettingId,
  type: PolicyType,
): ReportPolicy | null {
  const candidates = policies.filter((p) => p.policy.settingId === settingId && p.policy.type === type);
  return currentPolicyBySetting(candidates, (p) => p.policy).get(settingId) ?? null;
}

/**
 * The analysis, a step at a time: yields the name of each step before working it out, so a caller can
 * show progress (and let a page repaint) between steps; returns the analysis.
 */
export function* analyseReportSteps(
  data: ReportData,
  options: ReportOptions,
  areas: ReadonlySet<AreaId>,
): Generator<string, ReportAnalysis> {
  const { asOf } = options;
  const settings = scopeSettings(data, options.scope);
  const settingIds = settings.map((s) => s.id);
  const inScope = new Set(settingIds);
  const policies = data.policies.filter((p) => inScope.has(p.policy.settingId));
  const config = data.config;
  const lookAhead = lookAheadDate(options);

  let reviews: ReviewsArea | null = null;
  if (areas.has('reviews')) {
    yield 'Working out review dates…';
    const all = assessPolicyReviews(
      policies.map(({ policy, summary }) => ({ policy, facts: summary.facts })),
      data.reviews.filter((r) => inScope.has(r.settingId)),
      asOf,
      config,
    );
    reviews = {
      all,
      dashboard: reviewDashboard(settings, all, asOf),
      dueBeforeMeeting: lookAhead ? dueBefore(all, lookAhead) : [],
    };
  }

  let training: ComplianceResult | null = null;
  if (areas.has('training')) {
    yield 'Working out training compliance…';
    training = computeCompliance(
      {
        courses: data.courses,
        memberships: data.memberships,
        completions: data.completions,
        roleAssignments: data.roleAssignments,
        people: data.people,
      },
      { asOf, expiringDays: config.trainingExpiringDays, settingIds },
    );
  }

  let leads: LeadsOverview | null = null;
  if (areas.has('leads')) {
    yield 'Checking named leads…';
    // The register's rules look people up only by the role assignments' person ids; passing just those
    // people gives the same result and keeps 30,000 staff out of its per-setting name lookups.
    const holders = new Set(data.roleAssignments.map((a) => a.personId));
    // Every setting goes in (a DSL named in too many settings counts them all); the results are then cut to the scope.
    const overview = leadsOverview(
      {
        settings: data.settings,
        people: data.people.filter((p) => holders.has(p.id)),
        assignments: data.roleAssignments,
        policies: policyLeadsOf(data.policies),
        dslTraining:
          data.courses.length > 0
            ? dslTrainingLookup(data.courses, data.completions, asOf, config.trainingExpiringDays)
            : undefined,
      },
      asOf,
      config,
    );
    leads = scopeLeads(overview, inScope);
  }

  let comparison: ComparisonArea | null = null;
  if (areas.has('comparison')) {
    yield 'Comparing policies with the framework…';
    const types: ComparisonArea['types'] = [];
    for (const framework of config.frameworks) {
      const type = framework.policyType;
      const rows: SettingPolicy[] = settings.map((setting) => {
        const p = currentPolicyOfType(policies, setting.id, type);
        return { setting, policy: p?.policy ?? null, version: p?.version ?? null };
      });
      if (!rows.some((r) => r.policy)) continue;
      const overrides = data.coverageOverrides.filter(
        (o) => o.policyType === type && inScope.has(o.settingId),
      );
      const coverage = coverageMatrix({
        policyType: type,
        framework,
        asOf,
        overrides,
        sort: 'gaps',
        settings: coverageInputs(rows),
      });
      const currency = currencyReport({
        policyType: type,
        framework: frameworkFor(config, type),
        guidance: config.guidance,
        standardCadenceMonths: config.standardCadenceMonths[type],
        asOf,
        overrides,
        settings: currencyInputs(rows),
      });
      // Template drift: which settings' policies share a template, and how closely each resembles the
      // family's most typical member (the figure the comparison's families view lists). Ids here are
      // setting ids, so rows can name the setting.
      const documents = rows.flatMap(({ setting, version }) =>
        version && version.document.blocks.length > 0
          ? [{ id: setting.id, name: setting.name, document: version.document }]
          : [],
      );
      const families = templateFamilies(documents).families;
      types.push({ policyType: type, coverage, currency, families });
    }
    comparison = { types };
  }

  let visits: VisitsArea | null = null;
  if (areas.has('visits')) {
    yield 'Gathering audit visits…';
    const latest = latestVisitsAsOf(
      { visits: data.visits, findings: data.findings, actions: data.actions },
      asOf,
      settingIds,
    );
    const visited = new Set(latest.map((v) => v.settingId));
    visits = {
      latest,
      open: openActionsAsOf(
        { visits: data.visits, actions: data.actions, findings: data.findings, settings: data.settings },
        asOf,
        settingIds,
      ),
      notVisited: settings.filter((s) => !visited.has(s.id)),
    };
  }

  return { asOf, lookAhead, settings, settingIds, reviews, leads, training, comparison, visits };
}

export function analyseReport(
  data: ReportData,
  options: ReportOptions,
  areas: ReadonlySet<AreaId>,
  progress: (step: string) => void = () => undefined,
): ReportAnalysis {
  const steps = analyseReportSteps(data, options, areas);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    progress(next.value);
  }
}

function scopeLeads(overview: LeadsOverview, inScope: ReadonlySet<SettingId>): LeadsOverview {
  const settings = overview.settings.filter((s) => inScope.has(s.settingId));
  const vacancies = overview.vacancies.filter((v) => inScope.has(v.settingId));
  const mismatches = overview.mismatches.filter((m) => inScope.has(m.settingId));
  return withCounts({ ...overview, settings, vacancies, mismatches });
}
