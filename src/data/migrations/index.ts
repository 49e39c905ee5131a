// Every schema version, in order. Add a file per version; never edit a released one.
import { initialSchema } from './001-initial-schema';
import { settingsNameKey } from './002-settings-name-key';
import { policyTexts } from './003-policy-texts';
import { compareModels } from './004-compare-models';
import { policyReviewSummary } from './005-policy-review-summary';
import { completionEvidenceIndex } from './006-completion-evidence-index';
import { syncState } from './007-sync-state';
import { peopleRoleHolder } from './008-people-role-holder';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initialSchema, settingsNameKey, policyTexts, compareModels, policyReviewSummary, completionEvidenceIndex, syncState, peopleRoleHolder];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
