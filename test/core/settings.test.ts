import { describe, expect, it } from 'vitest';
import type { SettingId } from '../../src/core/ids';
import { nameKey } from '../../src/core/names';
import { isValidUrn, sortSettings, validateSettingDraft, type SettingDraft } from '../../src/core/settings';
import { validateTrustDraft } from '../../src/core/trust';

const draft = (over: Partial<SettingDraft> = {}): SettingDraft => ({ name: 'Brookfield Infant School', phase: 'infant', type: 'academy', localAuthority: '', urn: '', linkedSettingIds: [], ...over });
const existing = [{ id: 'a' as SettingId, name: "St. Mary's CE Infant School", urn: '118000' }];

describe('setting validation', () => {
  it('needs a name', () => {
    expect(validateSettingDraft(draft({ name: '   ' }), [])).toEqual({ name: 'Enter the setting’s name' });
  });

  it('refuses a duplicate name however it is punctuated or cased', () => {
    expect(validateSettingDraft(draft({ name: 'st marys ce infant school' }), existing).name).toBe('A setting called “St. Mary\'s CE Infant School” already exists');
    expect(validateSettingDraft(draft({ name: "St Mary's C.E. Infant School" }), existing).name).toBeDefined();
    expect(validateSettingDraft(draft({ name: "St Mary's CE Junior School" }), existing).name).toBeUndefined();
  });

  it('lets a setting keep its own name when edited', () => {
    expect(validateSettingDraft(draft({ name: "St. Mary's CE Infant School" }), existing, 'a' as SettingId)).toEqual({});
  });

  it('checks URNs and Ofsted numbers', () => {
    expect(isValidUrn('118000')).toBe(true);
    expect(isValidUrn('EY512345')).toBe(true);
    expect(isValidUrn('ey512345')).toBe(true);
    expect(isValidUrn('2512345')).toBe(true);
    expect(isValidUrn('12345')).toBe(false);
    expect(isValidUrn('ABC123')).toBe(false);
    expect(validateSettingDraft(draft({ urn: '12a45' }), []).urn).toBe('A URN is 6 digits, or an Ofsted number such as EY123456');
    expect(validateSettingDraft(draft({ urn: '118000' }), existing).urn).toBe("118000 is already the URN of St. Mary's CE Infant School");
  });

  it('refuses a link to itself', () => {
    expect(validateSettingDraft(draft({ linkedSettingIds: ['a' as SettingId] }), existing, 'a' as SettingId).linkedSettingIds).toBeDefined();
  });

  it('sorts active settings first, by name', () => {
    const sorted = sortSettings([
      { name: 'Zeta', archived: false },
      { name: 'Alpha', archived: true },
      { name: 'Beta', archived: false },
    ]);
    expect(sorted.map((s) => s.name)).toEqual(['Beta', 'Zeta', 'Alpha']);
  });
});

describe('names', () => {
  it('folds case, accents, punctuation and ampersands', () => {
    expect(nameKey("St. Mary's CE Infant")).toBe(nameKey('st marys ce infant'));
    expect(nameKey('Ysgol Gymraeg Siân')).toBe('ysgol gymraeg sian');
    expect(nameKey('Oak & Ash Federation')).toBe(nameKey('Oak and Ash Federation'));
  });
});

describe('trust validation', () => {
  it('needs a name and a kind', () => {
    expect(validateTrustDraft({ name: '', kind: 'trust' })).toEqual({ name: 'Enter the name of your trust or local authority' });
    expect(validateTrustDraft({ name: 'Kestrel Vale Learning Trust', kind: 'local_authority' })).toEqual({});
  });
});
