// Staff as counts (UK GDPR data minimisation) reaches free text too: an officer's action may say "Update
// the policy to name Daniel Achebe as DSL", or give "Kwame Mensah" as its owner. With counts, a name of
// someone in the register becomes what they are in that setting: their role ("Designated Safeguarding
// Lead"), else their job title, else "a member of staff". Governors keep the accountability (which
// post owns the action) without the personal data.
import type { IsoDate } from '../dates';
import type { PersonId, SettingId } from '../ids';
import { isCurrentAssignment } from '../leads/holders';
import type { Person, RoleAssignment, StaffMembership } from '../model';
import { ROLE_LABELS, ROLES } from '../vocabulary';

export type Redactor = (text: string, settingId: SettingId) => string;

const WORD = /[\p{L}\p{M}'’-]+/gu;

function key(words: string[]): string {
  return words.map((w) => w.toLocaleLowerCase('en-GB').replace(/’/g, "'")).join(' ');
}

export function createRedactor(input: { people: readonly Person[]; roleAssignments: readonly RoleAssignment[]; memberships: readonly StaffMembership[] }, asOf: IsoDate): Redactor {
  const byName = new Map<string, PersonId>();
  let longest = 1;
  for (const p of input.people) {
    const words = p.name.match(WORD) ?? [];
    // A single word is too likely to be an ordinary word ("Price", "Bell") to be taken for a name.
    if (words.length < 2) continue;
    byName.set(key(words), p.id);
    longest = Math.max(longest, words.length);
  }
  const roles = new Map<string, string>();
  const rank = new Map(ROLES.map((r, i) => [r, i]));
  for (const a of [...input.roleAssignments].sort((x, y) => rank.get(x.role)! - rank.get(y.role)!)) {
    const k = `${a.personId}|${a.settingId}`;
    if (!roles.has(k) && isCurrentAssignment(a, asOf)) roles.set(k, ROLE_LABELS[a.role]);
  }
  const titles = new Map<string, string>();
  for (const m of input.memberships) if (m.jobTitle.trim()) titles.set(`${m.personId}|${m.settingId}`, m.jobTitle.trim());
  const anyRole = new Map<PersonId, string>();
  for (const a of input.roleAssignments) if (!anyRole.has(a.personId) && isCurrentAssignment(a, asOf)) anyRole.set(a.personId, ROLE_LABELS[a.role]);

  /** A whole field ("Kwame Mensah") becomes the bare role; a name inside a sentence takes "the". */
  const describe = (id: PersonId, settingId: SettingId, alone: boolean) => {
    const post = roles.get(`${id}|${settingId}`) ?? titles.get(`${id}|${settingId}`) ?? anyRole.get(id);
    if (!post) return alone ? 'A member of staff' : 'a member of staff';
    return alone ? post : `the ${post}`;
  };

  return (text, settingId) => {
    if (byName.size === 0 || !text) return text;
    const words = [...text.matchAll(WORD)];
    if (words.length < 2) return text;
    let out = '';
    let from = 0;
    for (let i = 0; i < words.length; i += 1) {
      // The longest run of words from here that is someone's name.
      for (let n = Math.min(longest, words.length - i); n >= 2; n -= 1) {
        const run = words.slice(i, i + n);
        // Only words separated by spaces make one name ("Kwame Mensah", not "Kwame, Mensah").
        if (run.some((w, j) => j > 0 && !/^\s+$/.test(text.slice(run[j - 1]!.index! + run[j - 1]![0].length, w.index)))) continue;
        const id = byName.get(key(run.map((w) => w[0])));
        if (!id) continue;
        const start = run[0]!.index!;
        const last = run[n - 1]!;
        const end = last.index! + last[0].length;
        out += text.slice(from, start) + describe(id, settingId, text.slice(0, start).trim() === '' && text.slice(end).trim() === '');
        from = end;
        i += n - 1;
        break;
      }
    }
    return out + text.slice(from);
  };
}

/** A redactor that leaves text as it is (staff by name). */
export const keepNames: Redactor = (text) => text;
