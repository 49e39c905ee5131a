// The words policies use for the people they name, mapped to the role vocabulary of DOMAIN.md
// (`ROLES`). Words for jobs outside the vocabulary ("Deputy Manager", "SENCO") and for authors and
// signatories are recognised too, so "Manager" inside "Deputy Manager" is never read as the head.
import type { RoleId } from '../vocabulary';

export interface RoleLabel {
  /** The role in the vocabulary, or null for a job or part the register does not hold. */
  role: RoleId | null;
  /** What the text calls the person, in plain words: "policy author", "Deputy Manager". */
  roleText: string;
  /** The label names several people ("Deputy DSLs", "Designated Safeguarding Deputies"). */
  plural: boolean;
  /** Only trusted at the start of a header line ("Head: Mrs Brown", "Manager: ..."), never in prose. */
  lineOnly?: boolean;
  /** An author, reviewer or signatory: someone named on the document, not a lead. */
  documentPart?: boolean;
}

interface Entry extends RoleLabel {
  re: string;
  /** A cheap test a text must pass before the label's pattern is tried (most blocks name no role). */
  hint: RegExp;
}

const GOV = '(?:governors?|trustees?|governors?\\s*\\/\\s*trustees?)';
const SG_SUBJECT = '(?:safeguarding|child\\s+protection|e-?\\s?safety|online\\s+safety|safeguarding\\s+and\\s+child\\s+protection|child\\s+protection\\s+and\\s+safeguarding|safeguarding\\s+(?:and|&)\\s+online\\s+safety|looked\\s+after\\s+children\\s+and\\s+safeguarding)';
const DSL_FULL = 'designated\\s+safeguarding\\s+(?:and\\s+child\\s+protection\\s+)?lead';

const ENTRIES: Entry[] = [
  // Deputies first in meaning; overlap resolution keeps the longest label anyway.
  { hint: /deput/i, re: `deputy\\s+${DSL_FULL}(?:\\s*\\((?:ddsl|dsl)\\))?`, role: 'deputy_dsl', roleText: 'Deputy DSL', plural: false },
  { hint: /deput/i, re: `deputy\\s+${DSL_FULL}s(?:\\s*\\((?:ddsls?|dsls?)\\))?`, role: 'deputy_dsl', roleText: 'Deputy DSL', plural: true },
  { hint: /deput/i, re: 'deputy\\s+dsls', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: true },
  { hint: /deput|ddsl/i, re: 'deputy\\s+dsl|ddsl', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: false },
  { hint: /ddsl/i, re: 'ddsls', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: true },
  { hint: /deput|alternate/i, re: 'designated\\s+safeguarding\\s+deputies|safeguarding\\s+deputies|deputy\\s+safeguarding\\s+leads|deputy\\s+designated\\s+(?:persons|officers|leads|teachers)|alternate\\s+(?:dsls|designated\\s+safeguarding\\s+leads)', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: true },
  { hint: /deput|alternate/i, re: 'designated\\s+safeguarding\\s+deputy|safeguarding\\s+deputy|deputy\\s+safeguarding\\s+lead|deputy\\s+designated\\s+(?:person|officer|lead|teacher)|alternate\\s+(?:dsl|designated\\s+safeguarding\\s+lead)|deputy\\s+child\\s+protection\\s+(?:co-?ordinator|officer|lead)', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: false },
  { hint: /deput/i, re: 'deputies', role: 'deputy_dsl', roleText: 'Deputy DSL', plural: true, lineOnly: true },
  { hint: /designated/i, re: `${DSL_FULL}(?:\\s*(?:\\(dsl\\)|-\\s*dsl))?`, role: 'dsl', roleText: 'Designated Safeguarding Lead', plural: false },
  { hint: /designated/i, re: `${DSL_FULL}s(?:\\s*\\(dsls\\))?`, role: 'dsl', roleText: 'Designated Safeguarding Lead', plural: true },
  { hint: /designated|protection|safeguarding|practitioner|dsl/i, re: 'designated\\s+safeguarding\\s+(?:officer|person|teacher)|designated\\s+(?:senior\\s+)?(?:person|teacher|officer|lead)\\s+(?:for|with\\s+responsibility\\s+for)\\s+(?:child\\s+protection|safeguarding)|designated\\s+senior\\s+person|designated\\s+person|child\\s+protection\\s+(?:co-?ordinator|officer|lead|liaison\\s+officer)|lead\\s+(?:practitioner|person)\\s+for\\s+safeguarding|safeguarding\\s+lead(?:er)?|lead\\s+practitioner|dsl', role: 'dsl', roleText: 'Designated Safeguarding Lead', plural: false },
  { hint: /dsl|designated|safeguarding/i, re: 'dsls|designated\\s+persons|safeguarding\\s+leads', role: 'dsl', roleText: 'Designated Safeguarding Lead', plural: true },
  // Governors
  { hint: /governor|trustee/i, re: `(?:(?:nominated|named|link|designated|lead)\\s+)?${GOV}\\s+(?:responsible\\s+for|with\\s+(?:lead\\s+|specific\\s+)?responsibility\\s+for|for|with\\s+oversight\\s+of|lead\\s+for|leading\\s+on)\\s+${SG_SUBJECT}`, role: 'safeguarding_governor', roleText: 'Safeguarding governor', plural: false },
  { hint: /governor|trustee/i, re: `${GOV}\\s+who\\s+(?:oversees|leads\\s+on|is\\s+responsible\\s+for|has\\s+(?:lead\\s+)?responsibility\\s+for|champions)\\s+${SG_SUBJECT}`, role: 'safeguarding_governor', roleText: 'Safeguarding governor', plural: false },
  { hint: /governor|trustee/i, re: `${SG_SUBJECT}\\s+(?:link\\s+|lead\\s+|nominated\\s+)?(?:governor|trustee)`, role: 'safeguarding_governor', roleText: 'Safeguarding governor', plural: false },
  { hint: /governor|trustee/i, re: `${SG_SUBJECT}\\s+(?:link\\s+|lead\\s+|nominated\\s+)?(?:governors|trustees)`, role: 'safeguarding_governor', roleText: 'Safeguarding governor', plural: true },
  { hint: /governor|trustee/i, re: '(?:nominated|link|named)\\s+(?:governor|trustee)', role: 'safeguarding_governor', roleText: 'Safeguarding governor', plural: false, lineOnly: true },
  { hint: /chair/i, re: 'chair(?:person)?\\s+of\\s+(?:the\\s+)?(?:governors|governing\\s+(?:body|board)|local\\s+governing\\s+(?:body|board|committee)|lgb|fgb|trustees|trust\\s+board|board\\s+of\\s+(?:trustees|governors|directors)|board|directors|management\\s+committee|committee)|chair\\s+of\\s+govs', role: 'chair_of_governors', roleText: 'Chair of governors', plural: false },
  { hint: /vice/i, re: 'vice[-\\s]chair(?:person)?(?:\\s+of\\s+(?:the\\s+)?(?:governors|governing\\s+(?:body|board)|trustees|board|committee))?', role: null, roleText: 'Vice chair', plural: false },
  { hint: /chair/i, re: 'chair(?:person)?', role: 'chair_of_governors', roleText: 'Chair of governors', plural: false, lineOnly: true },
  // Heads
  { hint: /head|principal/i, re: 'executive\\s+head\\s?teacher|executive\\s+head|executive\\s+principal|head\\s?teacher|head\\s+of\\s+school|head\\s+of\\s+(?:the\\s+)?(?:setting|centre|nursery|academy)|principal|acting\\s+head(?:\\s?teacher)?|interim\\s+head(?:\\s?teacher)?|head\\s+of\\s+early\\s+years', role: 'headteacher', roleText: 'Headteacher', plural: false },
  { hint: /manager|leader/i, re: '(?:nursery|pre-?\\s?school|setting|centre|playgroup|early\\s+years|day\\s+nursery)\\s+(?:manager|leader)|manager\\s*(?:\\/|and|&)\\s*(?:owner|proprietor|provider)|(?:owner|proprietor|provider)\\s*(?:\\/|and|&)\\s*manager|registered\\s+person\\s*(?:\\/|and|&)\\s*manager', role: 'headteacher', roleText: 'Manager', plural: false },
  { hint: /manager|head/i, re: 'manager|head', role: 'headteacher', roleText: 'Manager', plural: false, lineOnly: true },
  // Others in the vocabulary
  { hint: /officer|dpo/i, re: 'data\\s+protection\\s+officer(?:\\s*\\(dpo\\))?|dpo', role: 'dpo', roleText: 'Data Protection Officer', plural: false },
  { hint: /safety/i, re: '(?:online|e-?\\s?|internet)\\s?safety\\s+(?:lead|leader|co-?ordinator|officer|champion|manager)|lead\\s+for\\s+(?:online|e-?)\\s?safety|computing\\s+and\\s+online\\s+safety\\s+lead', role: 'online_safety_lead', roleText: 'Online safety lead', plural: false },
  { hint: /filtering/i, re: '(?:senior\\s+)?(?:leader|lead|person|member\\s+of\\s+(?:slt|staff))\\s+(?:responsible\\s+)?for\\s+filtering\\s+and\\s+monitoring|filtering\\s+and\\s+monitoring\\s+(?:lead|leader)', role: 'filtering_monitoring_lead', roleText: 'Filtering and monitoring lead', plural: false },
  { hint: /business|bursar|sbm/i, re: '(?:school\\s+)?business\\s+manager|bursar|sbm', role: 'business_manager', roleText: 'Business manager', plural: false },
  { hint: /manager/i, re: 'network\\s+manager|it\\s+manager|ict\\s+manager', role: 'network_manager', roleText: 'Network manager', plural: false },
  { hint: /controller/i, re: 'data\\s+controller', role: 'data_controller', roleText: 'Data Controller', plural: false },
  // Jobs outside the vocabulary: recognised so their "Manager" / "Head" is not read as the head.
  { hint: /deput|assistant/i, re: 'deputy\\s+(?:head\\s?teacher|head|principal|manager|head\\s+of\\s+school)|assistant\\s+(?:head\\s?teacher|head|principal|manager)|deputy', role: null, roleText: 'Deputy', plural: false },
  { hint: /manager/i, re: '(?:line|office|site|premises|finance|data|hr|account|project|catering|operations?)\\s+managers?', role: null, roleText: 'Manager', plural: false },
  { hint: /senc|sendco|special/i, re: 'send?co|sendco|special\\s+educational\\s+needs\\s+(?:and\\s+disabilities\\s+)?co-?ordinator', role: null, roleText: 'SENCO', plural: false },
  { hint: /named/i, re: 'named\\s+person(?:\\s+with\\s+lead\\s+responsibility(?:\\s+for\\s+[a-z\\s]{3,40}?(?=[:\\t,]))?)?', role: null, roleText: 'Named Person', plural: false },
  { hint: /designated/i, re: 'designated\\s+teacher(?:\\s+for\\s+(?:looked\\s+after|children\\s+looked\\s+after|lac|previously\\s+looked)[a-z\\s-]*)?', role: null, roleText: 'Designated teacher', plural: false },
  { hint: /health|clerk|key/i, re: 'mental\\s+health\\s+lead|clerk\\s+to\\s+(?:the\\s+)?(?:governors|governing\\s+body|board)|clerk|key\\s+person', role: null, roleText: '', plural: false },
  // A nursery's owner or registered person runs the business; the manager is the head of the setting.
  { hint: /owner|proprietor|registered/i, re: '(?:owner|proprietor|registered\\s+(?:person|provider))(?:\\s*(?:\\/|and|&)\\s*(?:owner|proprietor|registered\\s+(?:person|provider)))?', role: null, roleText: 'Owner', plural: false },
  { hint: /chief|ceo/i, re: 'chief\\s+executive(?:\\s+officer)?(?:\\s*\\(ceo\\))?|ceo', role: null, roleText: 'Chief Executive Officer', plural: false },
  // Parts played on the document itself
  { hint: /writ|author|prepar|draft|compil|owner/i, re: 'written\\s+by|author(?:ed\\s+by)?|prepared\\s+by|drafted\\s+by|compiled\\s+by|(?:policy|document)\\s+(?:author|owner|lead)', role: null, roleText: 'policy author', plural: false, documentPart: true },
  { hint: /review/i, re: 'reviewed\\s+by|reviewer', role: null, roleText: 'reviewer', plural: false, documentPart: true },
  { hint: /approv|agreed|ratif|adopt|sign/i, re: 'approved\\s+by|agreed\\s+by|ratified\\s+by|adopted\\s+by|signed(?:\\s+by)?|signature', role: null, roleText: 'signatory', plural: false, documentPart: true },
];

const COMPILED = ENTRIES.map((e) => ({ ...e, regex: new RegExp(`(?<![A-Za-z\u00C0-\u024F-])(?:${e.re})(?![A-Za-z\u00C0-\u024F])`, 'gi') }));

export interface RoleMention extends RoleLabel {
  start: number;
  end: number;
  text: string;
}

/** Every role word in `text`, left to right; where two overlap the longer wins ("Deputy Manager" over "Manager"). */
export function findRoleLabels(text: string): RoleMention[] {
  const found: (RoleMention & { order: number })[] = [];
  COMPILED.forEach((e, order) => {
    if (!e.hint.test(text)) return;
    e.regex.lastIndex = 0;
    for (let m = e.regex.exec(text); m; m = e.regex.exec(text)) {
      const { regex: _r, re: _s, hint: _h, ...label } = e;
      found.push({ ...label, start: m.index, end: m.index + m[0].length, text: m[0], order });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: RoleMention[] = [];
  for (const f of found) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) {
      const { order: _o, ...mention } = f;
      kept.push(mention);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The role a short phrase names on its own ("Head of School", "DSL"), if it is exactly one role label. */
export function roleOfPhrase(phrase: string): RoleMention | null {
  const t = phrase.trim().replace(/^(?:the|our|school|setting)\s+/i, '');
  const found = findRoleLabels(t);
  if (found.length !== 1) return null;
  const f = found[0]!;
  return f.start === 0 && f.end === t.length ? f : null;
}

/** All role labels in a phrase like "Headteacher and DSL" or "DSL / Head of School", if it holds nothing else. */
export function rolesOfPhrase(phrase: string): RoleMention[] | null {
  const t = phrase.trim();
  const found = findRoleLabels(t);
  if (found.length === 0) return null;
  let rest = t;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.start) + rest.slice(f.end);
  return /^[\s,&/+]*(?:(?:and|the|our|also|acting|interim|school|setting|[,&/+])[\s,&/+]*)*$/i.test(rest) ? found : null;
}
