// Names and roles as management information systems export them.
import { cleanName, nameKey } from '../../names';
import type { StaffFlag } from '../../model';
import { STAFF_FLAGS } from '../staff';

const ROLE_WORDS: [RegExp, StaffFlag][] = [
  [/^(deputy|assistant|alternate)\s+(dsl|designated|safeguarding)|^ddsl$|^dep\s*dsl$/, 'deputy_dsl'],
  [
    /^(dsl|designated safeguarding (lead|officer|person)|designated (person|teacher) for (child protection|safeguarding)|child protection (co ?ordinator|lead|officer)|safeguarding lead|lead practitioner)$/,
    'dsl',
  ],
  [/(governor|trustee)/, 'governor'],
  [/^volunteer/, 'volunteer'],
  [
    /^(slt|senior leadership( team)?|senior leader|leadership( team)?|sml|headteacher|head teacher|head of school|executive head( ?teacher)?|principal|vice principal|deputy head( ?teacher)?|assistant head( ?teacher)?|manager|nursery manager|pre ?school manager)$/,
    'leadership',
  ],
];

/** Role flags named in a "Role" cell such as "Class Teacher; DSL" or "Deputy DSL / SLT". */
export function roleFlags(text: string): StaffFlag[] {
  const found = new Set<StaffFlag>();
  for (const part of text.split(/[;,/|+&]| and /i)) {
    const key = nameKey(part);
    if (key === '') continue;
    for (const [pattern, flag] of ROLE_WORDS) {
      if (pattern.test(key)) {
        found.add(flag);
        break;
      }
    }
  }
  return STAFF_FLAGS.filter((f) => found.has(f));
}

/** "Jo Anne Smith" -> ["Jo Anne", "Smith"]; "Smith, Jo" -> ["Jo", "Smith"] (SIMS writes names surname first). */
export function splitFullName(full: string): [string, string] {
  const comma = full.indexOf(',');
  if (comma > 0) return [cleanName(full.slice(comma + 1)), cleanName(full.slice(0, comma))];
  const parts = full.split(' ');
  if (parts.length === 1) return [parts[0]!, ''];
  return [parts.slice(0, -1).join(' '), parts[parts.length - 1]!];
}
