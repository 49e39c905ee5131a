import type { TrustId } from './ids';
import { TRUST_KINDS, type TrustKind } from './vocabulary';
import { cleanName } from './names';

export interface Trust {
  id: TrustId;
  name: string;
  kind: TrustKind;
  createdAt: string;
  updatedAt: string;
}

export interface TrustDraft {
  name: string;
  kind: TrustKind;
}

export type TrustErrors = Partial<Record<keyof TrustDraft, string>>;

export function validateTrustDraft(draft: TrustDraft): TrustErrors {
  const errors: TrustErrors = {};
  const name = cleanName(draft.name);
  if (name === '') errors.name = 'Enter the name of your trust or local authority';
  else if (name.length > 200) errors.name = 'The name is too long (200 characters at most)';
  if (!TRUST_KINDS.includes(draft.kind)) errors.kind = 'Choose trust or local authority';
  return errors;
}
