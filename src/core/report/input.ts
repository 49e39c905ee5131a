// What a governor report is built from: the trust's domain data as core types. `data` loads it from the
// store (or from a backup, for the command line); every rule applied to it belongs to the feature that
// owns it (reviews, leads, training, compare, visits), so the report shows what their screens show.
import type { AppConfig } from '../config';
import type { CoverageOverride } from '../compare/coverage';
import type { Completion, Course, Finding, Person, Policy, PolicyVersion, Review, RoleAssignment, StaffMembership, Visit, VisitAction } from '../model';
import type { PolicySummary } from '../reviews/policy-summary';
import type { Setting } from '../settings';
import type { PolicyType, TrustKind } from '../vocabulary';

/** A policy with what the report reads of its current version. */
export interface ReportPolicy {
  policy: Policy;
  /** The current version's effective review facts and named leads (the reviews feature's summary). */
  summary: PolicySummary;
  /** The current version itself (extraction, corrections, document): loaded only for the policy comparison. */
  version: PolicyVersion | null;
}

export interface ReportData {
  trust: { name: string; kind: TrustKind };
  config: AppConfig;
  settings: Setting[];
  policies: ReportPolicy[];
  reviews: Review[];
  people: Person[];
  roleAssignments: RoleAssignment[];
  courses: Course[];
  memberships: StaffMembership[];
  completions: Completion[];
  visits: Visit[];
  findings: Finding[];
  actions: VisitAction[];
  /** A user's overrule of one coverage cell, for a policy type. */
  coverageOverrides: (CoverageOverride & { policyType: PolicyType })[];
}
