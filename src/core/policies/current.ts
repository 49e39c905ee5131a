import type { SettingId } from '../ids';
import type { Policy } from '../model';

/**
 * Each setting's current policy (of one type): the most recently updated when a setting has several.
 * The one rule the comparison screens, the reports and the CLI share.
 */
export function currentPolicyBySetting<T>(items: readonly T[], policyOf: (item: T) => Pick<Policy, 'settingId' | 'updatedAt'>): Map<SettingId, T> {
  const out = new Map<SettingId, T>();
  for (const item of items) {
    const p = policyOf(item);
    const known = out.get(p.settingId);
    if (known === undefined || p.updatedAt > policyOf(known).updatedAt) out.set(p.settingId, item);
  }
  return out;
}
