// The flat facts of an extraction, as the CLI prints them and reports use them: one value per field,
// the conventions of the seeds' labels (last_review is the latest of the last-reviewed and approval
// dates; named_leads are the seven lead roles of DOMAIN.md, other roles go with the other named people).
import { compareIso, firstDayOf, lastDayOf, precisionOf, type PartialDate } from '../dates';
import type { Block, StructuredDocument } from '../document';
import { nameKey } from '../names';
import type { Phase, PolicyType, RoleId } from '../vocabulary';
import { citationLabel } from './guidance';
import type { Extracted, ExtractionResult } from './types';

/** The roles DOMAIN.md calls named leads; the register's other roles are reported with the other named people. */
export const LEAD_ROLES: readonly RoleId[] = ['dsl', 'deputy_dsl', 'safeguarding_governor', 'headteacher', 'dpo', 'online_safety_lead', 'chair_of_governors'];

const ROLE_TEXT: Partial<Record<RoleId, string>> = {
  filtering_monitoring_lead: 'Filtering and monitoring lead',
  business_manager: 'Business Manager',
  network_manager: 'Network Manager',
  data_controller: 'Data Controller',
};

export interface ExtractionFacts {
  setting_name: string | null;
  phase: Phase | null;
  policy_title: string | null;
  policy_type: PolicyType;
  version: string | null;
  last_review: PartialDate | null;
  next_review: PartialDate | null;
  review_cadence_months: number | null;
  approved_by: string | null;
  named_leads: { role: RoleId; name: string }[];
  other_named_people: { name: string; role_text: string }[];
  guidance_cited: string[];
  linked_policies: string[];
  topics: string[];
  /** The labels' name for `approved_by` (the approving body), kept beside it so either reads. */
  approved_by_body: string | null;
  written: { by: string | null; date: PartialDate | null } | null;
  approved: PartialDate | null;
  last_reviewed: PartialDate | null;
  linked_settings: string[];
  official_channels: string[];
  blocked_sites: string[];
  template_source: string | null;
  /** The framework's topics the text says nothing of (partly covered topics are in neither list). */
  topics_absent: string[];
}

/** The later of two partial dates; on the same day, month or year, the more precise one. */
export function laterDate(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (!a) return b;
  if (!b) return a;
  const byEnd = compareIso(lastDayOf(a), lastDayOf(b));
  const byStart = compareIso(firstDayOf(a), firstDayOf(b));
  if (byStart !== 0 && Math.sign(byStart) === Math.sign(byEnd)) return byStart > 0 ? a : b;
  // One contains the other ("2022-09" and "2022-09-15"): the precise one says more.
  const rank = { year: 0, month: 1, day: 2 };
  return rank[precisionOf(a)] >= rank[precisionOf(b)] ? a : b;
}

/** The date the policy was last reviewed or approved: the later of the two; the written date when neither is given. */
export function lastReviewOf(result: ExtractionResult): Extracted<PartialDate> | null {
  const { lastReviewed, approved, written } = result.dates;
  if (!lastReviewed && !approved) return written;
  if (!lastReviewed) return approved;
  if (!approved) return lastReviewed;
  return laterDate(lastReviewed.value, approved.value) === approved.value ? approved : lastReviewed;
}

/**
 * The flat facts. `frameworkTopics` are the ids of the topics the policy was read against, so the
 * topics it says nothing of can be listed (`topics_absent`); without them that list is empty.
 */
export function extractionFacts(result: ExtractionResult, frameworkTopics: readonly string[] = []): ExtractionFacts {
  const leads = result.namedLeads.filter((l) => LEAD_ROLES.includes(l.value.role));
  const others = new Map<string, { name: string; role_text: string }>();
  const addOther = (name: string, roleText: string) => {
    const key = nameKey(name);
    const o = others.get(key);
    if (!o) others.set(key, { name, role_text: roleText });
    else if (!o.role_text.split('; ').includes(roleText)) o.role_text += `; ${roleText}`;
  };
  for (const l of result.namedLeads) if (!LEAD_ROLES.includes(l.value.role)) addOther(l.value.name, ROLE_TEXT[l.value.role] ?? l.value.role);
  for (const o of result.otherNamedPeople) addOther(o.value.name, o.value.roleText);
  return {
    setting_name: result.settingName?.value ?? null,
    phase: result.phase?.value ?? null,
    policy_title: result.title?.value ?? null,
    policy_type: result.policyType.value,
    version: result.version?.value ?? null,
    last_review: lastReviewOf(result)?.value ?? null,
    next_review: result.dates.nextReview?.value ?? null,
    review_cadence_months: result.reviewCadenceMonths?.value ?? null,
    approved_by: result.approvingBody?.value ?? null,
    named_leads: leads.map((l) => ({ role: l.value.role, name: l.value.name })),
    other_named_people: [...others.values()],
    guidance_cited: result.guidanceCited.map((g) => citationLabel(g.value)),
    linked_policies: result.linkedPolicies.map((p) => p.value),
    topics: result.topics.filter((t) => t.strength === 'covered').map((t) => t.topicId),
    approved_by_body: result.approvingBody?.value ?? null,
    written: writtenOf(result, [...others.values()]),
    approved: result.dates.approved?.value ?? null,
    last_reviewed: result.dates.lastReviewed?.value ?? null,
    linked_settings: result.linkedSettings.map((s) => s.value),
    official_channels: result.officialChannels.map((c) => c.value),
    blocked_sites: result.blockedServices.map((b) => b.value),
    template_source: result.templateSource?.value ?? null,
    topics_absent: frameworkTopics.filter((id) => !result.topics.some((t) => t.topicId === id)),
  };
}

/** Who wrote the policy and when, as far as the text says: null when it says neither. */
function writtenOf(result: ExtractionResult, others: readonly { name: string; role_text: string }[]) {
  const author = others.find((o) => o.role_text.split('; ').includes('policy author'));
  const date = result.dates.written?.value ?? null;
  return author || date ? { by: author?.name ?? null, date } : null;
}

export interface EvidenceItem {
  /** The words in the document. */
  text: string;
  /** Heading path and clause number, to find it in the original. */
  where: string;
  page?: number;
  confidence: number;
}

function locate(doc: StructuredDocument, blockId: string): Block | undefined {
  return doc.blocks.find((b) => b.id === blockId);
}

function evidenceOf(doc: StructuredDocument, e: Extracted<unknown> | null | undefined): EvidenceItem | null {
  if (!e || !e.source) return null;
  const block = locate(doc, e.source.blockId);
  if (!block) return null;
  const where = [...block.headingPath, block.number].filter(Boolean).join(' › ');
  return { text: block.text.slice(e.source.start, e.source.end), where, ...(block.page ? { page: block.page } : {}), confidence: Math.round(e.confidence * 100) / 100 };
}

/** Where each fact came from, for the CLI's `evidence` and any view that shows the source. */
export function extractionEvidence(result: ExtractionResult, doc: StructuredDocument): Record<string, unknown> {
  const one = (e: Extracted<unknown> | null | undefined) => evidenceOf(doc, e);
  const many = (list: Extracted<unknown>[]) => list.map((e) => one(e)).filter((x): x is EvidenceItem => x !== null);
  const topics: Record<string, { strength: string; passages: string[] }> = {};
  for (const t of result.topics) {
    topics[t.topicId] = { strength: t.strength, passages: t.passages.slice(0, 3).map((p) => locate(doc, p.blockId)?.text.slice(p.start, p.end) ?? '') };
  }
  return {
    setting_name: one(result.settingName),
    linked_settings: many(result.linkedSettings),
    phase: one(result.phase),
    policy_title: one(result.title),
    policy_type: one(result.policyType),
    version: one(result.version),
    written: one(result.dates.written),
    approved: one(result.dates.approved),
    last_reviewed: one(result.dates.lastReviewed),
    next_review: one(result.dates.nextReview),
    review_cadence_months: one(result.reviewCadenceMonths),
    approved_by: one(result.approvingBody),
    named_leads: many(result.namedLeads),
    other_named_people: many(result.otherNamedPeople),
    guidance_cited: many(result.guidanceCited),
    linked_policies: many(result.linkedPolicies),
    official_channels: many(result.officialChannels),
    blocked_services: many(result.blockedServices),
    template_source: one(result.templateSource),
    topics,
    problems: result.problems.map((p) => p.message),
  };
}
