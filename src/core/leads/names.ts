// Is the name a policy gives the same person as one in the register? Policies write names many ways:
// "Mrs Paula Trewin", "P Trewin", "Mrs Trewin", "Jacqui Spinks (Head of School)". The register holds
// "Paula Trewin". Titles and bracketed asides are dropped; surnames must agree, and forenames must agree
// or one be the other's initial (a name with no forename matches on the surname alone).
import { cleanName, nameKey } from '../names';

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'rev',
  'revd',
  'reverend',
  'prof',
  'professor',
  'sir',
  'dame',
  'fr',
  'father',
  'sister',
]);

/** The name without titles or bracketed asides: "Mrs Paula Trewin (Governor)" -> "Paula Trewin". */
export function plainName(name: string): string {
  const words = cleanName(name.replace(/\([^)]*\)/g, ' ')).split(' ');
  while (words.length > 1 && TITLES.has(nameKey(words[0]!))) words.shift();
  return words.join(' ').replace(/[,;]+$/, '');
}

export interface NameParts {
  forename: string;
  surname: string;
}

/** Forename and surname of a plain name: the last word is the surname ("Siân ap Rhys" keeps "ap Rhys"). */
export function splitName(name: string): NameParts {
  const words = plainName(name).split(' ').filter(Boolean);
  if (words.length <= 1) return { forename: '', surname: words[0] ?? '' };
  // Lower-case particles belong to the surname: "ap Rhys", "van der Berg", "de Souza".
  let cut = words.length - 1;
  while (
    cut > 1 &&
    /^(ap|de|da|van|von|der|den|du|le|la|st)$/i.test(words[cut - 1]!) &&
    words[cut - 1] === words[cut - 1]!.toLowerCase()
  )
    cut -= 1;
  return { forename: words.slice(0, cut).join(' '), surname: words.slice(cut).join(' ') };
}

// Names are compared many times over (every lead of every policy against the register): each is
// normalised once.
const TOKENS = new Map<string, readonly string[]>();
function tokens(name: string): readonly string[] {
  const hit = TOKENS.get(name);
  if (hit) return hit;
  const out = Object.freeze(nameKey(plainName(name)).split(' ').filter(Boolean));
  if (TOKENS.size >= 50_000) TOKENS.clear();
  TOKENS.set(name, out);
  return out;
}

/** The surname as compared: the last word, folded ("O'Neill" -> "oneill"). */
export function surnameKey(name: string): string {
  const t = tokens(name);
  return t[t.length - 1] ?? '';
}

/** True when the two names can be the same person. */
export function samePersonName(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  if (x.length === 1 || y.length === 1) return true;
  const fx = x[0]!;
  const fy = y[0]!;
  if (fx === fy) return true;
  return (fx.length === 1 && fy.startsWith(fx)) || (fy.length === 1 && fx.startsWith(fy));
}

/** A key for exact matching of names across the register: titles dropped, case and punctuation folded. */
export function personKey(name: string): string {
  return tokens(name).join(' ');
}

const COLLATOR = new Intl.Collator('en-GB');
/** UK alphabetical order ("St Alphege" before "St Cuthbert's"), one collator for every sort (a fresh
 * one per comparison, as `localeCompare(b, 'en-GB')` makes, is slow over thousands of rows). */
export const byName: (a: string, b: string) => number = COLLATOR.compare;
