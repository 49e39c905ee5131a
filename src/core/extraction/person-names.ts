// People's names as policies write them: "Mrs Paula Trewin", "L Sanderson", "Julie O'Neill", "Mr A. J.
// McDonald-Smith". Titles are dropped from the value; the words as written are kept for the source span.

export interface NameMention {
  /** Without a title: "Paula Trewin". */
  name: string;
  start: number;
  end: number;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Rev|Revd|Reverend|Prof|Professor|Sir|Dame|Fr|Father|Canon|Cllr|Councillor|Lady|Lord)\.?$/;

/** Capitalised words that are never part of a person's name in a policy. */
const NOT_NAMES = new Set(
  (
    'the this that these those our their his her its all any each every some no none name names role roles contact contacts email e-mail tel telephone phone mobile ' +
    'head headteacher headteachers teacher teachers school schools academy academies nursery nurseries preschool pre-school playgroup setting settings infant infants junior juniors primary secondary college federation trust trusts ' +
    'governor governors governing body board boards trustee trustees director directors committee committees chair chairs chairperson clerk ' +
    'lead leads leader leaders lead-person designated deputy deputies officer officers manager managers owner owners principal principals executive assistant senior team leadership business network office ' +
    'safeguarding safety online e-safety esafety child children protection data controller coordinator co-ordinator senco sendco person persons named nominated link responsible ' +
    'policy policies procedure procedures date dates version review reviewed approved ratified agreed adopted written author signed signature next last ' +
    'local authority council county services service police department dfe ofsted nspcc ceop education people kent london ' +
    'tbc tba tbd vacant vacancy n/a na unknown interim acting temporary ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday autumn spring summer term ' +
    'dsl dsls ddsl ddsls dpo slt smt sbm lgb fgb ce rc va vc cofe mat lado mash ' +
    'and or with for from to in on at by via is are was be will has have use using see also only where when who which what mental health'
  ).split(/\s+/),
);

/** A word that can be part of a name: Capitalised (O'Neill, McDonald, Smith-Jones, Zoë), or an initial (A, A.). */
const NAME_WORD = /^(?:\p{Lu}(?:[\p{Ll}’']+\p{Lu})?\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*|\p{Lu}\.?|\p{Lu}\.\p{Lu}\.?)$/u;
const INITIAL = /^\p{Lu}\.?$|^\p{Lu}\.\p{Lu}\.?$/u;
const ORGANISATION_NEXT = /^[\s'’s]*(?:C\.?\s?E\b|C of E|R\.?C\b|Church|School|Academy|Primary|Infants?|Juniors?|Nursery|Pre-?\s?school|Preschool|College|Trust|Council|Partnership|Federation|Centre|Ltd|Limited|plc|LLP|Services|Education|Associates|Consulting|Solutions|Playgroup|High|Grammar|Committee|Board|Group|Team|Network|Foundation|Diocese|Church)\b/i;
/** Lower-case particles inside surnames ("Ellen de Souza", "Piet van der Berg"). */
const PARTICLE = /^(?:de|da|del|della|di|du|dos|das|van|von|der|den|ten|ter|le|la|bin|al|el|ap|ab)$/;
/** Words that end an organisation's name: "Veritau Ltd", "Judicium Education Services" name no person. */
const ORGANISATION_WORD = /^(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc|Services|Solutions|Consulting|Consultancy|Associates|Partnership|Council|Trust|Group)$/;
/** Capitalised words NOT_NAMES holds that are also surnames: after a title ("Ms Laura Kent", "Mrs June May") they are names. */
const SURNAME_AFTER_TITLE = new Set(['kent', 'london', 'may', 'june', 'april', 'august', 'summer', 'english', 'ward']);

function isNameWord(word: string): boolean {
  if (!NAME_WORD.test(word)) return false;
  return !NOT_NAMES.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Reads one person's name starting at `from` (after spaces). Returns null when the words there are not
 * a name: a role ("Head of School"), a placeholder ("TBC"), a lower-case word.
 */
export function readName(text: string, from: number): NameMention | null {
  const re = /[\p{L}][\p{L}’'.-]*/uy;
  let i = from;
  while (i < text.length && /[\s]/.test(text[i]!)) i += 1;
  const words: { w: string; start: number; end: number }[] = [];
  let titled = false;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    let w = m[0];
    // A trailing full stop belongs to an initial or a title, not to a surname ("Smith." ends a sentence).
    if (w.endsWith('.') && !INITIAL.test(w) && !TITLE.test(w)) w = w.slice(0, -1);
    w = w.replace(/[-’']+$/, '');
    if (words.length === 0 && !titled && TITLE.test(w)) {
      titled = true;
    } else if (isNameWord(w) || (words.length > 0 && PARTICLE.test(w)) || (titled && words.length > 0 && NAME_WORD.test(w) && SURNAME_AFTER_TITLE.has(w.toLowerCase()))) {
      words.push({ w, start: m.index, end: m.index + w.length });
    } else {
      break;
    }
    i = m.index + w.length;
    // Words are separated by single spaces (or a line's tab would end the name).
    const gap = /^ {1,2}/.exec(text.slice(i));
    if (!gap) break;
    const next = text.slice(i + gap[0].length);
    if (!/^[\p{L}]/u.test(next)) break;
    i += gap[0].length;
    if (words.length >= 4) break;
  }
  while (words.length > 0 && PARTICLE.test(words[words.length - 1]!.w)) words.pop();
  if (words.length === 0) return null;
  if (words.some((w) => ORGANISATION_WORD.test(w.w))) return null;
  // "St Alphege CE Infant School", "Captain Webb Primary", "Judicium Education Ltd": an organisation, not a person.
  if (ORGANISATION_NEXT.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 40))) return null;
  const last = words[words.length - 1]!;
  // A surname must be a word, not an initial; one word is a name only after a title ("Mrs Trewin").
  if (INITIAL.test(last.w)) return null;
  if (words.length === 1 && !titled) return null;
  const name = words.map((w) => w.w.replace(/[’‘]/g, "'")).join(' ');
  return { name, start: words[0]!.start, end: last.end };
}

const NAME_START = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd?|Prof|Cllr)\.?\s+\p{Lu}|\b\p{Lu}\.?\s{1,2}\p{Lu}\p{Ll}|\b\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?\s{1,2}\p{Lu}/gu;

/** Does the text name anyone? A cheap look before the readers of leads go through it (most blocks name nobody). */
export function mayHoldName(text: string): boolean {
  NAME_START.lastIndex = 0;
  for (let m = NAME_START.exec(text); m; m = NAME_START.exec(text)) {
    if (readName(text, m.index)) return true;
    NAME_START.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Reads a list of names: "Rachel French, Nicola Setford", "Mr A Smith and Mrs B Jones", "A / B".
 * Stops at the first thing that is not a name. `max` limits how many are read.
 */
export function readNameList(text: string, from: number, max = 6): { names: NameMention[]; end: number } {
  const names: NameMention[] = [];
  let i = from;
  for (;;) {
    const n = readName(text, i);
    if (!n) break;
    names.push(n);
    i = n.end;
    // A role in brackets after a name belongs to that name; the caller reads it. Skip to the separator.
    const paren = /^\s*\([^)]{0,60}\)/.exec(text.slice(i));
    const after = i + (paren ? paren[0].length : 0);
    const sep = /^\s*(?:,|;|\/|&|\band\b|\bor\b|\+)\s*/.exec(text.slice(after));
    if (!sep || names.length >= max) break;
    if (!readName(text, after + sep[0].length)) break;
    i = after + sep[0].length;
  }
  return { names, end: names.length ? names[names.length - 1]!.end : from };
}
