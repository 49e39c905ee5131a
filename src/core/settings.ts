// A setting is one school or early years provider (DOMAIN.md).
import type { SettingId } from './ids';
import { nameKey, cleanName } from './names';
import { isPhase, SETTING_TYPES, type Phase, type SettingType } from './vocabulary';

export interface Setting {
  id: SettingId;
  name: string;
  phase: Phase;
  type: SettingType;
  localAuthority: string;
  /** DfE URN (6 digits) or an Ofsted registration number (EY123456, or 7 digits); '' when not known. */
  urn: string;
  linkedSettingIds: SettingId[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SettingDraft {
  name: string;
  phase: Phase;
  type: SettingType;
  localAuthority: string;
  urn: string;
  linkedSettingIds: SettingId[];
}

export type SettingErrors = Partial<Record<keyof SettingDraft, string>>;

/** DfE URNs are six digits; Ofsted numbers for early years are EY + six digits, or seven digits for newer registrations. */
export function isValidUrn(urn: string): boolean {
  return /^(\d{6}|\d{7}|EY\d{6})$/i.test(urn.trim());
}

export function normaliseDraft(draft: SettingDraft): SettingDraft {
  return {
    ...draft,
    name: cleanName(draft.name),
    localAuthority: cleanName(draft.localAuthority),
    urn: draft.urn.trim().toUpperCase(),
    linkedSettingIds: [...new Set(draft.linkedSettingIds)],
  };
}

/**
 * Checks a draft against the other settings of the trust (archived ones included: a name stays taken
 * while its setting is archived). `selfId` is the setting being edited, if any.
 */
export function validateSettingDraft(
  draft: SettingDraft,
  others: readonly Pick<Setting, 'id' | 'name' | 'urn'>[],
  selfId?: SettingId,
): SettingErrors {
  const errors: SettingErrors = {};
  const d = normaliseDraft(draft);
  if (d.name === '') errors.name = 'Enter the setting’s name';
  else if (d.name.length > 200) errors.name = 'The name is too long (200 characters at most)';
  else {
    const key = nameKey(d.name);
    const clash = others.find((o) => o.id !== selfId && nameKey(o.name) === key);
    if (clash) errors.name = `A setting called “${clash.name}” already exists`;
  }
  if (!isPhase(d.phase)) errors.phase = 'Choose a phase';
  if (!SETTING_TYPES.includes(d.type)) errors.type = 'Choose a type';
  if (d.urn !== '') {
    if (!isValidUrn(d.urn)) errors.urn = 'A URN is 6 digits, or an Ofsted number such as EY123456';
    else {
      const clash = others.find((o) => o.id !== selfId && o.urn !== '' && o.urn.toUpperCase() === d.urn);
      if (clash) errors.urn = `${d.urn} is already the URN of ${clash.name}`;
    }
  }
  if (selfId && d.linkedSettingIds.includes(selfId)) errors.linkedSettingIds = 'A setting cannot be linked to itself';
  return errors;
}

export function hasErrors(errors: object): boolean {
  return Object.values(errors).some((v) => v !== undefined);
}

/** Active settings first, by name; archived ones after. */
export function sortSettings<T extends Pick<Setting, 'name' | 'archived'>>(settings: readonly T[]): T[] {
  return [...settings].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, 'en-GB'));
}
