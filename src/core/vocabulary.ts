// The domain's fixed vocabularies (DOMAIN.md). What a trust may change (cadences, required roles,
// courses, guidance editions, topic frameworks) is configuration, not here.

export const PHASES = ['preschool', 'infant', 'junior', 'primary', 'secondary', 'all-through', 'special'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  preschool: 'Pre-school / nursery',
  infant: 'Infant',
  junior: 'Junior',
  primary: 'Primary',
  secondary: 'Secondary',
  'all-through': 'All-through',
  special: 'Special',
};

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value);
}

export const SETTING_TYPES = ['academy', 'maintained', 'early_years'] as const;
export type SettingType = (typeof SETTING_TYPES)[number];
export const SETTING_TYPE_LABELS: Record<SettingType, string> = {
  academy: 'Academy',
  maintained: 'Maintained school',
  early_years: 'Early years provider',
};

export const TRUST_KINDS = ['trust', 'local_authority'] as const;
export type TrustKind = (typeof TRUST_KINDS)[number];
export const TRUST_KIND_LABELS: Record<TrustKind, string> = {
  trust: 'Multi-academy trust',
  local_authority: 'Local authority',
};

export const ROLES = [
  'dsl',
  'deputy_dsl',
  'safeguarding_governor',
  'headteacher',
  'dpo',
  'online_safety_lead',
  'chair_of_governors',
  'filtering_monitoring_lead',
  'business_manager',
  'network_manager',
  'data_controller',
] as const;
export type RoleId = (typeof ROLES)[number];
export const ROLE_LABELS: Record<RoleId, string> = {
  dsl: 'Designated Safeguarding Lead',
  deputy_dsl: 'Deputy DSL',
  safeguarding_governor: 'Safeguarding governor',
  headteacher: 'Headteacher / manager',
  dpo: 'Data Protection Officer',
  online_safety_lead: 'Online safety lead',
  chair_of_governors: 'Chair of governors',
  filtering_monitoring_lead: 'Filtering and monitoring lead',
  business_manager: 'Business manager',
  network_manager: 'Network manager',
  data_controller: 'Data controller',
};
export function isRole(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const POLICY_TYPES = ['child_protection', 'online_safety', 'social_media', 'acceptable_use', 'other'] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];
export const POLICY_TYPE_LABELS: Record<PolicyType, string> = {
  child_protection: 'Child protection and safeguarding',
  online_safety: 'Online safety',
  social_media: 'Social media',
  acceptable_use: 'Acceptable use',
  other: 'Other',
};
export function isPolicyType(value: unknown): value is PolicyType {
  return typeof value === 'string' && (POLICY_TYPES as readonly string[]).includes(value);
}
