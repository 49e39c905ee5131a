// Branded ids: a SettingId cannot be passed where a PolicyId is expected. Ids are minted in `data`
// (crypto.randomUUID), never in core.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type TrustId = Brand<string, 'TrustId'>;
export type SettingId = Brand<string, 'SettingId'>;
export type PolicyId = Brand<string, 'PolicyId'>;
export type PolicyVersionId = Brand<string, 'PolicyVersionId'>;
export type FileId = Brand<string, 'FileId'>;
export type ReviewId = Brand<string, 'ReviewId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type RoleAssignmentId = Brand<string, 'RoleAssignmentId'>;
export type CourseId = Brand<string, 'CourseId'>;
export type MembershipId = Brand<string, 'MembershipId'>;
export type CompletionId = Brand<string, 'CompletionId'>;
export type VisitId = Brand<string, 'VisitId'>;
export type FindingId = Brand<string, 'FindingId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type ChecklistTemplateId = Brand<string, 'ChecklistTemplateId'>;
export type ImportBatchId = Brand<string, 'ImportBatchId'>;
export type OverrideId = Brand<string, 'OverrideId'>;
